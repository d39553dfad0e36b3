package dev.composelint.core.sidecar;

import dev.composelint.core.model.Service;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceArgsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "-config.file=/etc/loki/loki.yaml                    | NULL                     | /etc/loki/loki.yaml",
            "--config.file /etc/promtail/p.yml -log.level=debug  | NULL                     | /etc/promtail/p.yml",
            "-config.file='/etc/loki/a.yaml'                     | NULL                     | /etc/loki/a.yaml",
            "NULL                                                | /usr/bin/loki -config.file=/x.yaml | /x.yaml",
            "-config.expand-env=true                             | NULL                     | NULL",
            "NULL                                                | NULL                     | NULL",
    })
    void readsGoStyleFlagsFromCommandThenEntrypoint(String command, String entrypoint, String expected) {
        Service service = TestServices.service("loki", "grafana/loki:3.2.1", args(command), args(entrypoint),
                List.of());
        assertThat(ServiceArgs.flag(service, "config.file")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "grafana/grafana:11.3.0, grafana",
            "docker.io/grafana/grafana-oss@sha256:abc, grafana-oss",
            "localhost:5000/Grafana/Promtail:3.2.1, promtail",
    })
    void namesTheImageByItsLastSegment(String image, String name) {
        Service service = TestServices.service("x", image, null, null, List.of());
        assertThat(ServiceArgs.imageName(service)).isEqualTo(name);
    }

    private static List<String> args(String text) {
        return text == null ? null : Arrays.asList(text.trim().split(" +"));
    }
}
