package dev.composelint.rules;

import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.engine.Linter;
import dev.composelint.core.evidence.Evidence;
import dev.composelint.core.evidence.StackDeploy;
import dev.composelint.core.load.LoadRequest;
import dev.composelint.core.load.WorkspaceLoader;
import dev.composelint.core.model.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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

    @Test
    void replicasScrapedByServiceNameAreReportedOnlyUnderDockerStackDeploy(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("prometheus.yml"), """
                scrape_configs:
                  - job_name: api
                    static_configs:
                      - targets: [api:8080]
                """);
        Path compose = Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  prometheus:
                    image: prom/prometheus:v3.1.0
                    volumes:
                      - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
                  api:
                    image: ghcr.io/example/api:2.0.0
                    deploy:
                      replicas: 3
                """);
        Linter linter = Linter.builder().rule(new AbsentScrapeTargetRule()).build();
        Workspace loaded = new WorkspaceLoader().load(LoadRequest.of(dir).withEnvironment(Map.of())
                .withWorkingDirectory(dir));
        assertThat(linter.check(loaded).findings()).isEmpty();

        StackDeploy deploy = new StackDeploy(Source.of(dir.resolve("deploy.sh"), 1, 1), dir, List.of(compose), "app");
        Workspace deployed = new Workspace(loaded.root(), loaded.projects(), loaded.diagnostics(),
                new Evidence(List.of(), List.of(deploy), List.of(), List.of()), loaded.composeFiles());
        assertThat(linter.check(deployed).findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("runs 3 replicas under docker stack deploy")
                    .contains("names: [tasks.api], type: A, port: 8080");
        });
    }
}
