package dev.composelint.core.sidecar;

import dev.composelint.core.load.LoadRequest;
import dev.composelint.core.load.WorkspaceLoader;
import dev.composelint.core.model.Workspace;
import dev.composelint.core.sidecar.grafana.GrafanaDatasource;
import dev.composelint.core.sidecar.grafana.GrafanaInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Grafana, Promtail and Loki configs found through the mounts of loaded compose projects. */
class MonitoringSidecarsTest {

    @TempDir
    Path repo;

    private Workspace load(String compose) throws IOException {
        Files.writeString(repo.resolve("compose.yaml"), compose);
        return new WorkspaceLoader().load(LoadRequest.of(repo).withEnvironment(Map.of())
                .withWorkingDirectory(repo));
    }

    private Path write(String relative, String content) throws IOException {
        Path file = repo.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test
    void grafanaDatasourcesComeFromADirectoryMountAndSingleFileMountsInNameOrder() throws IOException {
        write("prov/datasources/b.yml", "datasources:\n  - name: B\n    url: http://b:1\n");
        write("prov/datasources/a.yaml", "datasources:\n  - name: A\n    url: http://a:1\n");
        write("prov/datasources/notes.txt", "datasources:\n  - name: ignored\n    url: http://x:1\n");
        write("extra.yml", "datasources:\n  - name: Extra\n    url: http://c:1\n");
        Workspace workspace = load("""
                services:
                  grafana:
                    image: grafana/grafana:11.3.0
                    volumes:
                      - ./prov:/etc/grafana/provisioning:ro
                  other:
                    image: example/dashboard:1.0
                    environment:
                      GF_PATHS_PROVISIONING: /srv/provisioning
                    volumes:
                      - ./extra.yml:/srv/provisioning/datasources/extra.yml
                  plain:
                    image: nginx:1.27
                """);
        Sidecars sidecars = Sidecars.compute(workspace);
        assertThat(sidecars.grafana()).extracting(g -> g.service().name(), GrafanaInstance::provisioningPath,
                        g -> g.datasources().stream().map(GrafanaDatasource::name).toList())
                .containsExactly(
                        tuple("grafana", "/etc/grafana/provisioning", java.util.List.of("A", "B")),
                        tuple("other", "/srv/provisioning", java.util.List.of("Extra")));
        assertThat(sidecars.grafana()).isSameAs(sidecars.grafana());
    }

    @Test
    void grafanaProvisioningInAVolumeIsUnknowable() throws IOException {
        Workspace workspace = load("""
                services:
                  grafana:
                    image: grafana/grafana:11.3.0
                    volumes:
                      - provisioning:/etc/grafana/provisioning
                volumes:
                  provisioning:
                """);
        assertThat(Sidecars.compute(workspace).grafana()).singleElement()
                .satisfies(g -> assertThat(g.datasources()).isEmpty());
    }

    @Test
    void promtailAndLokiConfigsFollowTheConfigFileFlagOrTheImageDefault() throws IOException {
        Path promtail = write("promtail/config.yml", "clients:\n  - url: http://loki:3100/loki/api/v1/push\n");
        Path loki = write("loki/loki.yaml", "ruler:\n  alertmanager_url: http://alertmanager:9093\n");
        Workspace workspace = load("""
                services:
                  promtail:
                    image: grafana/promtail:3.2.1
                    volumes:
                      - ./promtail/config.yml:/etc/promtail/config.yml:ro
                  loki:
                    image: grafana/loki:3.2.1
                    command: -config.file=/etc/loki/loki.yaml -config.expand-env=true
                    volumes:
                      - ./loki:/etc/loki:ro
                  loki-default:
                    image: grafana/loki:3.2.1
                """);
        Sidecars sidecars = Sidecars.compute(workspace);
        assertThat(sidecars.promtail()).extracting(u -> u.service().name(), SidecarUrls::configFile,
                        u -> u.urls().get(0).host())
                .containsExactly(tuple("promtail", promtail, "loki"));
        assertThat(sidecars.loki()).extracting(u -> u.service().name(), SidecarUrls::configFile,
                        u -> u.urls().get(0).host())
                .containsExactly(tuple("loki", loki, "alertmanager"));
    }

    @Test
    void thePrometheusLayoutHasKeyPositionsAndTheAlertsOfMatchedRuleFiles() throws IOException {
        write("prometheus/prometheus.yml", """
                # comment
                global:
                  scrape_interval: 15s
                rule_files:
                  - rules/*.yml
                """);
        write("prometheus/rules/a.yml", """
                groups:
                  - name: g
                    rules:
                      - record: r
                        expr: up
                      - alert: Down
                        expr: up == 0
                """);
        write("prometheus/rules/broken.yml", "groups: [\n");
        Workspace workspace = load("""
                services:
                  prometheus:
                    image: prom/prometheus:v3.1.0
                    volumes:
                      - ./prometheus:/etc/prometheus:ro
                """);
        Sidecars sidecars = Sidecars.compute(workspace);
        var layout = sidecars.layout(sidecars.prometheus().get(0));
        assertThat(layout.topLevelKeys().keySet()).containsExactly("global", "rule_files");
        assertThat(layout.start().line()).isEqualTo(2);
        assertThat(layout.key("rule_files").line()).isEqualTo(4);
        assertThat(layout.key("alerting")).isNull();
        assertThat(layout.ruleFiles()).extracting(r -> r.file().getFileName().toString(), r -> r.readable(),
                        r -> r.alerts().stream().map(a -> a.name() + "@" + a.source().line()).toList())
                .containsExactly(tuple("a.yml", true, java.util.List.of("Down@6")),
                        tuple("broken.yml", false, java.util.List.of()));
        assertThat(sidecars.layout(sidecars.prometheus().get(0))).isSameAs(layout);
    }

    @Test
    void alertmanagerTakesItsConfigFlagWithTwoDashesOnly() throws IOException {
        Path config = write("am/alertmanager.yml", "route:\n  receiver: none\nreceivers:\n  - name: none\n");
        write("am/other.yml", "route:\n  receiver: none\nreceivers:\n  - name: none\n");
        Workspace workspace = load("""
                services:
                  kingpin:
                    image: prom/alertmanager:v0.27.0
                    command: --config.file=/etc/am/alertmanager.yml
                    volumes:
                      - ./am:/etc/am:ro
                  one-dash:
                    image: prom/alertmanager:v0.27.0
                    command: -config.file=/etc/am/alertmanager.yml
                    volumes:
                      - ./am:/etc/am:ro
                """);
        Sidecars sidecars = Sidecars.compute(workspace);
        // kingpin refuses -config.file: the one-dash service does not run with that file
        assertThat(sidecars.alertmanagers()).extracting(a -> a.service().name(), a -> a.configFile())
                .containsExactly(tuple("kingpin", config));
    }
}
