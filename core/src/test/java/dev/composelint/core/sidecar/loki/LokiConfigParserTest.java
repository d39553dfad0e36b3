package dev.composelint.core.sidecar.loki;

import dev.composelint.core.Finding;
import dev.composelint.core.sidecar.common.ConfigUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LokiConfigParserTest {

    @TempDir
    Path dir;

    @Test
    void splitsTheCommaSeparatedAlertmanagerUrlsAndSkipsSrvLookups() throws IOException {
        Path file = Files.writeString(dir.resolve("loki.yaml"), """
                auth_enabled: false
                ruler:
                  alertmanager_url: http://am-1:9093, dns+http://am-2:9093,dnssrv+_http._tcp.am
                """);
        assertThat(LokiConfigParser.parse(file).urls())
                .extracting(u -> u.url().text(), ConfigUrl::host, ConfigUrl::port, u -> u.source().line())
                .containsExactly(tuple("http://am-1:9093", "am-1", 9093, 3),
                        tuple("http://am-2:9093", "am-2", 9093, 3));
    }

    @Test
    void noRulerMeansNoUrls() throws IOException {
        Path file = Files.writeString(dir.resolve("loki.yaml"), "server:\n  http_listen_port: 3100\n");
        assertThat(LokiConfigParser.parse(file).urls()).isEmpty();
    }

    @Test
    void reportsFieldsOfTheWrongShape() throws IOException {
        Path ruler = Files.writeString(dir.resolve("ruler.yaml"), "ruler:\n  - alertmanager_url: http://am:9093\n");
        assertThat(LokiConfigParser.parse(ruler).diagnostics()).extracting(Finding::ruleId, Finding::message)
                .containsExactly(tuple("loki-config", "ruler must be a mapping, not a sequence"));
        Path url = Files.writeString(dir.resolve("url.yaml"), "ruler:\n  alertmanager_url: [http://am:9093]\n");
        assertThat(LokiConfigParser.parse(url).diagnostics()).extracting(Finding::message)
                .containsExactly("alertmanager_url must be a string, not a sequence");
        assertThat(LokiConfigParser.parse(url).urls()).isEmpty();
    }
}
