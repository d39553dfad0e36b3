package dev.composelint.rules;

import dev.composelint.core.Finding;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.engine.Linter;
import dev.composelint.core.load.LoadRequest;
import dev.composelint.fixtures.ExpectMarks;
import dev.composelint.fixtures.Expectation;
import dev.composelint.fixtures.FixtureAssert;
import dev.composelint.fixtures.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule alone over its fixture cases and the incident: findings are exactly the marks. */
class AbsentScrapeTargetFixtureTest {

    private static final String ID = "absent-scrape-target";
    private static final Linter LINTER = Linter.builder().rule(new AbsentScrapeTargetRule()).build();

    private static LintResult lint(Path dir) {
        return LINTER.lint(LoadRequest.of(dir).withEnvironment(Map.of()).withWorkingDirectory(dir));
    }

    @TestFactory
    Stream<DynamicTest> everyCaseYieldsExactlyItsMarks() {
        Path rules = Fixtures.root().resolve("rules");
        List<Path> cases = Fixtures.ruleCases().stream().filter(dir -> dir.startsWith(rules.resolve(ID))).toList();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(6);
        return cases.stream().map(dir -> DynamicTest.dynamicTest(rules.relativize(dir).toString(),
                () -> assertThat(FixtureAssert.actual(dir, lint(dir), f -> f.ruleId().equals(ID)))
                        .containsExactlyElementsOf(ExpectMarks.read(dir).stream()
                                .filter(e -> e.ruleId().equals(ID)).toList())));
    }

    @Test
    void incidentYieldsTheMarkedTargetsWithActionableMessages() {
        Path incident = Fixtures.incident();
        LintResult result = lint(incident);
        List<Expectation> marked = ExpectMarks.read(incident).stream().filter(e -> e.ruleId().equals(ID)).toList();
        assertThat(marked).hasSize(8);
        assertThat(FixtureAssert.actual(incident, result, f -> f.ruleId().equals(ID)))
                .containsExactlyElementsOf(marked);
        List<Finding> findings = result.findings().stream().filter(f -> f.ruleId().equals(ID)).toList();
        assertThat(findings).extracting(Finding::message).contains(
                "scrape target \"api-gateway:8080\" names service api-gateway, which shares no network "
                        + "with prometheus (prometheus is on secureconnect-backend_monitoring-net, "
                        + "secureconnect-net; api-gateway is on "
                        + "secureconnect-backend_secureconnect-net); attach both to one network",
                "scrape target \"notification-service:8085\" names no service, alias, container_name or hostname "
                        + "of the workspace; fix the host or add the service");
        assertThat(findings.stream().filter(f -> f.message().contains("api-gateway:8080")).findFirst().orElseThrow()
                .related()).singleElement().satisfies(r -> {
                    assertThat(r.source().file().getFileName().toString()).isEqualTo("docker-compose.yml");
                    assertThat(r.message()).isEqualTo("service api-gateway is declared here");
                });
    }
}
