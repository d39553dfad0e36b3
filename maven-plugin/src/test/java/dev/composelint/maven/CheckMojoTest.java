package dev.composelint.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The check goal's parameter handling, run on a temporary project without Maven. */
class CheckMojoTest {

    /** One warning (obsolete-version at 1:1) and one error (missing-volume at 6:9). */
    private static final String WARNING_AND_ERROR = """
            version: "3.8"
            services:
              app:
                image: alpine:3.20
                volumes:
                  - data:/data
            """;
    /** One warning: obsolete-version at 1:1. */
    private static final String WARNING_ONLY = """
            version: "3.8"
            services:
              app:
                image: alpine:3.20
            """;
    private static final String CLEAN = """
            services:
              app:
                image: alpine:3.20
            """;

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();
    private MavenProject project;
    private CheckMojo mojo;

    @BeforeEach
    void setUp() throws Exception {
        dir = dir.toRealPath();
        project = new MavenProject();
        project.setFile(dir.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(dir.resolve("target").toString());
        project.setExecutionRoot(true);
        mojo = new CheckMojo();
        mojo.setLog(log);
        set("project", project);
        set("outputDirectory", dir.resolve("target/composelint").toFile());
        set("environment", Map.of());
    }

    @Test
    void logsEachFindingWithItsLocationAtItsSeverityAndPassesBelowTheThreshold() throws Exception {
        write("compose.yaml", WARNING_ONLY);

        mojo.execute();

        String compose = dir.resolve("compose.yaml").toString();
        assertThat(log.lines).containsExactly(
                "warn " + compose + ":[1,1] obsolete-version the top-level `version` key is obsolete: Docker Compose "
                        + "v2 ignores it and warns on every run; remove it",
                "warn   fix: remove the version line",
                "info composelint: 1 problem can be fixed with `mvn composelint:fix`",
                "info composelint: 1 problem (0 errors, 1 warning, 0 info) in 1 compose project (fail-on error)");
    }

    @Test
    void failsWithOneSummaryLineNamingTheCountsAndTheReports() throws Exception {
        write("compose.yaml", WARNING_AND_ERROR);
        set("formats", List.of("sarif"));

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessage(
                "composelint: 2 problems (1 error, 1 warning, 0 info) in 1 compose project (fail-on error); "
                        + "reports: target/composelint/composelint.sarif");
        assertThat(log.lines).contains("error " + dir.resolve("compose.yaml") + ":[6,9] missing-volume service app "
                + "uses the named volume data, which is not declared under the top-level volumes key (Compose refuses "
                + "the project: service \"app\" refers to undefined volume data); declare it, or write ./data for a "
                + "bind mount");
        assertThat(dir.resolve("target/composelint/composelint.sarif")).content().contains("\"missing-volume\"");
    }

    @ParameterizedTest(name = "failOn={0} on {1} fails: {2}")
    @CsvSource({
            "error,   WARNING_AND_ERROR, true",
            "error,   WARNING_ONLY,      false",
            "ERROR,   WARNING_AND_ERROR, true",
            "warning, WARNING_ONLY,      true",
            "warning, CLEAN,             false",
            "info,    WARNING_ONLY,      true",
            "never,   WARNING_AND_ERROR, false",
            "'',      WARNING_AND_ERROR, true",
    })
    void failOnIsTheLowestSeverityThatFails(String failOn, String content, boolean fails) throws Exception {
        write("compose.yaml", compose(content));
        set("failOn", failOn);

        if (fails) {
            assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                    .hasMessageEndingWith("(fail-on " + (failOn.isEmpty() ? "error" : failOn.toLowerCase()) + ")");
        } else {
            mojo.execute();
            assertThat(log.lines).last().asString().startsWith("info composelint: ");
        }
    }

    @ParameterizedTest(name = "config fail-on {0}, parameter {1}: fails {2}")
    @CsvSource({
            "warning, ,      true",
            "warning, error, false",
            "never,   ,      false",
            "never,   info,  true",
    })
    void failOnParameterWinsOverTheConfigurationFile(String configured, String parameter, boolean fails)
            throws Exception {
        write("compose.yaml", WARNING_ONLY);
        write(".composelint.yaml", "fail-on: " + configured + "\n");
        set("failOn", parameter);

        if (fails) {
            assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        } else {
            mojo.execute();
        }
    }

    @Test
    void maxWarningsFailsWithMoreWarningsThanAllowedAndSaysSoInTheSummary() throws Exception {
        write("compose.yaml", WARNING_ONLY);
        set("maxWarnings", 0);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessage(
                "composelint: 1 problem (0 errors, 1 warning, 0 info) in 1 compose project "
                        + "(fail-on error, max-warnings 0)");

        set("maxWarnings", 1);
        mojo.execute();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "failOn  | loud             | invalid fail-on 'loud'; expected error, warning, info or never",
            "formats | xml              | unknown format 'xml'; expected one of text, json, sarif, "
                    + "checkstyle, junit, github, codeclimate, html",
            "disable | obsolete-versoin | unknown rule 'obsolete-versoin' in disable; did you mean "
                    + "'obsolete-version'?",
            "enable  | port-conflit     | unknown rule 'port-conflit' in enable; did you mean 'port-conflict'?",
            "files   | other.yaml       | compose file not found: other.yaml",
            "envFiles | missing.env     | env file not found: missing.env",
            "configFile | missing.yaml  | config file not found: missing.yaml",
            "projectDirectory | compose.yaml | project directory is not a directory: compose.yaml",
            "presets | secure           | unknown preset 'secure'; expected one of recommended, security, strict, "
                    + "style, all",
    })
    void badParametersFailWithAClearMessage(String parameter, String value, String message) throws Exception {
        write("compose.yaml", CLEAN);
        set(parameter, switch (parameter) {
            case "failOn" -> value;
            case "configFile", "projectDirectory" -> new File(value);
            case "files", "envFiles" -> List.of(new File(value));
            default -> List.of(value);
        });

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage(message.replace("{dir}", dir.toString()));
    }

