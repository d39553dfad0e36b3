package dev.composelint.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Several reports per run, the stderr summary, codeclimate and --max-warnings. */
class CliReportsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void writeFixture() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), MainTest.COMPOSE);
    }

    @Test
    void repeatedFormatsWriteEachReportAndTextStaysOnTheConsole() throws Exception {
        Cli.Result result = Cli.run(dir, "--format", "sarif:build/composelint.sarif", "--format", "text",
                "--format", "codeclimate:build/gl-code-quality.json");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).startsWith("compose.yaml:4:5  error  found x-fake-error  [fake-error]")
                .contains("✖ 3 problems");
        assertThat(result.err()).isEmpty();
        assertThat(Files.readString(dir.resolve("build/composelint.sarif"))).contains("\"ruleId\": \"fake-error\"");
        assertThat(Files.readString(dir.resolve("build/gl-code-quality.json")))
                .contains("\"check_name\": \"fake-warning\"", "\"severity\": \"minor\"");
    }

    @Test
    void whenEveryReportGoesToAFileOneSummaryLineGoesToStderr() throws Exception {
        Cli.Result result = Cli.run(dir, "--format", "json:out/report.json", "--format", "sarif:out/report.sarif");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("composelint: 3 problems (1 error, 1 warning, 1 info) in 1 compose "
                + "project (fail-on error); reports: out/report.json, out/report.sarif\n");
        assertThat(dir.resolve("out/report.json")).isRegularFile();

        Cli.Result legacy = Cli.run(dir, "--format", "sarif", "-o", "x.sarif");
        assertThat(legacy.out()).isEmpty();
        assertThat(legacy.err()).startsWith("composelint: 3 problems").endsWith("; reports: x.sarif\n");
    }

    @ParameterizedTest(name = "--max-warnings {0} --fail-on never: exit {1}")
    @CsvSource({"-1, 0", "0, 1", "1, 0", "5, 0"})
    void maxWarningsFailsWhenWarningsExceedTheLimit(String limit, int exitCode) {
        Cli.Result result = Cli.run(dir, "--fail-on", "never", "--max-warnings", limit);
        assertThat(result.exitCode()).as(result.err()).isEqualTo(exitCode);
    }
}
