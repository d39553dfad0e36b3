package dev.composelint.core.sidecar;

import dev.composelint.core.model.Service;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceArgsTest {

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
}
