package dev.composelint.cli;

import dev.composelint.core.Severity;
import dev.composelint.core.config.ConfigException;
import dev.composelint.core.config.ConfigLoader;
import dev.composelint.core.config.FailOn;
import dev.composelint.core.config.LintConfig;
import dev.composelint.core.config.ReservedRules;
import dev.composelint.core.config.RuleConfig;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.engine.Linter;
import dev.composelint.core.engine.RuleSettings;
import dev.composelint.core.load.LoadRequest;
import dev.composelint.core.load.WorkspaceLoader;
import dev.composelint.core.model.Workspace;
import dev.composelint.core.report.ProjectListing;
import dev.composelint.core.report.ReportContext;
import dev.composelint.core.report.Reporter;
import dev.composelint.core.report.Reporters;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleMeta;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One invocation: checks the options, then lints, lists or explains. */
final class LintCommand {

    private final CliOptions options;
    private final PrintStream out;
    private final Path cwd;
    private final Map<String, String> env;
    private final boolean terminal;

    LintCommand(CliOptions options, PrintStream out, Path cwd, Map<String, String> env, boolean terminal) {
        this.options = options;
        this.out = out;
        this.cwd = cwd.toAbsolutePath().normalize();
        this.env = env;
        this.terminal = terminal;
    }

    int execute() throws UsageException {
        Reporter reporter = Reporters.find(options.format).orElseThrow(() -> new UsageException(
                "unknown format '" + options.format + "'; expected one of " + String.join(", ", Reporters.names())));
        FailOn failOnFlag = options.failOn == null ? null : parseFailOn(options.failOn);
        LintConfig config = loadConfig();
        Linter.Builder builder = Linter.builder().discoverRules();
        Map<String, RuleMeta> known = knownRules(builder.build());
        try {
            config.requireKnownRules(known.keySet());
        } catch (ConfigException e) {
            throw new UsageException(located(e));
        }
        if (options.listRules) return listRules(known);
        if (options.explain != null) return explain(requireKnown(options.explain, known));
        config.applyTo(builder);
        applyFlags(builder, config, known);

        LoadRequest request = loadRequest(config);
        if (options.listProjects) return listProjects(request);
        LintResult result = builder.build().lint(request);
        requireComposeFiles(result.workspace(), request);
        if (options.quiet) {
            result = new LintResult(result.workspace(),
                    result.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList(),
                    result.rules(), result.elapsed());
        }
        boolean toFile = options.output != null;
        boolean color = terminal && !toFile && !options.noColor && env.getOrDefault("NO_COLOR", "").isEmpty();
        ReportContext context = new ReportContext(cwd, color, Version.get());
        StringBuilder report = new StringBuilder();
        boolean silent = options.quiet && reporter.name().equals("text") && result.findings().isEmpty();
        if (!silent) {
            try {
                reporter.write(result, context, report);
            } catch (IOException e) {
                throw new UsageException("cannot write the report: " + e.getMessage());
            }
        }
        emit(report.toString());
        FailOn failOn = failOnFlag != null ? failOnFlag : config.failOn() != null ? config.failOn() : FailOn.ERROR;
        return result.failsAt(failOn.threshold()) ? Main.FINDINGS : Main.OK;
    }

    private static FailOn parseFailOn(String text) throws UsageException {
        FailOn failOn = FailOn.parse(text);
        if (failOn == null) {
            throw new UsageException("invalid --fail-on '" + text + "'; expected error, warning, info or never");
        }
        return failOn;
    }

    private LintConfig loadConfig() throws UsageException {
        Optional<Path> file;
        if (options.config != null) {
            file = Optional.of(existing(options.config, "config file"));
        } else {
            file = ConfigLoader.find(cwd);
        }
        if (file.isEmpty()) return LintConfig.empty();
        try {
            return ConfigLoader.load(file.get());
        } catch (ConfigException e) {
            throw new UsageException(located(e));
        }
    }

    /** Every rule of the linter and every reserved id, by id. */
    private static Map<String, RuleMeta> knownRules(Linter linter) {
        Map<String, RuleMeta> known = new LinkedHashMap<>();
        for (Rule rule : linter.rules()) known.put(rule.meta().id(), rule.meta());
        for (RuleMeta reserved : ReservedRules.all()) known.putIfAbsent(reserved.id(), reserved);
        return known;
    }

    private static RuleMeta requireKnown(String id, Map<String, RuleMeta> known) throws UsageException {
        RuleMeta meta = known.get(id);
        if (meta == null) {
            throw new UsageException("unknown rule '" + id + "'"
                    + LintConfig.closest(id, known.keySet()).map(c -> "; did you mean '" + c + "'?").orElse("")
                    + " (see --list-rules)");
        }
        return meta;
    }

