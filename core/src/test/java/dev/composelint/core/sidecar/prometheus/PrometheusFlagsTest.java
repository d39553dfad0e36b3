package dev.composelint.core.sidecar.prometheus;

import dev.composelint.core.model.Service;
import dev.composelint.core.sidecar.TestServices;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PrometheusFlagsTest {

    @Test
    void theImageDefaultsWithoutCommand() {
        PrometheusFlags flags = flags(null);
        assertThat(flags.configFile()).isEqualTo("/etc/prometheus/prometheus.yml");
        assertThat(flags.agent()).isFalse();
        assertThat(flags.listenAddress()).isEqualTo("0.0.0.0:9090");
        assertThat(flags.storagePath()).isNull();
        assertThat(flags.remoteWriteReceiver()).isFalse();
    }

    @Test
    void readsAgentModeBothWays() {
        assertThat(flags("--agent --config.file=/etc/prometheus/agent.yml").agent()).isTrue();
        assertThat(flags("--enable-feature=agent").agent()).isTrue();
        assertThat(flags("--enable-feature=exemplar-storage").agent()).isFalse();
        assertThat(flags("--agent --storage.agent.path=/data").storagePath()).isEqualTo("/data");
    }

    @Test
    void readsServerFlags() {
        PrometheusFlags flags = flags("--config.file=config/p.yml --web.listen-address=:9091 "
                + "--storage.tsdb.path=/prometheus --web.enable-remote-write-receiver");
        assertThat(flags.configFile()).isEqualTo("/prometheus/config/p.yml");
        assertThat(flags.listenAddress()).isEqualTo(":9091");
        assertThat(flags.storagePath()).isEqualTo("/prometheus");
        assertThat(flags.remoteWriteReceiver()).isTrue();
        assertThat(flags("--enable-feature=remote-write-receiver").remoteWriteReceiver()).isTrue();
        assertThat(flags("--web.enable-lifecycle").configFile()).isEqualTo("/prometheus/prometheus.yml");
    }

    private static PrometheusFlags flags(String command) {
        List<String> args = command == null ? null : Arrays.asList(command.split(" +"));
        Service service = TestServices.service("prometheus", "prom/prometheus:v3.1.0", args, null, List.of());
        return PrometheusFlags.of(service);
    }
}
