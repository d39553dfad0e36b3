package dev.composelint.rules;

import dev.composelint.core.engine.LintResult;
import dev.composelint.core.engine.Linter;
import dev.composelint.core.load.LoadRequest;
import dev.composelint.fixtures.FixtureAssert;
import dev.composelint.fixtures.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one fixture harness: every case under src-test-fixtures/rules yields exactly its {@code # expect:} marks,
 * with every built-in rule and every loader diagnostic switched on (so fixtures also prove other rules quiet).
 */
class RuleFixturesTest {

    private static final Linter LINTER = Linter.builder().discoverRules().build();

    @TestFactory
    Stream<DynamicTest> everyFixtureYieldsExactlyItsMarks() {
        List<Path> cases = Fixtures.ruleCases();
        assertThat(cases).isNotEmpty();
        return cases.stream().map(dir -> DynamicTest.dynamicTest(
                Fixtures.root().relativize(dir).toString(), () -> {
                    LintResult result = LINTER.lint(LoadRequest.of(dir).withEnvironment(Map.of())
                            .withWorkingDirectory(dir));
                    FixtureAssert.assertMatchesMarks(dir, result, f -> !f.ruleId().equals("unused-suppression"));
                    FixtureAssert.assertMatchesProjects(dir, result);
                }));
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
        FixtureAssert.assertMatchesMarks(incident, result, f -> true);
    }
}
