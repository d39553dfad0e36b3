package dev.composelint.cli;

import dev.composelint.core.Severity;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.fix.Fixer;
import dev.composelint.core.invocation.InvocationException;
import dev.composelint.core.invocation.LintInvocation;
import dev.composelint.core.graph.GraphBuilder;
import dev.composelint.core.graph.GraphRenderers;
import dev.composelint.core.load.LoadRequest;
import dev.composelint.core.load.WorkspaceLoader;
import dev.composelint.core.model.Workspace;
import dev.composelint.core.report.ProjectListing;
import dev.composelint.core.report.ReportContext;
import dev.composelint.core.report.ReportTargets;
import dev.composelint.core.rule.Presets;
import dev.composelint.core.rule.ReservedRules;
import dev.composelint.core.rule.RuleMeta;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        ReportTargets reports = reportTargets();
        LintInvocation invocation = invocation();
        invocation.notes().forEach(note -> err.println("composelint: " + note));
        try {
            if (options.listRules) return listRules(invocation);
            if (options.explain != null) return explain(invocation.rule(options.explain));
        } catch (InvocationException e) {
            throw new UsageException(e.getMessage() + " (see --list-rules)");
        }
        if (options.listProjects) return listProjects(invocation.request());
        Fixer.FileOutcome fixed = options.fix || options.fixDryRun
                ? invocation.fix(options.unsafeFixes, options.fix) : null;
        LintResult result = fixed != null ? fixed.remaining() : invocation.lint();
        requireComposeFiles(result.workspace(), invocation.request());
        if (options.graphFormat != null) return drawGraph(result);
        if (fixed != null && !options.fix) {
            emit(fixed.diff(cwd) + fixed.summary(false));
            return fixed.changed().isEmpty() ? Main.OK : Main.FINDINGS;
        }
        if (options.quiet) {
            result = new LintResult(result.workspace(),
                    result.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList(),
                    result.rules(), result.elapsed());
        }
        writeReports(reports, result);
        if (fixed != null) {
            // after a text report on the console; else on stderr, so a JSON or SARIF stdout stays parseable
            boolean textOnConsole = reports.standardOutput().filter(t -> t.reporter().name().equals("text"))
                    .isPresent();
            (textOnConsole ? out : err).print(fixed.summary(true));
        }
        boolean tooManyWarnings = options.maxWarnings >= 0 && result.count(Severity.WARNING) > options.maxWarnings;
        return invocation.fails(result) || tooManyWarnings ? Main.FINDINGS : Main.OK;
    }

    /** The {@code graph} subcommand: the workspace with its findings, to stdout or -o. */
    private int drawGraph(LintResult result) throws UsageException {
        String text = GraphRenderers.render(GraphBuilder.of(result), options.graphFormat).orElseThrow(() ->
                new UsageException("unknown graph format '" + options.graphFormat + "'; expected one of "
                        + String.join(", ", GraphRenderers.FORMATS)));
        emit(text);
        return Main.OK;
    }

    private ReportTargets reportTargets() throws UsageException {
        if (options.maxWarnings < -1) {
            throw new UsageException("invalid --max-warnings " + options.maxWarnings + "; expected -1 or more");
        }
        try {
            return ReportTargets.parse(options.formats, options.output, cwd);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The report for standard output, the report files, and the summary line when nothing went to the console. */
    private void writeReports(ReportTargets reports, LintResult result) throws UsageException {
        boolean color = terminal && !options.noColor && env.getOrDefault("NO_COLOR", "").isEmpty();
        ReportContext context = new ReportContext(cwd, color, Version.get());
        for (ReportTargets.Target target : reports.files()) {
            try {
                ReportTargets.writeFile(target, result, context);
            } catch (IOException e) {
                throw new UsageException("cannot write " + context.display(target.file()) + ": " + describe(e));
            }
        }
        Optional<ReportTargets.Target> console = reports.standardOutput();
        if (console.isEmpty()) {
            err.println(reports.summaryLine(result, context));
            return;
        }
        boolean silent = options.quiet && console.get().reporter().name().equals("text")
                && result.findings().isEmpty();
        if (silent) return;
        try {
            out.print(ReportTargets.render(console.get(), result, context));
        } catch (IOException e) {
            throw new UsageException("cannot write the report: " + e.getMessage());
        }
    }

    /** The options as one invocation; listing or explaining rules needs no paths. */
    LintInvocation invocation() throws UsageException {
        try {
            LintInvocation.Builder builder = LintInvocation.builder(cwd).environment(env)
                    .configFile(options.config == null ? null : path(options.config, "config file"))
                    .failOn(options.failOn).presets(options.presets).strictEnv(options.strictEnv)
                    .allowOutside(paths(options.allowOutside, "--allow-outside directory"))
                    .enable(options.enable).disable(options.disable);
            if (!options.listRules && options.explain == null) {
                builder.paths(paths(options.paths, "path")).files(paths(options.files, "compose file"))
                        .envFiles(paths(options.envFiles, "env file")).projectName(options.projectName)
                        .projectDirectory(options.projectDirectory == null ? null
                                : path(options.projectDirectory, "project directory"))
                        .profiles(options.profiles);
            }
            return builder.build();
        } catch (InvocationException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private int listProjects(LoadRequest request) throws UsageException {
        Workspace workspace = new WorkspaceLoader().load(request);
        requireComposeFiles(workspace, request);
        emit(ProjectListing.text(workspace, new ReportContext(cwd, false, Version.get())));
        return Main.OK;
    }

    /** Like {@code docker compose} with no file: a PATH under which nothing can be linted is a usage error. */
    private void requireComposeFiles(Workspace workspace, LoadRequest request) throws UsageException {
        if (!workspace.composeFiles().isEmpty() || !request.files().isEmpty() || !request.projects().isEmpty()) return;
        List<String> shown = request.paths().stream().map(p -> p.equals(cwd) ? "." : cwd.relativize(p).toString())
                .toList();
        throw new UsageException("no compose file found under " + String.join(", ", shown)
                + " (looked for compose.yaml, docker-compose.yml and any YAML file with a services: mapping)");
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

    private int listRules(LintInvocation invocation) throws UsageException {
        Map<String, RuleMeta> known = invocation.knownRules();
        Map<String, String> presets = new LinkedHashMap<>();
        for (RuleMeta meta : known.values()) {
            presets.put(meta.id(), ReservedRules.find(meta.id()).isPresent() ? "-" : String.join(",",
                    Presets.of(meta).stream().filter(name -> !name.equals(Presets.ALL)).toList()));
        }
        int width = known.keySet().stream().mapToInt(String::length).max().orElse(4);
        int presetWidth = presets.values().stream().mapToInt(String::length).max().orElse(7);
        StringBuilder sb = new StringBuilder();
        sb.append(pad("RULE", width)).append("  ").append(pad("SEVERITY", 8)).append("  ")
                .append(pad("CATEGORY", 11)).append("  ").append(pad("PRESETS", presetWidth)).append("  TITLE\n");
        for (RuleMeta meta : known.values()) {
            boolean reserved = ReservedRules.find(meta.id()).isPresent();
            sb.append(pad(meta.id(), width)).append("  ").append(pad(meta.defaultSeverity().id(), 8)).append("  ")
                    .append(pad(reserved ? "built-in" : meta.category().id(), 11)).append("  ")
                    .append(pad(presets.get(meta.id()), presetWidth)).append("  ").append(meta.title()).append('\n');
        }
        emit(sb.toString());
        return Main.OK;
    }

    private int explain(RuleMeta meta) throws UsageException {
        String docPath = meta.docPath().startsWith("http") ? "docs/rules/" + meta.id() + ".md" : meta.docPath();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(docPath)) {
            if (in != null) {
                String page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                emit(page.endsWith("\n") ? page : page + "\n");
                return Main.OK;
            }
        } catch (IOException e) {
            throw new UsageException("cannot read the documentation of " + meta.id() + ": " + e.getMessage());
        }
        emit(meta.id() + ": " + meta.title() + "\n"
                + "default severity: " + meta.defaultSeverity().id() + ", category: " + meta.category().id() + "\n"
                + "No documentation page is bundled for this rule"
                + (ReservedRules.find(meta.id()).isPresent() ? ".\n" : "; see " + meta.docUrl() + "\n"));
        return Main.OK;
    }

    /** Prints to stdout, or writes the --output file. */
    private void emit(String text) throws UsageException {
        if (options.output == null) {
            out.print(text);
            return;
        }
        Path file = path(options.output, "output file");
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot write " + options.output + ": " + describe(e));
        }
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file or directory";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileAlreadyExistsException) return "a file is in the way of its directory";
        if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
