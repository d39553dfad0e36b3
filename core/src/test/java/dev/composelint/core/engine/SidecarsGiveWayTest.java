package dev.composelint.core.engine;

import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.load.LoadRequest;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule that asks for the sidecars before they are read gives way and runs again later; even one that catches the
 * signal reports only what it finds with the sidecars.
 */
class SidecarsGiveWayTest {

    @TempDir
    Path repo;

    /** Catches everything around its question, as a careless rule might. */
    private static final class Careless implements Rule {
        private static final RuleMeta META = new RuleMeta("careless", "asks for sidecars", Category.CORRECTNESS,
                Severity.INFO);

        @Override
        public RuleMeta meta() {
            return META;
        }

        @Override
        public void check(RuleContext context) {
            Source at = Source.file(context.workspace().root());
            int prometheus;
            try {
                prometheus = context.sidecars().prometheus().size();
            } catch (Throwable swallowed) {
                context.at(at, "went on without the sidecars").report();
                return;
            }
            context.at(at, "prometheus instances: " + prometheus).report();
        }
    }

    @RepeatedTest(5)
    void reportsOnlyWhatItFindsWithTheSidecars() throws IOException {
        Files.createDirectories(repo.resolve("prometheus"));
        // a config large enough that the rule usually asks before it is read
        StringBuilder config = new StringBuilder("scrape_configs:\n");
        for (int i = 0; i < 3000; i++) {
            config.append("  - job_name: web-").append(i).append("\n    static_configs: [{targets: ['web:80']}]\n");
        }
        Files.writeString(repo.resolve("prometheus/prometheus.yml"), config);
        Files.writeString(repo.resolve("compose.yaml"), """
                services:
                  web:
                    image: nginx:1.27
                  prometheus:
                    image: prom/prometheus:v3.1.0
                    volumes:
                      - ./prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro
                """);
        LintResult result = Linter.builder().rule(new Careless()).build()
                .lint(LoadRequest.of(repo).withEnvironment(Map.of()).withWorkingDirectory(repo));

        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("careless")).extracting(Finding::message)
                .containsExactly("prometheus instances: 1");
    }
}
