package dev.composelint.core.sidecar;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Service;
import dev.composelint.core.model.Workspace;
import dev.composelint.core.sidecar.prometheus.PrometheusFlags;
import dev.composelint.core.sidecar.prometheus.PrometheusConfigParser;
import dev.composelint.core.sidecar.prometheus.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.composelint.core.sidecar.TestServices.bind;
import static dev.composelint.core.sidecar.TestServices.service;
import static dev.composelint.core.sidecar.TestServices.volume;
import static org.assertj.core.api.Assertions.assertThat;

class SidecarsTest {

    @TempDir
    Path repo;

    private static List<String> args(String text) {
        return text == null ? null : Arrays.asList(text.split(" "));
    }

    static Stream<Arguments> detection() {
        return Stream.of(
                Arguments.of("prom/prometheus:v3.1.0", null, null, true, "/etc/prometheus/prometheus.yml"),
                Arguments.of("bitnami/prometheus:2.55.1", null, null, true, "/etc/prometheus/prometheus.yml"),
                Arguments.of("quay.io/prometheus/prometheus@sha256:abc", "--config.file=/cfg/prom.yml", null, true,
                        "/cfg/prom.yml"),
                Arguments.of("prom/prometheus:v3.1.0", "--config.file /etc/p/prometheus.yml --web.enable-lifecycle",
                        null, true, "/etc/p/prometheus.yml"),
                Arguments.of("prom/prometheus:v3.1.0", "--storage.tsdb.retention.time=15d", null, true,
                        "/prometheus/prometheus.yml"),
                Arguments.of("prom/prometheus:v3.1.0", "--config.file=config/prometheus.yml", null, true,
                        "/prometheus/config/prometheus.yml"),
                Arguments.of("ghcr.io/example/custom:1.0", null, "/bin/prometheus --config.file=/etc/prometheus/x.yml",
                        true, "/etc/prometheus/x.yml"),
                Arguments.of("prom/alertmanager:v0.27.0", "--config.file=/etc/alertmanager/alertmanager.yml", null,
                        false, null),
                Arguments.of("grafana/loki:3.3.2", "--config.file=/etc/loki/local-config.yaml", null, false, null),
                Arguments.of("prom/node-exporter:v1.8.2", null, null, false, null));
    }

    @ParameterizedTest
    @MethodSource("detection")
    void findsPrometheusServicesAndTheirConfigPath(String image, String command, String entrypoint, boolean runs,
                                                    String configPath) {
        Service s = service("svc", image, args(command), args(entrypoint), List.of());
        assertThat(Sidecars.runsPrometheus(s)).isEqualTo(runs);
        if (runs) assertThat(PrometheusFlags.of(s).configFile()).isEqualTo(configPath);
    }

    @Test
    void aMountAtTheDefaultConfigPathMarksPrometheus() {
        Service s = service("metrics", null, null, null, List.of(bind(repo.resolve("p.yml"),
                "/etc/prometheus/prometheus.yml")));
        assertThat(Sidecars.runsPrometheus(s)).isTrue();
    }

    @Test
    void readsTheConfigThroughMountsAndReportsItsDiagnosticsOnce() throws IOException {
        Path monitoring = Files.createDirectories(repo.resolve("monitoring"));
        Files.createDirectories(monitoring.resolve("targets"));
        Files.writeString(monitoring.resolve("prometheus.yml"), """
                scrape_configs:
                  - job_name: api
                    static_configs: [{targets: ['api:8080']}]
                    file_sd_configs: [{files: [targets/*.yml]}]
                  - job_name: api
                """);
        Files.writeString(monitoring.resolve("targets/workers.yml"), "- targets: ['worker:9000']\n");
        Service first = service("prometheus", "prom/prometheus:v3.1.0", null, null,
                List.of(bind(monitoring, "/etc/prometheus")));
        Service second = service("prometheus-replica", "prom/prometheus:v3.1.0", null, null,
                List.of(bind(monitoring, "/etc/prometheus")));
        Service inVolume = service("baked", "prom/prometheus:v3.1.0", null, null,
                List.of(volume("prom-config", "/etc/prometheus")));
        Service inImage = service("image-only", "prom/prometheus:v3.1.0", null, null, List.of());
        Project project = TestServices.project("mon", Map.of(), first, second, inVolume, inImage);
        Workspace workspace = new Workspace(repo, List.of(project), List.of());

        Sidecars sidecars = Sidecars.compute(workspace);

        assertThat(sidecars.prometheus()).hasSize(2).allSatisfy(instance -> {
            assertThat(instance.configFile()).isEqualTo(monitoring.resolve("prometheus.yml"));
            assertThat(instance.config().jobs().get(0).targets().targets()).extracting(Target::address)
                    .containsExactly("api:8080", "worker:9000");
        });
        assertThat(sidecars.prometheus().get(0).config()).isSameAs(sidecars.prometheus().get(1).config());
        assertThat(sidecars.diagnostics()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Diagnostics.PROMETHEUS_CONFIG);
            assertThat(f.source().line()).isEqualTo(5);
            assertThat(f.message()).startsWith("found multiple scrape configs with job name \"api\"");
        });
        assertThat(sidecars.unlocatedPrometheus()).extracting(u -> u.service().name(), u -> u.reason())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("baked", "it lives in the named volume prom-config"),
                        org.assertj.core.groups.Tuple.tuple("image-only",
                                "no mount covers it, so it comes from the image"));
    }

    @Test
    void aMissingBindSourceIsUnlocated() {
        Service s = service("prometheus", "prom/prometheus:v3.1.0", null, null,
                List.of(bind(repo.resolve("absent.yml"), "/etc/prometheus/prometheus.yml")));
        Sidecars sidecars = Sidecars.compute(new Workspace(repo,
                List.of(TestServices.project("p", Map.of(), s)), List.of()));
        assertThat(sidecars.prometheus()).isEmpty();
        assertThat(sidecars.diagnostics()).extracting(Finding::message).isEmpty();
        assertThat(sidecars.unlocatedPrometheus()).singleElement().satisfies(u -> assertThat(u.reason())
                .isEqualTo("the bind-mounted file " + repo.resolve("absent.yml") + " does not exist"));
    }
}
