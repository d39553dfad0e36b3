package dev.composelint.bench;

import dev.composelint.core.engine.LintResult;
import dev.composelint.core.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class WorkloadTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 25, 200})
    void theDefaultRulesFindNothing(int services, @TempDir Path dir) {
        Workload.write(dir, services);

        LintResult result = Workload.lint(dir);

        assertThat(result.findings()).isEmpty();
        Project project = result.workspace().projects().get(0);
        assertThat(project.name()).isEqualTo("bench");
        assertThat(project.services()).hasSize(services + 2);
        assertThat(result.rules()).extracting(r -> r.id())
                .contains("port-conflict", "missing-volume", "obsolete-version", "external-network-mismatch");
    }

    @Test
    void sameSizeSameBytes(@TempDir Path a, @TempDir Path b) throws Exception {
        Path first = Workload.write(a, 40);
        Path second = Workload.write(b, 40);

        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        assertThat(Files.readString(a.resolve("prometheus/prometheus.yml")))
                .isEqualTo(Files.readString(b.resolve("prometheus/prometheus.yml")))
                .contains("- 'svc-0010:8080'", "- 'svc-0040:8080'").doesNotContain("svc-0011");
        assertThat(a.resolve("config/svc-0040.conf")).isRegularFile();
    }

    @Test
    void serviceShape() {
        String yaml = Workload.compose(3);

        assertThat(yaml).contains("""
                  svc-0003:
                    image: registry.example.com/bench/svc-0003:1.3.3
                    depends_on:
                      - svc-0001
                      - svc-0002
                    volumes:
                      - svc-0003-data:/var/lib/app
                      - ./config/svc-0003.conf:/etc/app/app.conf:ro
                """, "      - '127.0.0.1:20003:8080'\n    networks:\n      - net-3\n      - shared\n");
        assertThat(yaml.lines().filter(l -> l.matches("  net-\\d:|  shared:"))).hasSize(4);
    }
}
