package dev.composelint.cli;

import dev.composelint.core.fix.Fixer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** --fix, --fix-dry-run and --unsafe-fixes, with the test rules (fake-error offers a safe fix renaming its key). */
class CliFixTest {

    @TempDir
    Path dir;

    @BeforeEach
    void writeFixture() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), MainTest.COMPOSE);
    }

    @Test
    void dryRunPrintsADiffChangesNothingAndExitsOneWhenThereIsSomethingToFix() throws Exception {
        Cli.Result result = Cli.run(dir, "--fix-dry-run");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("""
                --- a/compose.yaml
                +++ b/compose.yaml
                @@ -1,7 +1,7 @@
                 services:
                   web:
                     image: nginx:1.27.4
                -    x-fake-error: true
                +    x-fine: true
                     x-fake-warning: true
                   db:
                     image: postgres:16
                1 fix would be applied in 1 file
                """);
        assertThat(Files.readString(dir.resolve("compose.yaml"))).isEqualTo(MainTest.COMPOSE);
    }

    @Test
    void fixWritesTheFileAndTheExitCodeFollowsTheFindingsLeft() throws Exception {
        Cli.Result result = Cli.run(dir, "--fix");
        assertThat(Files.readString(dir.resolve("compose.yaml")))
                .isEqualTo(MainTest.COMPOSE.replace("x-fake-error", "x-fine"));
        assertThat(result.out()).doesNotContain("fake-error").contains("1 fix applied in 1 file\n");
        assertThat(result.exitCode()).isZero();

        Cli.Result again = Cli.run(dir, "--fix-dry-run");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).isEqualTo("0 fixes would be applied in 0 files\n");
    }

    @Test
    void aDryRunShowsEveryPassSoItsDiffIsWhatFixWrites() throws Exception {
        // the fake-style fix edits up to the end of its line: the second marker of the line needs a second pass
        String compose = "services:\n  web:\n    image: nginx:1.27.4\n    labels:\n"
                + "      x-fake-style: x-fake-style\n";
        Files.writeString(dir.resolve("compose.yaml"), compose);
        Cli.Result dry = Cli.run(dir, "--enable", "fake-style", "--fix-dry-run");
        assertThat(Files.readString(dir.resolve("compose.yaml"))).isEqualTo(compose);
        assertThat(dry.out()).contains("+      x-done: x-done\n").endsWith("2 fixes would be applied in 1 file\n");

        Cli.Result fix = Cli.run(dir, "--enable", "fake-style", "--fix");
        String fixed = Files.readString(dir.resolve("compose.yaml"));
        assertThat(fixed).isEqualTo(compose.replace("x-fake-style", "x-done"));
        assertThat(fix.out()).contains("2 fixes applied in 1 file");
        assertThat(dry.out()).isEqualTo(Fixer.unifiedDiff("compose.yaml", compose, fixed)
                + "2 fixes would be applied in 1 file\n");
    }

    @Test
    void withJsonTheSummaryGoesToStandardError() throws Exception {
        Cli.Result result = Cli.run(dir, "--fix", "--format", "json");
        assertThat(result.out()).startsWith("{");
        assertThat(result.err()).isEqualTo("1 fix applied in 1 file\n");
    }
}
