package dev.composelint.rules;

import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules that grade their findings case by case, as the README's severity policy says. */
class SeverityGradingTest {

    @Test
    void defaultCredentialsAreAWarningWhenPublishedEverywhereAndAnInfoOnLoopback(@TempDir Path dir)
            throws Exception {
        List<Finding> findings = SingleRuleLint.lint(new DefaultCredentialsRule(), dir, """
                services:
                  grafana:
                    image: grafana/grafana:11.3.0
                    ports: ["3000:3000"]
                  db:
                    image: postgres:16.3
                    ports: ["127.0.0.1:5432:5432"]
                    environment:
                      POSTGRES_PASSWORD: postgres
                """);
        assertThat(findings).extracting(f -> f.message().split(" ")[1], Finding::severity)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("grafana", Severity.WARNING),
                        org.assertj.core.groups.Tuple.tuple("variable", Severity.INFO));
    }
}
