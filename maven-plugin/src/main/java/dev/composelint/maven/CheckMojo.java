package dev.composelint.maven;

import dev.composelint.core.engine.LintResult;
import dev.composelint.core.invocation.InvocationException;
import dev.composelint.core.invocation.LintInvocation;
import dev.composelint.core.report.ReportContext;
import dev.composelint.core.report.ReportTargets;
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
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.composelint.maven.LintScope.values;

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

    /** The build also fails with more than this many warnings; -1: no limit. */
    @Parameter(property = "composelint.maxWarnings", defaultValue = "-1")
    private int maxWarnings = -1;

    /**
     * Report formats to write to {@code outputDirectory}: {@code text}, {@code json}, {@code sarif}, {@code html},
     * {@code checkstyle}, {@code junit}, {@code github} or {@code codeclimate}, each as {@code composelint.<ext>} or
     * {@code composelint-<format>.<ext>}. Default: none; the findings are always logged.
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
        if (skip || aggregate && !project.isExecutionRoot()) {
            log.info(skip ? "composelint: skipped"
                    : "composelint: skipped in this module; aggregate lints the whole tree from the execution root");
            return;
        }
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        List<Path> discover = LintScope.existing(base, directories, getLog()::warn);
        if (discover.isEmpty() && directories != null && !directories.isEmpty()) {
            log.info("composelint: none of the directories exists; nothing to lint");
            return;
        }
        ReportTargets reports;
        LintInvocation invocation;
        try {
            reports = ReportTargets.inDirectory(values(formats), base.resolve(outputDirectory.toPath()));
            invocation = LintInvocation.builder(base).classLoader(CheckMojo.class.getClassLoader())
                    .configFile(configFile == null ? null : configFile.toPath()).failOn(failOn)
                    .maxWarnings(maxWarnings).presets(values(presets)).enable(values(enable)).disable(values(disable))
                    .load(request -> request.environment(environment).strictEnv(strictEnv)
                            .allowOutside(paths(allowOutside)).paths(discover).files(paths(files))
                            .projectName(projectName).projectDirectory(projectDirectory == null ? null
                                    : projectDirectory.toPath())
                            .envFiles(paths(envFiles)).profiles(values(profiles))
                            .ignore(LintScope.ignored(base, values(excludes), project, session, aggregate)))
                    .build();
        } catch (InvocationException | IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        invocation.notes().forEach(log::warn);
        invocation = LintScope.narrow(invocation, base, values(includes));
        LintResult result;
        try {
            result = run(invocation);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("composelint could not lint " + base + ": " + e + "; please report this",
                    e);
        }
        Optional<String> nothing = invocation.nothingFound(result.workspace());
        if (nothing.isPresent()) {
            log.info("composelint: " + nothing.get() + "; nothing to lint");
            return;
        }
        result.findings().forEach(finding -> FindingLines.log(log, finding, base));
        ReportContext context = ReportContext.of(base, plugin == null ? null : plugin.getVersion());
        List<Path> written;
        try {
            written = reports.writeFiles(result, context);
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        if (offersFixHint()) invocation.fixHint(result, "`mvn composelint:fix`").ifPresent(log::info);
        String summary = invocation.summary(result, written, context);
        if (invocation.fails(result)) throw new MojoFailureException(summary);
        log.info(summary);
    }

    /** Lints; the fix goal applies fixes first and returns what remains. */
    protected LintResult run(LintInvocation invocation) {
        return invocation.lint();
    }

    /** Whether the log says how many problems {@code composelint:fix} would fix. */
    protected boolean offersFixHint() {
        return true;
    }

    private static List<Path> paths(List<File> list) {
        return list == null ? List.of() : list.stream().map(File::toPath).toList();
    }
}
