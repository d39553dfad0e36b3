package dev.composelint.maven;

import dev.composelint.core.Severity;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.invocation.InvocationException;
import dev.composelint.core.invocation.LintInvocation;
import dev.composelint.core.report.HtmlReporter;
import dev.composelint.core.report.ReportContext;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static dev.composelint.maven.LintScope.values;

/**
 * The composelint page of the Maven site ({@code mvn site} with the plugin under {@code <reporting>}, or
 * {@code mvn composelint:report}): the summary, the workspace picture, the findings grouped by file with code frames
 * and the documentation of every reported rule, as in {@code composelint --format html}. Rules, presets and profiles
 * come from the configuration file; a report never fails the build.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /** Skips the report. */
    @Parameter(property = "composelint.skip", defaultValue = "false")
    private boolean skip;

    /** Directories (or compose files) to discover compose projects in, as for {@code check}; default: the base directory. */
    @Parameter(property = "composelint.directories")
    private List<File> directories;

    /** Globs of files and directories discovery skips, as for {@code check}. */
    @Parameter(property = "composelint.excludes")
    private List<String> excludes;

    /** The composelint configuration file; default: the nearest {@code .composelint.yaml} upwards. */
    @Parameter(property = "composelint.configFile")
    private File configFile;

    /** Rule presets, as for {@code check}; default: the configuration file's, else {@code recommended}. */
    @Parameter(property = "composelint.presets")
    private List<String> presets;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    private PluginDescriptor plugin;

    @Override
    public String getOutputName() {
        return "composelint";
    }

    @Override
    public String getName(Locale locale) {
        return "composelint";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Problems in the Docker Compose projects: how services, networks and monitoring sidecars connect.";
    }

    @Override
    public boolean canGenerateReport() {
        return !skip;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        LintResult result;
        try {
            LintInvocation invocation = LintInvocation.builder(base).classLoader(ReportMojo.class.getClassLoader())
                    .configFile(configFile == null ? null : configFile.toPath()).presets(values(presets))
                    .load(request -> request.environment(System.getenv())
                            .paths(LintScope.existing(base, directories, getLog()::warn))
                            .ignore(LintScope.ignored(base, values(excludes), project, session, false)))
                    .build();
            invocation.notes().forEach(getLog()::warn);
            result = invocation.lint();
        } catch (InvocationException e) {
            throw new MavenReportException(e.getMessage());
        }
        ReportContext context = ReportContext.of(base, plugin == null ? null : plugin.getVersion());
        Sink sink = getSink();
        sink.head();
        sink.title();
        sink.text(getName(locale));
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text(getName(locale));
        sink.sectionTitle1_();
        summary(sink, result, context);
        sink.rawText("<style>" + HtmlReporter.embeddedStyle() + "</style>");
        for (HtmlReporter.Part part : HtmlReporter.Part.values()) {
            sink.section2();
            sink.sectionTitle2();
            sink.text(part.title());
            sink.sectionTitle2_();
            sink.rawText("<div class=\"composelint\">" + HtmlReporter.part(part, result, context) + "</div>");
            sink.section2_();
        }
        sink.rawText("<script>" + HtmlReporter.script() + "</script>");
        sink.section1_();
        sink.body_();
    }

    /** A table of the counts per severity and of the projects, in the site's own table style. */
    private static void summary(Sink sink, LintResult result, ReportContext context) {
        sink.table();
        sink.tableRows(null, false);
        row(sink, true, "compose projects", "errors", "warnings", "info", "composelint");
        row(sink, false, String.valueOf(result.workspace().projects().size()),
                String.valueOf(result.count(Severity.ERROR)), String.valueOf(result.count(Severity.WARNING)),
                String.valueOf(result.count(Severity.INFO)), context.toolVersion());
        sink.tableRows_();
        sink.table_();
    }

    private static void row(Sink sink, boolean header, String... cells) {
        sink.tableRow();
        for (String cell : cells) {
            if (header) sink.tableHeaderCell();
            else sink.tableCell();
            sink.text(cell);
            if (header) sink.tableHeaderCell_();
            else sink.tableCell_();
        }
        sink.tableRow_();
    }
}
