package dev.composelint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Configuration files, --enable/--disable, inline suppressions, --list-rules and --explain. */
class CliConfigAndRulesTest {

    @TempDir
    Path dir;

    private void compose(String text) throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), text);
    }

    private void config(String text) throws Exception {
        Files.writeString(dir.resolve(".composelint.yaml"), text);
    }

    private String rulesAndSeverities(String... args) {
        return Cli.run(dir, args).out().lines().filter(l -> l.startsWith("compose.yaml:"))
                .map(l -> l.split("  ")[1] + " " + l.substring(l.lastIndexOf("  [") + 3, l.length() - 1))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'rules: {fake-error: off}'                         | warning fake-warning, info fake-info",
            "'rules: {fake-warning: error, fake-info: warning}' | error fake-error, error fake-warning, "
                    + "warning fake-info",
            "'rules: {fake-info: {severity: off}}'              | error fake-error, warning fake-warning",
            "'rules: {fake-info: {severity: error}}'            | error fake-error, warning fake-warning, "
                    + "error fake-info",
    })
    void configFileSetsRuleLevels(String config, String expected) throws Exception {
        compose(MainTest.COMPOSE);
        config(config);
        assertThat(rulesAndSeverities()).isEqualTo(expected);
    }

    @Test
    void ruleOptionsReachTheRule() throws Exception {
        compose(MainTest.COMPOSE);
        config("rules:\n  fake-info:\n    options: {prefix: 'note: '}\n");
        assertThat(Cli.run(dir).out()).contains("compose.yaml:8:5  info  note: found x-fake-info  [fake-info]");
    }

    @Test
    void flagsWinOverTheConfigFile() throws Exception {
        compose(MainTest.COMPOSE);
        config("rules:\n  fake-error: off\n  fake-info: {severity: error, options: {prefix: 'P '}}\n");
        assertThat(rulesAndSeverities("--enable", "fake-error", "--disable", "fake-warning"))
                .isEqualTo("error fake-error, error fake-info");
        assertThat(Cli.run(dir, "--enable", "fake-info").out()).contains("error  P found x-fake-info");
        assertThat(rulesAndSeverities("--disable", "fake-info", "--disable", "fake-warning")).isEmpty();
    }

    @Test
    void configIsFoundInParentDirectoriesOrGivenExplicitly() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("compose.yaml"), "services:\n  a:\n    image: nginx:1.27.4\n    x-fake-warning: 1\n");
        config("fail-on: warning\n");
        assertThat(Cli.run(sub).exitCode()).isEqualTo(1);
        Path other = Files.writeString(dir.resolve("relaxed.yaml.cfg"), "fail-on: never\n");
        assertThat(Cli.run(sub, "--config", "../relaxed.yaml.cfg").exitCode()).isZero();
        assertThat(other).exists();
    }

    @Test
    void inlineSuppressionsApplyAndUnusedOnesAreReported() throws Exception {
        compose("""
                services:
                  web:
                    x-fake-error: true # composelint-disable-line fake-error
                    # composelint-disable-next-line fake-warning
                    x-fake-info: true # composelint-disable-line fake-info, fake-error
                    image: nginx:1.27.4
                """);
        Cli.Result result = Cli.run(dir);
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines().filter(l -> l.startsWith("compose.yaml:")).toList()).containsExactly(
                "compose.yaml:4:5  info  unused suppression  [unused-suppression]",
                "compose.yaml:5:23  info  unused suppression  [unused-suppression]");
        assertThat(result.out()).contains("    no 'fake-warning' finding on the next line; remove it from the comment",
                "    no 'fake-error' finding on this line; remove it from the comment");
        assertThat(Cli.run(dir, "--disable", "unused-suppression").out()).startsWith("✔ no problems");
    }

    @Test
    void fileLevelSuppression() throws Exception {
        compose("# composelint-disable-file fake-error fake-info\n" + MainTest.COMPOSE);
        assertThat(rulesAndSeverities()).isEqualTo("warning fake-warning");
    }

    @Test
    void listRulesShowsRulesAndReservedIds() {
        Cli.Result result = Cli.run(dir, "--list-rules");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines().toList()).startsWith(
                "RULE                 SEVERITY  CATEGORY     PRESETS             TITLE",
                "fake-error           error     correctness  recommended,strict  Reports x-fake-error",
                "fake-info            info      correctness  recommended,strict  Reports x-fake-info",
                "fake-style           warning   style        style               Reports x-fake-style",
                "fake-warning         warning   correctness  recommended,strict  Reports x-fake-warning",
                "yaml                 error     built-in     -                   YAML syntax errors, duplicate keys "
                        + "and size limits")
                .contains("unused-suppression   info      built-in     -                   Suppression comments that "
                        + "suppress nothing",
                        "alertmanager-config  error     built-in     -                   Alertmanager configurations that Alertmanager "
                                + "refuses to load");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                          | ''             | error fake-error, warning fake-warning, info fake-info",
            "''                          | --preset=style | warning fake-style",
            "'presets: [style]'          | ''             | warning fake-style",
            "'presets: [style]'          | --preset=recommended | error fake-error, warning fake-warning, info fake-info",
            "'presets: [all]'            | ''             | error fake-error, warning fake-warning, warning fake-style, "
                    + "info fake-info",
            "'rules: {fake-style: info}' | ''             | error fake-error, warning fake-warning, info fake-style, "
                    + "info fake-info",
            "'presets: [all]\nrules: {fake-style: off}' | '' | error fake-error, warning fake-warning, info fake-info",
            "''                          | --enable=fake-style | error fake-error, warning fake-warning, warning "
                    + "fake-style, info fake-info",
    })
    void presetsSelectRulesAndRuleSettingsWin(String config, String flag, String expected) throws Exception {
        compose(MainTest.COMPOSE.replace("    x-fake-warning: true\n", "    x-fake-warning: true\n    x-fake-style: 1\n"));
        config(config.replace("\\n", "\n"));
        assertThat(flag.isEmpty() ? rulesAndSeverities() : rulesAndSeverities(flag)).isEqualTo(expected);
    }

    @Test
    void explainPrintsTheBundledDocPage() {
        Cli.Result result = Cli.run(dir, "--explain", "fake-error");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("# fake-error\n\nA test rule that reports the `x-fake-error` key.\n");
    }

    @Test
    void explainWithoutADocPageSummarisesTheRule() {
        Cli.Result result = Cli.run(dir, "--explain", "fake-info");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("""
                fake-info: Reports x-fake-info
                default severity: info, category: correctness
                No documentation page is bundled for this rule; see \
                https://github.com/composelint/composelint/blob/main/docs/rules/fake-info.md
                """);
    }

    @Test
    void explainAnUnknownRuleIsAUsageError() {
        Cli.Result result = Cli.run(dir, "--explain", "fake-errr");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo(
                "composelint: unknown rule 'fake-errr'; did you mean 'fake-error'? (see --list-rules)\n");
    }
}
