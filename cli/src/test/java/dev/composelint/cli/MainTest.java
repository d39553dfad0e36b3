package dev.composelint.cli;

import dev.composelint.core.testing.SharedData;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command end to end: options, formats, exit codes. */
class MainTest {

    static final String COMPOSE = """
            services:
              web:
                image: nginx:1.27.4
                x-fake-error: true
                x-fake-warning: true
              db:
                image: postgres:16
                x-fake-info: true
            """;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Path SARIF_SCHEMA = SharedData.path("oracle/sarif-schema-2.1.0.json");

    @TempDir
    Path dir;

    @BeforeEach
    void writeFixture() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), COMPOSE);
    }

    @Test
    void textReportWithCodeFramesAndSummary() {
        Cli.Result result = Cli.run(dir);
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEmpty();
        assertThat(result.out().replaceAll("\\d+\\.\\d\\d s", "T s")).isEqualTo("""
                compose.yaml:4:5  error  found x-fake-error  [fake-error]
                  4 |     x-fake-error: true
                    |     ^^^^^^^^^^^^
                  related: compose.yaml:1:1  file starts here
                  fix (--fix): Rename the key
                compose.yaml:5:5  warning  found x-fake-warning  [fake-warning]
                  5 |     x-fake-warning: true
                    |     ^^^^^^^^^^^^^^
                  profiles: debug
                compose.yaml:8:5  info  found x-fake-info  [fake-info]
                  8 |     x-fake-info: true
                    |     ^^^^^^^^^^^

                ✖ 3 problems (1 error, 1 warning, 1 info) in 1 project, T s
                """);
    }

    @Test
    void listProjectsShowsTheGroupingAndWhy() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:1.27.4\n");
        Files.createDirectories(dir.resolve("overrides"));
        Files.writeString(dir.resolve("overrides/compose.debug.yaml"), "services:\n  web:\n    ports: [\"8080:80\"]\n");
        Cli.Result result = Cli.run(dir, "--list-projects");
        assertThat(result.exitCode()).isZero();
        String name = dir.getFileName().toString().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_-]", "");
        assertThat(result.out()).isEqualTo(name + "\n  -f compose.yaml\n  why: the default files of .\n"
                + name + "\n  -f compose.yaml\n  -f overrides/compose.debug.yaml\n"
                + "  why: merged onto compose.yaml, the nearest base that completes it\n2 projects\n");
    }

    @Test
    void configuredProjectsWinOverDiscoveryAlsoWithAPath() throws Exception {
        Files.createDirectories(dir.resolve("deploy"));
        Files.writeString(dir.resolve("deploy/base.yaml"), "services:\n  web:\n    image: nginx:1.27.4\n");
        Files.writeString(dir.resolve("deploy/prod.yaml"), "services:\n  web:\n    restart: always\n");
        Files.writeString(dir.resolve(".composelint.yaml"), "projects:\n  - name: shop\n"
                + "    files: [deploy/base.yaml, deploy/prod.yaml]\n");
        Cli.Result result = Cli.run(dir, "--list-projects", "deploy");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("shop\n  -f deploy/base.yaml\n  -f deploy/prod.yaml\n"
                + "  why: declared under projects: in the configuration\n1 project\n");
    }

    @Test
    void cleanRunExitsZero() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:1.27.4\n");
        Cli.Result result = Cli.run(dir);
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches("✔ no problems in 1 project, \\d+\\.\\d\\d s\n");
    }

    @ParameterizedTest
    @CsvSource({
            // fail-on flag, markers present, exit code
            "error,   x-fake-warning, 0",
            "warning, x-fake-warning, 1",
            "warning, x-fake-info,    0",
            "info,    x-fake-info,    1",
            "never,   x-fake-error,   0",
            "ERROR,   x-fake-error,   1",
    })
    void failOnSetsTheThreshold(String failOn, String marker, int exitCode) throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:1.27.4\n    " + marker + ": 1\n");
        assertThat(Cli.run(dir, "--fail-on", failOn).exitCode()).isEqualTo(exitCode);
    }

    @Test
    void aRequiredVariableWithoutValueFailsOnlyWithStrictEnv() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:${TAG:?set TAG}\n");
        assertThat(Cli.run(dir).exitCode()).isZero();
        assertThat(Cli.run(dir, "--strict-env").exitCode()).isEqualTo(1);
    }

    @Test
    void failOnFromTheConfigFileUnlessTheFlagIsGiven() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:1.27.4\n    x-fake-warning: 1\n");
        Files.writeString(dir.resolve(".composelint.yaml"), "fail-on: warning\n");
        assertThat(Cli.run(dir).exitCode()).isEqualTo(1);
        assertThat(Cli.run(dir, "--fail-on", "error").exitCode()).isZero();
    }

    @Test
    void jsonFormat() {
        Cli.Result result = Cli.run(dir, "--format", "json");
        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode root = MAPPER.readTree(result.out());
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(root.at("/tool/version").asString()).isEqualTo(Version.get()).isNotEqualTo("unknown");
        assertThat(root.at("/summary/problems").asInt()).isEqualTo(3);
        assertThat(root.at("/findings/0/ruleId").asString()).isEqualTo("fake-error");
        assertThat(root.at("/findings/0/file").asString()).isEqualTo("compose.yaml");
        assertThat(root.at("/findings/0/line").asInt()).isEqualTo(4);
        assertThat(root.at("/findings/0/endColumn").asInt()).isEqualTo(17);
        assertThat(root.at("/findings/0/fix/edits/0/replacement").asString()).isEqualTo("x-fine");
        assertThat(root.at("/findings/1/profiles/0").asString()).isEqualTo("debug");
        assertThat(root.at("/findings/2/severity").asString()).isEqualTo("info");
    }

    @Test
    void sarifFormatValidatesAgainstTheSchema() throws Exception {
        Cli.Result result = Cli.run(dir, "--format", "sarif");
        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode log = MAPPER.readTree(result.out());
        assertThat(log.at("/runs/0/tool/driver/rules/0/id").asString()).isEqualTo("fake-error");
        assertThat(log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asString())
                .isEqualTo("compose.yaml");
        assertThat(log.at("/runs/0/results/2/level").asString()).isEqualTo("note");
        SharedData.assume(Files.isRegularFile(SARIF_SCHEMA), "SARIF schema not available");
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(Files.readString(SARIF_SCHEMA));
        assertThat(schema.validate(log)).isEmpty();
    }

    @Test
    void checkstyleFormat() {
        Cli.Result result = Cli.run(dir, "--format", "checkstyle");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <checkstyle version="%s">
                  <file name="compose.yaml">
                    <error line="4" column="5" severity="error" message="found x-fake-error" source="fake-error"/>
                    <error line="5" column="5" severity="warning" message="found x-fake-warning" \
                source="fake-warning"/>
                    <error line="8" column="5" severity="info" message="found x-fake-info" source="fake-info"/>
                  </file>
                </checkstyle>
                """.formatted(Version.get()));
    }

    @Test
    void junitFormat() {
        Cli.Result result = Cli.run(dir, "--format", "junit");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out())
                .contains("<testsuite name=\"composelint\" tests=\"1\" failures=\"1\" errors=\"0\" skipped=\"0\"")
                .contains("<testcase name=\"compose.yaml\" classname=\"composelint\" file=\"compose.yaml\">")
                .contains("<failure message=\"3 problems\" type=\"error\">"
                        + "compose.yaml:4:5 error found x-fake-error [fake-error]\n"
                        + "compose.yaml:5:5 warning found x-fake-warning [fake-warning]\n"
                        + "compose.yaml:8:5 info found x-fake-info [fake-info]\n</failure>");
    }

    @Test
    void githubFormat() {
        Cli.Result result = Cli.run(dir, "--format", "github");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("""
                ::error file=compose.yaml,line=4,col=5,endLine=4,endColumn=17,title=fake-error::found x-fake-error
                ::warning file=compose.yaml,line=5,col=5,endLine=5,endColumn=19,title=fake-warning::found \
                x-fake-warning
                ::notice file=compose.yaml,line=8,col=5,endLine=8,endColumn=16,title=fake-info::found x-fake-info
                """);
    }

    @Test
    void outputFileReceivesTheReport() throws Exception {
        Cli.Result result = Cli.run(dir, "--format", "json", "-o", "out/../report.json");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(MAPPER.readTree(Files.readString(dir.resolve("report.json"))).at("/summary/errors").asInt())
                .isEqualTo(1);
    }

    @Test
    void quietReportsErrorsOnly() throws Exception {
        Cli.Result result = Cli.run(dir, "--quiet", "--fail-on", "info");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("fake-error").doesNotContain("fake-warning", "fake-info")
                .contains("✖ 1 problem (1 error, 0 warnings, 0 info)");

        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:1.27.4\n    x-fake-warning: 1\n");
        Cli.Result clean = Cli.run(dir, "-q", "--fail-on", "warning");
        assertThat(clean.exitCode()).isZero();
        assertThat(clean.out()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            // terminal, NO_COLOR value, --no-color, expect color
            "true,  ,  false, true",
            "true,  1, false, false",
            "true,  '', false, true",
            "true,  ,  true,  false",
            "false, ,  false, false",
    })
    void colorsOnlyOnATerminal(boolean terminal, String noColor, boolean flag, boolean expectColor) {
        Map<String, String> env = noColor == null ? Map.of() : Map.of("NO_COLOR", noColor);
        String[] args = flag ? new String[] {"--no-color"} : new String[0];
        Cli.Result result = Cli.run(dir, env, terminal, args);
        assertThat(result.out().contains("\u001b[")).isEqualTo(expectColor);
        assertThat(Cli.run(dir, env, terminal, "--format", "json", "-o", "r.json").out()).isEmpty();
    }

    @Test
    void versionAndHelp() {
        Cli.Result version = Cli.run(dir, "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).isEqualTo("composelint " + Version.get() + "\n");
        Cli.Result help = Cli.run(dir, "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: composelint ")
                .contains("--fail-on=LEVEL", "--format=FORMAT", "--explain=RULE", "2   usage, configuration or I/O error");
        Cli.Result lsp = Cli.run(dir, "lsp", "--help");
        assertThat(lsp.exitCode()).isZero();
        assertThat(lsp.out()).startsWith("Usage: composelint lsp").contains("Language Server Protocol");
    }

    @ParameterizedTest
    @ValueSource(strings = {"compose.yaml", "."})
    void pathArgumentsAreAccepted(String path) {
        assertThat(Cli.run(dir, path).exitCode()).isEqualTo(1);
    }
}
