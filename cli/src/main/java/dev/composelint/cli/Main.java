package dev.composelint.cli;

import dev.composelint.lsp.LanguageServerMain;

import picocli.CommandLine;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The {@code composelint} command. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or I/O error. */
public final class Main {

    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int ERROR = 2;

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err, Path.of("").toAbsolutePath(), System.getenv());
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command as from a shell in {@code cwd} with environment {@code env}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err, Path cwd, Map<String, String> env) {
        return run(args, out, err, cwd, env, System.console() != null);
    }

    /** The full command line with its subcommands (each named in {@link QuickArgs#SUBCOMMANDS} too). */
    static CommandLine commandLine(CliOptions options, GraphOptions graph) {
        return new CommandLine(options).addSubcommand("graph", graph).addSubcommand("lsp", new LspOptions());
    }

    /** As {@link #run(String[], PrintStream, PrintStream, Path, Map)}, saying whether stdout is a terminal. */
    static int run(String[] args, PrintStream out, PrintStream err, Path cwd, Map<String, String> env,
                   boolean terminal) {
        try {
            Optional<CliOptions> everyday = QuickArgs.parse(args);
            if (everyday.isPresent()) return new LintCommand(everyday.get(), out, err, cwd, env, terminal).execute();
            CliOptions options = new CliOptions();
            GraphOptions graph = new GraphOptions();
            CommandLine commandLine = commandLine(options, graph);
            commandLine.parseArgs(args);
            boolean lsp = false;
            if (commandLine.getParseResult().hasSubcommand()) {
                String name = commandLine.getParseResult().subcommand().commandSpec().name();
                commandLine = commandLine.getSubcommands().get(name);
                lsp = name.equals("lsp");
                if (!lsp) options = graph.toLintOptions();
            }
            if (commandLine.isUsageHelpRequested()) {
                commandLine.usage(out, CommandLine.Help.Ansi.OFF);
                return OK;
            }
            if (commandLine.isVersionHelpRequested()) {
                commandLine.printVersionHelp(out, CommandLine.Help.Ansi.OFF);
                return OK;
            }
            if (lsp) return LanguageServerMain.run(System.in, out, err, env);
            return new LintCommand(options, out, err, cwd, env, terminal).execute();
        } catch (CommandLine.ParameterException e) {
            return fail(err, oneLine(e.getMessage()) + " (see --help)");
        } catch (UsageException e) {
            return fail(err, e.getMessage());
        } catch (Exception | Error e) { // never a stack trace: broken rule jars, bugs, resource exhaustion
            return fail(err, "internal error: " + (e.getMessage() == null ? e.toString() : oneLine(e.getMessage()))
                    + "; please report this");
        } finally {
            out.flush();
        }
    }

    private static int fail(PrintStream err, String message) {
        err.println("composelint: " + oneLine(message));
        err.flush();
        return ERROR;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
