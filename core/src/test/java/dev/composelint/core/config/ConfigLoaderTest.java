package dev.composelint.core.config;

import dev.composelint.core.Severity;
import dev.composelint.core.engine.RuleSettings;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.RuleMeta;
import dev.composelint.core.rule.RuleOption;
import dev.composelint.core.load.ProjectDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryKey() throws Exception {
        Path file = write(".composelint.yaml", """
                rules:
                  no-latest-tag: off
                  no-privileged: warning
                  port-conflict:
                    severity: info
                    options:
                      ignore-ports: [80, 443]
                      strict: true
                      prefix: app
                      limit: 5000000000
                  unused-suppression: {options: {}}
                ignore:
                  - vendor/**
                  - "*.bak.yaml"
                profiles: [debug, test]
                fail-on: warning
                projects:
                  - name: shop
                    directory: apps/shop
                    files: [apps/shop/compose.yaml, apps/shop/compose.prod.yaml]
                    env-files: [apps/shop/.env.prod]
                  - files: [other.yaml]
                """);
        LintConfig config = ConfigLoader.load(file);

        assertThat(config.file()).isEqualTo(file);
        assertThat(config.rules().keySet())
                .containsExactly("no-latest-tag", "no-privileged", "port-conflict", "unused-suppression");
        assertThat(config.rules().get("no-latest-tag").settings()).isEqualTo(RuleSettings.OFF);
        assertThat(config.rules().get("no-privileged").settings())
                .isEqualTo(new RuleSettings(true, Severity.WARNING, Map.of()));
        RuleConfig ports = config.rules().get("port-conflict");
        assertThat(ports.settings().enabled()).isTrue();
        assertThat(ports.settings().severity()).isEqualTo(Severity.INFO);
        assertThat(ports.settings().options()).isEqualTo(Map.of("ignore-ports", List.of(80, 443), "strict", true,
                "prefix", "app", "limit", 5_000_000_000L));
        assertThat(ports.source().line()).isEqualTo(4);
        assertThat(ports.source().column()).isEqualTo(3);
        assertThat(config.rules().get("unused-suppression").settings()).isEqualTo(RuleSettings.DEFAULT);
        assertThat(config.ignore()).containsExactly("vendor/**", "*.bak.yaml");
        assertThat(config.profiles()).containsExactly("debug", "test");
        assertThat(config.failOn()).isEqualTo(FailOn.WARNING);
        assertThat(config.projects()).containsExactly(
                new ProjectDefinition("shop", dir.resolve("apps/shop"),
                        List.of(dir.resolve("apps/shop/compose.yaml"), dir.resolve("apps/shop/compose.prod.yaml")),
                        List.of(dir.resolve("apps/shop/.env.prod"))),
                new ProjectDefinition(null, null, List.of(dir.resolve("other.yaml")), List.of()));
    }

    @Test
    void strictEnvIsOffUnlessSet() throws Exception {
        assertThat(ConfigLoader.parse(dir.resolve("c.yaml"), "strict-env: true").strictEnv()).isTrue();
        assertThat(ConfigLoader.parse(dir.resolve("c.yaml"), "strict-env: false").strictEnv()).isFalse();
        assertThat(ConfigLoader.parse(dir.resolve("c.yaml"), "fail-on: info").strictEnv()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                   | ",
            "'# only a comment'   | ",
            "'fail-on: never'     | NEVER",
            "'fail-on: ERROR'     | ERROR",
            "'fail-on: info'      | INFO",
    })
    void emptyFilesAndFailOnValues(String text, FailOn expected) throws Exception {
        LintConfig config = ConfigLoader.parse(dir.resolve("c.yaml"), text);
        assertThat(config.failOn()).isEqualTo(expected);
        assertThat(config.rules()).isEmpty();
        assertThat(config.projects()).isEmpty();
    }

    static Stream<Arguments> badConfigurations() {
        return Stream.of(
                Arguments.of("rulez: {}", "1:1",
                        "unknown key 'rulez' in the configuration; expected one of allow-outside, fail-on, ignore, presets,"
                                + " profiles, projects, rules, strict-env"),
                Arguments.of("strict-env: yes", "1:13", "invalid strict-env 'yes'; expected true or false"),
                Arguments.of("rules:\n  a: {severity: off, option: 1}", "2:22",
                        "unknown key 'option' in rule 'a'; expected one of options, severity"),
                Arguments.of("rules:\n  a: loud", "2:6",
                        "invalid rule level 'loud'; expected off, error, warning or info"),
                Arguments.of("rules: [a]", "1:8",
                        "'rules' must be a mapping"),
                Arguments.of("rules:\n  a: [error]", "2:6",
                        "rule 'a' must be a mapping"),
                Arguments.of("rules:\n  a: {options: [1]}", "2:16",
                        "'options' must be a mapping"),
                Arguments.of("ignore: vendor", "1:9",
                        "'ignore' must be a list"),
                Arguments.of("ignore: [{a: 1}]", "1:10",
                        "an entry of 'ignore' must be a single value"),
                Arguments.of("profiles: [~]", "1:12",
                        "an entry of 'profiles' must be a single value"),
                Arguments.of("fail-on: sometimes", "1:10",
                        "invalid fail-on 'sometimes'; expected error, warning, info or never"),
                Arguments.of("fail-on: [error]", "1:10",
                        "'fail-on' must be a single value"),
                Arguments.of("projects:\n  - {name: x}", "2:5",
                        "a project needs 'files' or a 'directory'"),
                Arguments.of("projects:\n  - {files: [a], dir: b}", "2:18",
                        "unknown key 'dir' in a project; expected one of directory, env-files, files, name"),
                Arguments.of("projects: {a: 1}", "1:11",
                        "'projects' must be a list"),
                Arguments.of("- rules", "1:1",
                        "the configuration must be a mapping"),
                Arguments.of("rules: {}\nrules: {}", "2:1",
                        "duplicate key 'rules' in the configuration"),
                Arguments.of("1: x", "1:1",
                        "keys in the configuration must be strings"),
                Arguments.of("rules: {a: b", "1:13",
                        "invalid YAML: expected ',' or '}', but got <stream end>"),
                Arguments.of("a: b: c", "1:5",
                        "invalid YAML: mapping values are not allowed here"));
    }

    @ParameterizedTest
    @MethodSource("badConfigurations")
    void reportsProblemsWithTheirPosition(String text, String position, String reason) {
        Path file = dir.resolve(".composelint.yaml");
        assertThatThrownBy(() -> ConfigLoader.parse(file, text))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.source().line() + ":" + e.source().column()).isEqualTo(position);
                    assertThat(e.source().file()).isEqualTo(file);
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).isEqualTo(file + ":" + position + ": " + reason);
                });
    }

    @Test
    void unknownRuleIdsAreReportedAtTheirKeyWithASuggestion() throws Exception {
        LintConfig config = ConfigLoader.parse(dir.resolve("c.yaml"), "rules:\n  yaml: off\n  no-latset-tag: off\n");
        assertThatThrownBy(() -> config.validate(metas("yaml", "no-latest-tag")))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.source().line()).isEqualTo(3);
                    assertThat(e.source().column()).isEqualTo(3);
                    assertThat(e.reason()).isEqualTo("unknown rule 'no-latset-tag'; did you mean 'no-latest-tag'?");
                });
        LintConfig far = ConfigLoader.parse(dir.resolve("c.yaml"), "rules:\n  something-else: off\n");
        assertThatThrownBy(() -> far.validate(metas("yaml")))
                .hasMessageEndingWith(":2:3: unknown rule 'something-else'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "images: [a]                 | 4:7 | unknown option 'images' of rule 'known'; expected one of known-images, depth",
            "knownImages: [a]            | 4:7 | unknown option 'knownImages' of rule 'known'; did you mean 'known-images'?",
            "known-image: [a]            | 4:7 | unknown option 'known-image' of rule 'known'; did you mean 'known-images'?",
            "known-images: a             | 4:7 | option 'known-images' of rule 'known' must be a list",
            "depth: deep                 | 4:7 | option 'depth' of rule 'known' must be an integer",
    })
    void unknownOptionsAndWrongTypesAreReportedAtTheOptionKey(String option, String position, String reason)
            throws Exception {
        RuleMeta known = new RuleMeta("known", "t", Category.CORRECTNESS, Severity.ERROR, null, List.of(
                new RuleOption("known-images", RuleOption.LIST, List.of(), "images"),
                new RuleOption("depth", RuleOption.INTEGER, 3, "depth")));
        LintConfig config = ConfigLoader.parse(dir.resolve("c.yaml"),
                "rules:\n  known:\n    options:\n      " + option + "\n");
        assertThatThrownBy(() -> config.validate(List.of(known)))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.source().line() + ":" + e.source().column()).isEqualTo(position);
                    assertThat(e.reason()).isEqualTo(reason);
                });
        LintConfig none = ConfigLoader.parse(dir.resolve("c.yaml"), "rules:\n  yaml:\n    options: {x: 1}\n");
        assertThatThrownBy(() -> none.validate(metas("yaml")))
                .hasMessageEndingWith(":3:15: unknown option 'x' of rule 'yaml'; rule 'yaml' has no options");
    }

    @Test
    void presetsAreReadAndUnknownOnesAreLocated() throws Exception {
        assertThat(ConfigLoader.parse(dir.resolve("c.yaml"), "presets: [recommended, security]\n").presets())
                .containsExactly("recommended", "security");
        assertThatThrownBy(() -> ConfigLoader.parse(dir.resolve("c.yaml"), "presets: [recommended, secure]\n"))
                .hasMessageEndingWith(":1:24: unknown preset 'secure'; expected one of recommended, security, "
                        + "strict, style, all");
    }

    private static List<RuleMeta> metas(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> new RuleMeta(id, id, Category.CORRECTNESS, Severity.ERROR))
                .toList();
    }

    @Test
    void invalidIgnoreGlobsAreReportedAtTheirEntry() {
        assertThatThrownBy(() -> ConfigLoader.parse(dir.resolve("c.yaml"), "ignore:\n  - ok/**\n  - '[abc'\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.source().line()).isEqualTo(3);
                    assertThat(e.reason()).isEqualTo("invalid ignore glob: unclosed [ in glob [abc");
                });
    }

    @Test
    void findsTheNearestFileUpwards() throws Exception {
        Path nested = Files.createDirectories(dir.resolve("a/b/c"));
        assertThat(ConfigLoader.find(nested)).isEmpty().as("no file anywhere below %s", dir);
        Path top = write(".composelint.yaml", "");
        Path middle = write("a/.composelint.yml", "");
        assertThat(ConfigLoader.find(nested)).contains(middle);
        assertThat(ConfigLoader.find(dir)).contains(top);
        Path preferred = write("a/.composelint.yaml", "");
        assertThat(ConfigLoader.find(dir.resolve("a/b"))).contains(preferred);
    }

    @Test
    void missingAndUnreadableFilesAreConfigErrors() throws Exception {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> ConfigLoader.load(missing)).isInstanceOf(ConfigException.class)
                .hasMessage(missing + ":1:1: config file not found");
        Path binary = dir.resolve("binary.yaml");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        assertThatThrownBy(() -> ConfigLoader.load(binary)).isInstanceOf(ConfigException.class)
                .hasMessage(binary + ":1:1: config file is not UTF-8 text");
        assertThatThrownBy(() -> ConfigLoader.load(dir)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(dir + ":1:1: cannot read config file");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''        | vendor/**     | vendor/**",
            "sub       | vendor/**     | ../vendor/**",
            "''        | /abs/**       | /abs/**",
    })
    void rebasesIgnoreGlobsOnTheWorkingDirectory(String workingSubdir, String glob, String expected)
            throws Exception {
        LintConfig config = ConfigLoader.parse(dir.resolve(".composelint.yaml"), "ignore: ['" + glob + "']");
        assertThat(config.ignoreRelativeTo(dir.resolve(workingSubdir))).containsExactly(expected);
        LintConfig nested = ConfigLoader.parse(dir.resolve("sub/.composelint.yaml"), "ignore: ['x/*']");
        assertThat(nested.ignoreRelativeTo(dir)).containsExactly("sub/x/*");
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
