package dev.composelint.cli;

import dev.composelint.core.Severity;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.fix.Fixer;
import dev.composelint.core.graph.GraphBuilder;
import dev.composelint.core.graph.GraphRenderers;
import dev.composelint.core.invocation.InvocationException;
import dev.composelint.core.invocation.LintInvocation;
import dev.composelint.core.load.WorkspaceLoader;
import dev.composelint.core.model.Workspace;
import dev.composelint.core.report.ProjectListing;
import dev.composelint.core.report.ReportContext;
import dev.composelint.core.report.ReportTargets;
import dev.composelint.core.report.RuleDocs;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One invocation: maps the options onto a {@link LintInvocation}, then lints, lists or explains. */
final class LintCommand {

    private final CliOptions options;
    private final PrintStream out;
    private final PrintStream err;
    private final Path cwd;
    private final Map<String, String> env;
    private final boolean terminal;

    LintCommand(CliOptions options, PrintStream out, PrintStream err, Path cwd, Map<String, String> env,
                boolean terminal) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.cwd = cwd.toAbsolutePath().normalize();
        this.env = env;
        this.terminal = terminal;
    }

    int execute() throws UsageException {
        ReportTargets reports;
        try {
            reports = ReportTargets.parse(options.formats, options.output, cwd);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        LintInvocation invocation = invocation();
        invocation.notes().forEach(note -> err.println("composelint: " + note));
        if (options.listRules) return emit(RuleDocs.table(invocation.knownRules().values()));
        try {
            if (options.explain != null) return emit(RuleDocs.explain(invocation.rule(options.explain)));
        } catch (InvocationException e) {
            throw new UsageException(e.getMessage() + " (see --list-rules)");
        }
        if (options.listProjects) {
            Workspace workspace = new WorkspaceLoader().load(invocation.request());
            requireComposeFiles(invocation, workspace);
            return emit(ProjectListing.text(workspace, context(false)));
        }
        Fixer.FileOutcome fixed = options.fix || options.fixDryRun
                ? invocation.fix(options.unsafeFixes, options.fix) : null;
        LintResult result = fixed != null ? fixed.remaining() : invocation.lint();
        requireComposeFiles(invocation, result.workspace());
        if (options.graphFormat != null) {
            return emit(GraphRenderers.render(GraphBuilder.of(result), options.graphFormat).orElseThrow(() ->
                    new UsageException("unknown graph format '" + options.graphFormat + "'; expected one of "
                            + String.join(", ", GraphRenderers.FORMATS))));
        }
        if (fixed != null && !options.fix) {
            emit(fixed.diff(cwd) + fixed.summary(false));
            return fixed.changed().isEmpty() ? Main.OK : Main.FINDINGS;
        }
        if (options.quiet) {
            result = new LintResult(result.workspace(),
                    result.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList(),
                    result.rules(), result.elapsed());
        }
        boolean textOnConsole = writeReports(invocation, reports, result);
        // after a text report on the console; else on stderr, so a JSON or SARIF stdout stays parseable
        if (fixed != null) (textOnConsole ? out : err).print(fixed.summary(true));
        return invocation.fails(result) ? Main.FINDINGS : Main.OK;
    }

    /** The report files, then the console report or, when there is none, the summary line; true: text on stdout. */
    private boolean writeReports(LintInvocation invocation, ReportTargets reports, LintResult result)
            throws UsageException {
        ReportContext context = context(terminal && !options.noColor && env.getOrDefault("NO_COLOR", "").isEmpty());
        List<Path> files;
        try {
            files = reports.writeFiles(result, context);
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
        Optional<ReportTargets.Target> console = reports.standardOutput();
        if (console.isEmpty()) {
            err.println(invocation.summary(result, files, context));
            return false;
        }
        boolean text = console.get().reporter().name().equals("text");
        if (options.quiet && text && result.findings().isEmpty()) return true;
        try {
            out.print(ReportTargets.render(console.get(), result, context));
        } catch (IOException e) {
            throw new UsageException("cannot write the report: " + e.getMessage());
        }
        return text;
    }

    /** The options as one invocation; listing or explaining rules needs no paths. */
    LintInvocation invocation() throws UsageException {
        boolean lints = !options.listRules && options.explain == null;
        List<Path> paths = paths(options.paths, "path");
        List<Path> files = paths(options.files, "compose file");
        List<Path> envFiles = paths(options.envFiles, "env file");
        List<Path> allowOutside = paths(options.allowOutside, "--allow-outside directory");
        Path projectDirectory = options.projectDirectory == null ? null
                : path(options.projectDirectory, "project directory");
        Path config = options.config == null ? null : path(options.config, "config file");
        try {
            return LintInvocation.builder(cwd).configFile(config).failOn(options.failOn)
                    .maxWarnings(options.maxWarnings).presets(options.presets)
                    .enable(options.enable).disable(options.disable)
                    .load(request -> {
                        request.environment(env).strictEnv(options.strictEnv).allowOutside(allowOutside);
                        if (lints) {
                            request.paths(paths).files(files).envFiles(envFiles).projectName(options.projectName)
                                    .projectDirectory(projectDirectory).profiles(options.profiles);
                        }
                    })
                    .build();
        } catch (InvocationException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Like {@code docker compose} with no file: a PATH under which nothing can be linted is a usage error. */
    private static void requireComposeFiles(LintInvocation invocation, Workspace workspace) throws UsageException {
        Optional<String> nothing = invocation.nothingFound(workspace);
        if (nothing.isPresent()) throw new UsageException(nothing.get());
    }

    private ReportContext context(boolean color) {
        return new ReportContext(cwd, color, Version.get());
    }

    private List<Path> paths(List<String> texts, String what) throws UsageException {
        List<Path> paths = new ArrayList<>();
        for (String text : texts) paths.add(path(text, what));
        return paths;
    }

    private Path path(String text, String what) throws UsageException {
        try {
            return cwd.resolve(text).normalize();
        } catch (InvalidPathException e) {
            throw new UsageException("invalid " + what + " '" + text + "': " + e.getReason());
        }
    }

    /** Prints to stdout, or writes the --output file; returns {@link Main#OK}. */
    private int emit(String text) throws UsageException {
        if (options.output == null) {
            out.print(text);
            return Main.OK;
        }
        Path file = path(options.output, "output file");
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException(ReportTargets.cannotWrite(options.output, e));
        }
        return Main.OK;
    }
}