    @Test
    void anUnknownRuleWithNoCloseMatchIsNamed() throws Exception {
        write("compose.yaml", CLEAN);
        set("enable", List.of("zzz"));

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("unknown rule 'zzz' in enable");
    }

    @Test
    void anUnknownRuleOptionIsALocatedConfigurationError() throws Exception {
        write("compose.yaml", CLEAN);
        write(".composelint.yaml", "rules:\n  healthcheck-missing:\n    options:\n      imagesWithHealthcheck: []\n");

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage(".composelint.yaml:4:7: unknown option 'imagesWithHealthcheck' of rule "
                        + "'healthcheck-missing'; did you mean 'images-with-healthcheck'?");
    }

    @Test
    void aRuleBothEnabledAndDisabledIsAnError() throws Exception {
        write("compose.yaml", CLEAN);
        set("enable", List.of("port-conflict"));
        set("disable", List.of("port-conflict"));

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("rule 'port-conflict' is both enabled and disabled");
    }

    @Test
    void aBadConfigurationFileFailsWithItsPosition() throws Exception {
        write("compose.yaml", CLEAN);
        write(".composelint.yaml", "rules:\n  obsolete-version: loud\n");

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage(".composelint.yaml:2:21: invalid rule level 'loud'; expected off, error, warning or info");
    }

    @Test
    void anUnknownRuleInTheConfigurationFileFailsWithItsPosition() throws Exception {
        write("compose.yaml", CLEAN);
        write("config/lint.yaml", "rules:\n  obsolete-versio: off\n");
        set("configFile", new File("config/lint.yaml"));

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("config/lint.yaml:2:3: unknown rule 'obsolete-versio'; did you mean 'obsolete-version'?");
    }

    @Test
    void theConfigurationFileIsFoundInAParentDirectoryAsTheCliFindsIt() throws Exception {
        write(".composelint.yaml", "rules:\n  obsolete-version: error\n");
        Path module = Files.createDirectories(dir.resolve("module"));
        Files.writeString(module.resolve("compose.yaml"), WARNING_ONLY);
        project.setFile(module.resolve("pom.xml").toFile());

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("composelint: 1 problem (1 error, 0 warnings, 0 info)");
    }

