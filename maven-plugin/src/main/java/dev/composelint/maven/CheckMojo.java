package dev.composelint.maven;

import dev.composelint.core.Finding;
import dev.composelint.core.config.FailOn;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.invocation.InvocationException;
import dev.composelint.core.invocation.LintInvocation;
import dev.composelint.core.engine.Linter;
import dev.composelint.core.load.LoadRequest;
import dev.composelint.core.report.ReportContext;
import dev.composelint.core.report.Reporter;
import dev.composelint.core.report.Reporters;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Lints the Docker Compose projects of this Maven project with composelint and fails the build on findings at or
 * above {@code failOn}. Each finding is logged as {@code path:[line,col] rule-id message} (errors at error level,
 * warnings at warning level, info at info level); reports in any of the command line's formats go to
 * {@code outputDirectory}.
 *
 * <p>In a multi-module build each module lints its own directories: a module skips the directories of the modules
 * it declares, and every module skips its build directory. With {@code aggregate} the execution root lints the
 * whole tree once and the other modules do nothing.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /** Skips the check. */
    @Parameter(property = "composelint.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Directories (or compose files) to discover compose projects in, relative to the project base directory. Every
     * directory is searched recursively, as {@code composelint <dir>} does. Default: the project base directory,
     * unless {@code files} or the configuration file's {@code projects} say what to lint.
     */
    @Parameter(property = "composelint.directories")
    private List<File> directories;

    /**
     * Compose files of one project, merged in order, like {@code docker compose -f} (and {@code composelint -f}).
     */
    @Parameter(property = "composelint.files")
    private List<File> files;

    /**
     * Globs (relative to the project base directory) of the discovered compose files to lint; the others are
     * skipped. Default: every compose file discovery finds. A leading {@code **}{@code /} also matches at the top.
     */
    @Parameter(property = "composelint.includes")
    private List<String> includes;

    /**
     * Globs (relative to the project base directory) of files and directories discovery skips, added to the
     * configuration file's {@code ignore}. A leading {@code **}{@code /} also matches at the top.
     */
    @Parameter(property = "composelint.excludes")
    private List<String> excludes;

    /** The project name for {@code files}, like {@code docker compose -p}. */
    @Parameter(property = "composelint.projectName")
    private String projectName;

    /** The project directory for {@code files}, like {@code docker compose --project-directory}. */
    @Parameter(property = "composelint.projectDirectory")
    private File projectDirectory;

    /** Environment files, like {@code docker compose --env-file}. */
    @Parameter(property = "composelint.envFiles")
    private List<File> envFiles;

    /**
     * A required variable without a value ({@code ${VAR:?}}) is an error, as {@code docker compose up} would fail;
     * by default it is an info "needs VAR at deploy time". The configuration's {@code strict-env: true} also sets it.
     */
    @Parameter(property = "composelint.strictEnv", defaultValue = "false")
    private boolean strictEnv;

    /**
     * Directories outside the workspace root (the git repository holding the module) whose files may be read, like
     * {@code --allow-outside}: env files, includes and mounted configs there are otherwise reported and skipped.
     */
    @Parameter(property = "composelint.allowOutside")
    private List<File> allowOutside;

    /**
     * Profiles to analyse, like {@code docker compose --profile}. Default: the configuration file's
     * {@code profiles}, else every profile.
     */
    @Parameter(property = "composelint.profiles")
    private List<String> profiles;

    /**
     * The composelint configuration file. Default: the nearest {@code .composelint.yaml} (or {@code .yml}) in the
     * project base directory or one of its parents, as the command line finds it.
     */
    @Parameter(property = "composelint.configFile")
    private File configFile;

    /**
     * The lowest severity that fails the build: {@code error}, {@code warning}, {@code info} or {@code never}.
     * Default: the configuration file's {@code fail-on}, else {@code error}.
     */
    @Parameter(property = "composelint.failOn")
    private String failOn;

    /**
     * Rule presets: {@code recommended}, {@code security}, {@code strict}, {@code style} or {@code all}. Default: the
     * configuration file's {@code presets}, else {@code recommended}.
     */
    @Parameter(property = "composelint.presets")
    private List<String> presets;

    /** Rule ids to enable (with their configured severity and options), over presets and the configuration file. */
    @Parameter(property = "composelint.enable")
    private List<String> enable;

    /** Rule ids to disable, over presets and the configuration file. */
    @Parameter(property = "composelint.disable")
    private List<String> disable;

    /**
     * Report formats to write to {@code outputDirectory}: {@code text} (composelint.txt), {@code json}
     * (composelint.json), {@code sarif} (composelint.sarif), {@code checkstyle} (composelint-checkstyle.xml),
     * {@code junit} (composelint-junit.xml) and {@code github} (composelint-github.txt). Default: none; the findings
     * are always logged.
     */
    @Parameter(property = "composelint.formats")
    private List<String> formats;

    /** Where the reports go. */
    @Parameter(property = "composelint.outputDirectory", defaultValue = "${project.build.directory}/composelint")
    private File outputDirectory;

    /**
     * Lint the whole directory tree once, from the execution root (the project Maven was started in), instead of
     * each module linting its own directories; the other modules then skip the check.
     */
    @Parameter(property = "composelint.aggregate", defaultValue = "false")
    private boolean aggregate;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    private PluginDescriptor plugin;

    /** The shell environment for interpolation. */
    private Map<String, String> environment = System.getenv();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("composelint: skipped");
            return;
        }
        if (aggregate && !project.isExecutionRoot()) {
            log.info("composelint: skipped in this module; aggregate lints the whole tree from the execution root");
            return;
        }
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        List<Reporter> reporters = reporters();
        List<Path> discover = existingDirectories(base);
        LintInvocation invocation;
        try {
            invocation = LintInvocation.builder(base).environment(environment)
                    .classLoader(CheckMojo.class.getClassLoader())
                    .configFile(configFile == null ? null : configFile.toPath())
                    .failOn(failOn).presets(values(presets)).strictEnv(strictEnv).allowOutside(paths(allowOutside))
                    .enable(values(enable)).disable(values(disable))
                    .paths(discover).files(paths(files)).projectName(projectName)
                    .projectDirectory(projectDirectory == null ? null : projectDirectory.toPath())
                    .envFiles(paths(envFiles)).profiles(values(profiles))
                    .ignore(ignored(base))
                    .build();
        } catch (InvocationException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        invocation.notes().forEach(note -> getLog().warn(note));
        LoadRequest request = invocation.request();
        LintScope scope = LintScope.resolve(base, request.paths(), request.ignore(),
                LintScope.antStyle(values(includes)));
        boolean nothingGiven = discover.isEmpty() && directories != null && !directories.isEmpty();
        if (nothingGiven || scope.composeFiles().isEmpty() && request.files().isEmpty()
                && request.projects().isEmpty()) {
            log.info("composelint: no compose files in " + shown(scope.paths().isEmpty()
                    ? List.of(base) : scope.paths(), base) + "; nothing to lint");
            return;
        }
        LintResult result;
        try {
            result = run(invocation.linter(),
                    request.toBuilder().paths(scope.paths()).ignore(scope.ignore()).build());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("composelint could not lint " + shown(scope.paths(), base) + ": "
                    + e + "; please report this", e);
        }
        for (Finding finding : result.findings()) logFinding(log, finding, base);
        List<Path> reports = writeReports(reporters, result, base);
        long fixable = invocation.safelyFixable(result);
        if (fixable > 0 && offersFixHint()) {
            log.info("composelint: " + fixable + (fixable == 1 ? " problem" : " problems")
                    + " can be fixed with `mvn composelint:fix`");
        }
        String summary = summary(result, invocation.failOn(), reports, base);
        if (invocation.fails(result)) throw new MojoFailureException(summary);
        log.info(summary);
    }

    /** Lints the request; the fix goal applies fixes first and returns what remains. */
    protected LintResult run(Linter linter, LoadRequest request) {
        return linter.lint(request);
    }

    /** Whether the log says how many problems {@code composelint:fix} would fix. */
    protected boolean offersFixHint() {
        return true;
    }

    private List<Reporter> reporters() throws MojoExecutionException {
        List<Reporter> reporters = new ArrayList<>();
        for (String format : new LinkedHashSet<>(values(formats))) {
            reporters.add(Reporters.find(format).orElseThrow(() -> new MojoExecutionException(
                    "unknown format '" + format + "' in formats; expected any of "
                            + String.join(", ", Reporters.names()))));
        }
        return reporters;
    }

    /** The {@code directories} that exist; a missing one is skipped with a warning. */
    private List<Path> existingDirectories(Path base) {
        List<Path> paths = new ArrayList<>();
        for (File directory : directories == null ? List.<File>of() : directories) {
            Path path = base.resolve(directory.toPath()).normalize();
            if (Files.exists(path)) {
                paths.add(path);
            } else {
                getLog().warn("composelint: directory not found, skipped: " + path);
            }
        }
        return paths;
    }

    /** {@code excludes}, the build directories and (unless aggregating) the modules this project declares. */
    private List<String> ignored(Path base) {
        List<String> ignore = new ArrayList<>(LintScope.antStyle(values(excludes)));
        for (Path skipped : skippedDirectories(base)) ignore.add(LintScope.literal(base, skipped));
        return ignore;
    }

    /** Build directories, and the declared modules' directories unless aggregating. */
    private List<Path> skippedDirectories(Path base) {
        List<Path> skipped = new ArrayList<>();
        List<MavenProject> projects = aggregate && session != null ? session.getProjects() : List.of(project);
        for (MavenProject each : projects) {
            if (each.getBuild() != null && each.getBuild().getDirectory() != null) {
                skipped.add(base.resolve(each.getBuild().getDirectory()).normalize());
            }
        }
        if (!aggregate) {
            for (String module : project.getModules()) {
                Path path = base.resolve(module).normalize();
                skipped.add(Files.isRegularFile(path) ? path.getParent() : path);
            }
        }
        return skipped;
    }

    private static List<Path> paths(List<File> list) {
        return list == null ? List.of() : list.stream().map(File::toPath).toList();
    }

    private static void logFinding(Log log, Finding finding, Path base) {
        List<String> lines = new ArrayList<>();
        lines.add(FindingLines.line(finding, base));
        lines.addAll(FindingLines.details(finding, base));
        for (String line : lines) {
            switch (finding.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                case INFO -> log.info(line);
            }
        }
    }

    private List<Path> writeReports(List<Reporter> reporters, LintResult result, Path base)
            throws MojoExecutionException {
        List<Path> written = new ArrayList<>();
        if (reporters.isEmpty()) return written;
        Path directory = base.resolve(outputDirectory.toPath()).normalize();
        ReportContext context = ReportContext.of(base, plugin == null ? null : plugin.getVersion());
        for (Reporter reporter : reporters) {
            Path file = directory.resolve(reportFileName(reporter.name()));
            try {
                Files.createDirectories(directory);
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    reporter.write(result, context, out);
                }
            } catch (IOException e) {
                throw new MojoExecutionException("cannot write the " + reporter.name() + " report " + file + ": "
                        + e.getMessage(), e);
            }
            written.add(file);
        }
        return written;
    }

    /** The report file for a format: composelint.sarif, composelint-checkstyle.xml, ... */
    static String reportFileName(String format) {
        return switch (format) {
            case "text" -> "composelint.txt";
            case "json" -> "composelint.json";
            case "sarif" -> "composelint.sarif";
            case "checkstyle" -> "composelint-checkstyle.xml";
            case "junit" -> "composelint-junit.xml";
            default -> "composelint-" + format + ".txt";
        };
    }

    /** One line: counts, projects, the threshold and the reports. */
    private static String summary(LintResult result, FailOn threshold, List<Path> reports, Path base) {
        int projects = result.workspace().projects().size();
        int total = result.findings().size();
        String counts = total == 0 ? "no problems"
                : FindingLines.plural(total, "problem") + " (" + FindingLines.counts(result) + ")";
        String text = "composelint: " + counts + " in " + FindingLines.plural(projects, "compose project")
                + " (fail-on " + threshold.id() + ")";
        return reports.isEmpty() ? text : text + "; reports: " + shown(reports, base);
    }

    /** Paths relative to the base directory when inside it, comma-separated. */
    private static String shown(List<Path> paths, Path base) {
        List<String> shown = new ArrayList<>();
        for (Path path : paths) {
            Path absolute = base.resolve(path).toAbsolutePath().normalize();
            String text = absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
            shown.add(text.isEmpty() ? "." : text);
        }
        return String.join(", ", shown);
    }

    /** The entries of a list parameter, each also split at commas, trimmed, without blanks. */
    private static List<String> values(List<String> list) {
        List<String> values = new ArrayList<>();
        if (list == null) return values;
        for (String entry : list) {
            if (entry == null) continue;
            Arrays.stream(entry.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .forEach(values::add);
        }
        return values;
    }
}