    /** --enable and --disable override the configuration file. */
    private void applyFlags(Linter.Builder builder, LintConfig config, Map<String, RuleMeta> known)
            throws UsageException {
        Set<String> disabled = new HashSet<>();
        for (String id : options.disable) {
            requireKnown(id, known);
            disabled.add(id);
            builder.settings(id, RuleSettings.OFF);
        }
        for (String id : options.enable) {
            requireKnown(id, known);
            if (disabled.contains(id)) {
                throw new UsageException("rule '" + id + "' is both enabled and disabled");
            }
            RuleConfig configured = config.rules().get(id);
            RuleSettings base = configured == null ? RuleSettings.DEFAULT : configured.settings();
            builder.settings(id, new RuleSettings(true, base.severity(), base.options()));
        }
    }

    LoadRequest loadRequest(LintConfig config) throws UsageException {
        List<Path> paths = new ArrayList<>();
        for (String path : options.paths) paths.add(existing(path, "path"));
        List<Path> files = new ArrayList<>();
        for (String file : options.files) files.add(readableFile(file, "compose file"));
        List<Path> envFiles = new ArrayList<>();
        for (String file : options.envFiles) envFiles.add(readableFile(file, "env file"));
        Path projectDirectory = null;
        if (options.projectDirectory != null) {
            projectDirectory = existing(options.projectDirectory, "project directory");
            if (!Files.isDirectory(projectDirectory)) {
                throw new UsageException("project directory is not a directory: " + options.projectDirectory);
            }
        }
        if (paths.isEmpty() && files.isEmpty() && config.projects().isEmpty()) paths.add(cwd);
        Set<String> profiles = new LinkedHashSet<>(options.profiles.isEmpty() ? config.profiles() : options.profiles);
        List<Path> allowOutside = new ArrayList<>();
        for (String dir : options.allowOutside) allowOutside.add(existing(dir, "--allow-outside directory"));
        LoadRequest request = new LoadRequest(paths, files, options.projectName, projectDirectory, envFiles, profiles,
                env, cwd, config.ignoreRelativeTo(cwd), config.projects(), options.strictEnv || config.strictEnv(),
                allowOutside);
        if (!config.allowOutside().isEmpty()) {
            // The linted tree must not widen its own boundary: only a configuration from outside it may.
            if (request.workspaceFiles().isInside(config.file())) {
                System.err.println("composelint: allow-outside in " + config.file() + " is ignored: a configuration"
                        + " inside the linted tree cannot widen the workspace boundary; pass --allow-outside DIR");
            } else {
                allowOutside.addAll(config.allowOutside());
                request = request.withAllowOutside(allowOutside);
            }
        }
        return request;
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

    private Path existing(String text, String what) throws UsageException {
        Path path = resolve(text, what);
        if (!Files.exists(path)) throw new UsageException(what + " not found: " + text);
        if (!Files.isReadable(path)) throw new UsageException("cannot read " + what + " " + text
                + ": permission denied");
        return path;
    }

    private Path readableFile(String text, String what) throws UsageException {
        Path path = existing(text, what);
        if (Files.isDirectory(path)) throw new UsageException(what + " is a directory: " + text);
        return path;
    }

    private Path resolve(String text, String what) throws UsageException {
        try {
            return cwd.resolve(text).normalize();
        } catch (InvalidPathException e) {
            throw new UsageException("invalid " + what + " '" + text + "': " + e.getReason());
        }
    }

    private int listRules(Map<String, RuleMeta> known) throws UsageException {
        int width = known.keySet().stream().mapToInt(String::length).max().orElse(4);
        StringBuilder sb = new StringBuilder();
        sb.append(pad("RULE", width)).append("  ").append(pad("SEVERITY", 8)).append("  ")
                .append(pad("CATEGORY", 11)).append("  TITLE\n");
        for (RuleMeta meta : known.values()) {
            String category = ReservedRules.find(meta.id()).isPresent() ? "built-in" : meta.category().id();
            sb.append(pad(meta.id(), width)).append("  ").append(pad(meta.defaultSeverity().id(), 8)).append("  ")
                    .append(pad(category, 11)).append("  ").append(meta.title()).append('\n');
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
        Path file = resolve(options.output, "output file");
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot write " + options.output + ": " + describe(e));
        }
    }

    private String located(ConfigException e) {
        Path file = e.source().file().toAbsolutePath().normalize();
        String shown = file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
        return shown + ":" + e.source().line() + ":" + e.source().column() + ": " + e.reason();
    }

    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file or directory";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
