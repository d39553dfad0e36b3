package dev.composelint.rules;

import dev.composelint.core.config.ConfigException;
import dev.composelint.core.config.ConfigLoader;
import dev.composelint.core.config.LintConfig;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.engine.Linter;
import dev.composelint.core.load.LoadRequest;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleMeta;
import dev.composelint.fixtures.FixtureAssert;
import dev.composelint.fixtures.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one fixture harness: every case under src-test-fixtures/rules yields exactly its {@code # expect:} marks
 * (rule, line, and where the mark says so column and message), with every built-in rule and every loader diagnostic
 * switched on, so fixtures also prove other rules quiet, unless a case names its rules with {@code # rules:}.
 * Rules outside the {@code recommended} preset count only on the cases of their own rule directory. A case may
 * configure rule options in its own {@code .composelint.yaml}.
 */
class RuleFixturesTest {

    private static final Linter LINTER = Linter.builder().discoverRules().build();
    /** Rules outside the recommended preset: checked only on the fixtures in their own directory. */
    private static final Set<String> OPT_IN = LINTER.rules().stream().map(Rule::meta)
            .filter(meta -> !meta.presets().contains(RuleMeta.RECOMMENDED)).map(RuleMeta::id)
            .collect(Collectors.toSet());

    @TestFactory
    Stream<DynamicTest> everyFixtureYieldsExactlyItsMarks() {
        List<Path> cases = Fixtures.ruleCases();
        assertThat(cases).isNotEmpty();
        return cases.stream().map(dir -> DynamicTest.dynamicTest(
                Fixtures.root().relativize(dir).toString(), () -> {
                    LintResult result = linterFor(dir).lint(LoadRequest.of(dir).withEnvironment(Map.of())
                            .withWorkingDirectory(dir));
                    String own = Fixtures.root().relativize(dir).getName(1).toString();
                    FixtureAssert.assertMatchesMarks(dir, result, f -> !f.ruleId().equals("unused-suppression")
                            && (!OPT_IN.contains(f.ruleId()) || f.ruleId().equals(own)));
                    FixtureAssert.assertMatchesProjects(dir, result);
                }));
    }

    /** The shared linter, or one configured by the case's own {@code .composelint.yaml} (rule options). */
    private static Linter linterFor(Path dir) throws ConfigException {
        Path config = dir.resolve(".composelint.yaml");
        if (!Files.isRegularFile(config)) return LINTER;
        LintConfig settings = ConfigLoader.load(config);
        settings.validate(LINTER.rules().stream().map(Rule::meta).toList());
        Linter.Builder builder = Linter.builder().discoverRules();
        settings.rules().values().forEach(rule -> builder.settings(rule.id(), rule.settings()));
        return builder.build();
    }

    @Test
    void everyRuleHasDocsAndAtLeastThreePositiveAndThreeNegativeCases() throws Exception {
        Path root = Fixtures.root().getParent();
        for (var rule : LINTER.rules()) {
            String id = rule.meta().id();
            assertThat(root.resolve(rule.meta().docPath())).as("doc page of " + id).isRegularFile();
            for (String kind : List.of("positive", "negative")) {
                Path dir = Fixtures.root().resolve("rules").resolve(id).resolve(kind);
                long count = Files.isDirectory(dir) ? Files.list(dir).filter(Files::isDirectory).count() : 0;
                assertThat(count).as(kind + " fixture cases of " + id).isGreaterThanOrEqualTo(3);
            }
        }
    }

    @Test
    void incidentYieldsExactlyTheExpectedFindings() {
        Path incident = Fixtures.incident();
        LintResult result = LINTER.lint(LoadRequest.of(incident).withEnvironment(Map.of())
                .withWorkingDirectory(incident));
        assertThat(result.workspace().projects()).hasSize(2)
                .allSatisfy(p -> assertThat(p.name()).isEqualTo("secureconnect-backend"));
        FixtureAssert.assertMatchesMarks(incident, result, f -> !OPT_IN.contains(f.ruleId()));
        assertThat(result.findings()).filteredOn(f -> f.message().startsWith("scrape target \"api-gateway:8080\""))
                .singleElement().satisfies(f -> assertThat(f.related()).singleElement().satisfies(r -> {
                    assertThat(r.source().file().getFileName().toString()).isEqualTo("docker-compose.yml");
                    assertThat(r.message()).isEqualTo("service api-gateway is declared here");
                }));
    }
}