    @Test
    void disableTurnsARuleOffAndEnableTurnsItBackOnOverTheConfigurationFile() throws Exception {
        write("compose.yaml", WARNING_AND_ERROR);
        write(".composelint.yaml", "rules:\n  obsolete-version: off\n");
        set("enable", List.of("obsolete-version"));
        set("disable", List.of("missing-volume"));

        mojo.execute();

        assertThat(log.lines).anyMatch(line -> line.contains("obsolete-version"))
                .noneMatch(line -> line.contains("missing-volume"));
    }

    @Test
    void skipDoesNothing() throws Exception {
        write("compose.yaml", WARNING_AND_ERROR);
        set("skip", true);
        set("formats", List.of("sarif"));

        mojo.execute();

        assertThat(log.lines).containsExactly("info composelint: skipped");
        assertThat(dir.resolve("target")).doesNotExist();
    }

    @Test
    void nothingToLintLogsOneLineAndWritesNoReport() throws Exception {
        write("README.md", "no compose files here\n");
        set("formats", List.of("sarif"));

        mojo.execute();

        assertThat(log.lines).containsExactly("info composelint: no compose file found under . (looked for compose.yaml, "
                + "docker-compose.yml and any YAML file with a services: mapping); nothing to lint");
        assertThat(dir.resolve("target")).doesNotExist();
    }

