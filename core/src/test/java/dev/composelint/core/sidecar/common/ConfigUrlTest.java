package dev.composelint.core.sidecar.common;

import dev.composelint.core.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigUrlTest {

    private static final Source AT = Source.of(Path.of("/repo/ds.yml"), 4, 10);

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "http://prometheus:9090                  | prometheus | 9090",
            "http://loki:3100/loki/api/v1/push       | loki       | 3100",
            "https://user:secret@tempo/api?x=1       | tempo      | 443",
            "http://grafana                          | grafana    | 80",
            "postgres:5432                           | postgres   | 5432",
            "mysql                                   | mysql      | NULL",
            "http://[::1]:9090/                      | ::1        | 9090",
            "grpc://tempo:4317                       | tempo      | 4317",
            "grpc://tempo                            | tempo      | NULL",
    })
    void splitsHostAndEffectivePort(String url, String host, Integer port) {
        ConfigUrl parsed = ConfigUrl.parse(url, AT);
        assertThat(parsed).isNotNull();
        assertThat(parsed.host()).isEqualTo(host);
        assertThat(parsed.port()).isEqualTo(port);
        assertThat(parsed.url().text()).isEqualTo(url);
        assertThat(parsed.source()).isEqualTo(AT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "${PROMETHEUS_URL}",
            "http://$HOST:9090",
            "http://prometheus:http",
            "http://prometheus:99999",
            "http://",
            "'   '",
    })
    void leavesVariablesAndBrokenUrlsAlone(String url) {
        assertThat(ConfigUrl.parse(url, AT)).isNull();
    }
}
