package dev.composelint.core.sidecar.grafana;

import dev.composelint.core.Finding;
import dev.composelint.core.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class GrafanaProvisioningTest {

    private static final Map<String, String> ENV = Map.of("PROM", "prometheus:9090", "HOST", "loki");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "http://${PROM}            | http://prometheus:9090",
            "http://$HOST:3100         | http://loki:3100",
            "http://$__env{HOST}:3100  | http://loki:3100",
            "http://loki:3100          | http://loki:3100",
            "http://${MISSING}:3100    | NULL",
            "$__file{/run/secrets/url} | NULL",
    })
    void expandsVariablesFromTheServiceEnvironmentOnly(String text, String expected) {
        assertThat(GrafanaProvisioning.expand(text, ENV::get)).isEqualTo(expected);
    }

    @Test
    void readsEveryDatasourceWithItsUrlPositionAndAccess() throws IOException {
        Path file = Files.writeString(dir.resolve("ds.yaml"), """
                apiVersion: 1
                datasources:
                  - name: Prometheus
                    type: prometheus
                    url: http://${PROM}
                  - name: Browser
                    access: direct
                    url: http://localhost:9090
                  - name: Postgres
                    type: postgres
                    url: db:5432
                  - name: No url
                    type: testdata
                deleteDatasources:
                  - name: Old
                """);
        GrafanaProvisioning.Provisioned provisioned = GrafanaProvisioning.read(List.of(file), ENV::get);
        assertThat(provisioned.diagnostics()).isEmpty();
        List<GrafanaDatasource> datasources = provisioned.datasources();
        assertThat(datasources).extracting(GrafanaDatasource::name, d -> d.url().text(),
                        GrafanaDatasource::proxied, d -> d.endpoint().host(), d -> d.endpoint().port())
                .containsExactly(
                        tuple("Prometheus", "http://${PROM}", true, "prometheus", 9090),
                        tuple("Browser", "http://localhost:9090", false, "localhost", 9090),
                        tuple("Postgres", "db:5432", true, "db", 5432));
        assertThat(datasources.get(0).source()).isEqualTo(new Source(file, 5, 10, 5, 24));
        assertThat(datasources.get(0).endpoint().url().text()).isEqualTo("http://prometheus:9090");
    }

    @Test
    void badFilesContributeNothingAndAreReported() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "datasources: [\n");
        Path list = Files.writeString(dir.resolve("list.yaml"), "- name: x\n  url: http://a:1\n");
        Path scalarList = Files.writeString(dir.resolve("scalar.yaml"), "datasources: [http://a:1]\n");
        Path badName = Files.writeString(dir.resolve("name.yaml"), "datasources:\n  - name: {a: 1}\n");
        Path empty = Files.writeString(dir.resolve("empty.yaml"), "# nothing yet\n");
        GrafanaProvisioning.Provisioned provisioned = GrafanaProvisioning.read(List.of(broken, list, scalarList,
                badName, empty), ENV::get);
        assertThat(provisioned.datasources()).isEmpty();
        assertThat(provisioned.diagnostics()).allSatisfy(f -> assertThat(f.ruleId()).isEqualTo("grafana-config"));
        assertThat(provisioned.diagnostics()).extracting(Finding::message).contains(
                "a Grafana provisioning file must be a mapping, not a sequence",
                "a datasources entry must be a mapping, not a string",
                "name must be a string, not a mapping");
        assertThat(provisioned.diagnostics()).extracting(f -> f.source().file()).contains(broken)
                .doesNotContain(empty);
    }
}