    @Test
    void everyFormatIsWrittenUnderItsFileName() throws Exception {
        write("compose.yaml", WARNING_ONLY);
        set("formats", List.of("text, json", "sarif", "checkstyle", "junit", "github"));

        mojo.execute();

        Path out = dir.resolve("target/composelint");
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly(
                    "composelint-checkstyle.xml", "composelint-github.txt", "composelint-junit.xml",
                    "composelint.json", "composelint.sarif", "composelint.txt");
        }
        assertThat(out.resolve("composelint.txt")).content().startsWith("compose.yaml:1:1  warning  the top-level");
        assertThat(out.resolve("composelint-github.txt")).content()
                .startsWith("::warning file=compose.yaml,line=1,col=1");
        assertThat(log.lines).last().asString().endsWith("reports: target/composelint/composelint.txt, "
                + "target/composelint/composelint.json, target/composelint/composelint.sarif, "
                + "target/composelint/composelint-checkstyle.xml, target/composelint/composelint-junit.xml, "
                + "target/composelint/composelint-github.txt");
    }

    @ParameterizedTest(name = "includes={0} excludes={1}")
    @CsvSource(delimiter = '|', value = {
            "           |           | a/compose.yaml b/compose.yaml deploy/docker-compose.yml",
            "a/**       |           | a/compose.yaml",
            "**/compose.yaml |      | a/compose.yaml b/compose.yaml",
            "**/docker-compose.yml | | deploy/docker-compose.yml",
            "           | b         | a/compose.yaml deploy/docker-compose.yml",
            "           | **/b      | a/compose.yaml deploy/docker-compose.yml",
            "           | **/compose.yaml | deploy/docker-compose.yml",
            "a/**,deploy/** | deploy |  a/compose.yaml",
    })
    void includesAndExcludesChooseTheLintedComposeFiles(String includes, String excludes, String linted)
            throws Exception {
        write("a/compose.yaml", WARNING_ONLY);
        write("b/compose.yaml", WARNING_ONLY);
        write("deploy/docker-compose.yml", WARNING_ONLY);
        set("includes", includes == null ? null : List.of(includes));
        set("excludes", excludes == null ? null : List.of(excludes));

        mojo.execute();

        assertThat(linted(log)).containsExactlyElementsOf(Arrays.asList(linted.split(" ")));
    }

    @Test
    void theBuildDirectoryAndDeclaredModulesAreNotLinted() throws Exception {
        write("compose.yaml", WARNING_ONLY);
        write("target/classes/compose.yaml", WARNING_ONLY);
        write("module-a/compose.yaml", WARNING_ONLY);
        write("nested/module-b/compose.yaml", WARNING_ONLY);
        project.getModel().addModule("module-a");
        project.getModel().addModule("nested/module-b/pom.xml");
        write("nested/module-b/pom.xml", "<project/>");

        mojo.execute();

        assertThat(linted(log)).containsExactly("compose.yaml");
    }

    @Test
    void aggregateLintsTheModulesFromTheExecutionRoot() throws Exception {
        write("compose.yaml", WARNING_ONLY);
        write("module-a/compose.yaml", WARNING_ONLY);
        write("target/compose.yaml", WARNING_ONLY);
        project.getModel().addModule("module-a");
        set("aggregate", true);

        mojo.execute();

        assertThat(linted(log)).containsExactly("compose.yaml", "module-a/compose.yaml");
    }

    @Test
    void aggregateSkipsTheOtherModules() throws Exception {
        write("compose.yaml", WARNING_AND_ERROR);
        project.setExecutionRoot(false);
        set("aggregate", true);

        mojo.execute();

        assertThat(log.lines).containsExactly(
                "info composelint: skipped in this module; aggregate lints the whole tree from the execution root");
    }

    @Test
    void directoriesReplaceTheBaseDirectoryAndAMissingOneIsSkippedWithAWarning() throws Exception {
        write("compose.yaml", WARNING_ONLY);
        write("deploy/compose.yaml", WARNING_ONLY);
        set("directories", List.of(new File("deploy"), new File("gone")));

        mojo.execute();

        assertThat(log.lines).first().isEqualTo("warn composelint: directory not found, skipped: " + dir.resolve("gone"));
        assertThat(linted(log)).containsExactly("deploy/compose.yaml");
    }

    @Test
    void filesAreOneProjectWithTheProjectNameAndNoDiscovery() throws Exception {
        write("compose.yaml", CLEAN);
        write("deploy/base.yaml", "services:\n  web:\n    image: nginx:1.27\n    ports: [\"8080:80\"]\n");
        write("deploy/extra.yaml", "services:\n  api:\n    image: nginx:1.27\n    ports: [\"8080:80\"]\n");
        write("other/compose.yaml", WARNING_ONLY);
        set("files", List.of(new File("deploy/base.yaml"), new File("deploy/extra.yaml")));
        set("projectName", "shop");

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("composelint: 1 problem (1 error, 0 warnings, 0 info) in 1 compose project");
        assertThat(linted(log)).containsExactly("deploy/extra.yaml");
    }

    @Test
    void envFilesFeedInterpolation() throws Exception {
        write("compose.yaml", "services:\n  app:\n    image: ${IMAGE:?set IMAGE}\n");
        write("ci.env", "IMAGE=alpine:3.20\n");

        mojo.execute();
        assertThat(log.lines).anyMatch(line -> line.contains("needs IMAGE at deploy time"));

        log.lines.clear();
        set("strictEnv", true);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(linted(log)).containsExactly("compose.yaml");

        log.lines.clear();
        set("envFiles", List.of(new File("ci.env")));
        mojo.execute();
        assertThat(log.lines).containsExactly(
                "info composelint: no problems in 1 compose project (fail-on error)");
    }

    @Test
    void profilesLimitTheAnalysedServices() throws Exception {
        write("compose.yaml", """
                services:
                  web:
                    image: nginx:1.27
                    ports: ["8080:80"]
                  debug:
                    image: nginx:1.27
                    profiles: [debug]
                    ports: ["8080:80"]
                """);
        set("profiles", List.of("other"));

        mojo.execute();

        assertThat(log.lines).containsExactly("info composelint: no problems in 1 compose project (fail-on error)");
    }

    /** The files of the logged findings, relative to the project, in log order. */
    private List<String> linted(RecordingLog recorded) {
        List<String> files = new ArrayList<>();
        for (String line : recorded.lines) {
            String text = line.substring(line.indexOf(' ') + 1);
            int at = text.indexOf(":[");
            if (at < 0 || !text.startsWith(dir.toString())) continue;
            String relative = dir.relativize(Path.of(text.substring(0, at))).toString();
            if (!files.contains(relative)) files.add(relative);
        }
        return files;
    }

    private static String compose(String name) {
        return switch (name) {
            case "WARNING_AND_ERROR" -> WARNING_AND_ERROR;
            case "WARNING_ONLY" -> WARNING_ONLY;
            default -> CLEAN;
        };
    }

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private void set(String field, Object value) throws ReflectiveOperationException {
        Field declared = CheckMojo.class.getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(mojo, value);
    }

    /** Records each logged line as {@code level message}. */
    private static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void debug(CharSequence content) {
        }

        @Override
        public void info(CharSequence content) {
            lines.add("info " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("warn " + content);
        }

        @Override
        public void error(CharSequence content) {
            lines.add("error " + content);
        }
    }
}
