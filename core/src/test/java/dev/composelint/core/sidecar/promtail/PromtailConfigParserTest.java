package dev.composelint.core.sidecar.promtail;

import dev.composelint.core.sidecar.common.ConfigUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PromtailConfigParserTest {

    @TempDir
    Path dir;

    @Test
    void readsTheOldClientAndEveryClientsEntryInFileOrder() throws IOException {
        Path file = Files.writeString(dir.resolve("promtail.yml"), """
                clients:
                  - url: http://loki:3100/loki/api/v1/push
                  - url: ${LOKI_URL}
                  - tenant_id: no-url
                client:
                  url: http://gateway/loki/api/v1/push
                """);
        assertThat(PromtailConfigParser.clientUrls(file))
                .extracting(ConfigUrl::host, ConfigUrl::port, u -> u.source().line(), u -> u.source().column())
                .containsExactly(tuple("loki", 3100, 2, 10), tuple("gateway", 80, 6, 8));
    }

    @Test
    void anUnreadableConfigHasNoUrls() throws IOException {
        assertThat(PromtailConfigParser.clientUrls(Files.writeString(dir.resolve("bad.yml"), "clients: [\n")))
                .isEmpty();
        assertThat(PromtailConfigParser.clientUrls(dir.resolve("missing.yml"))).isEmpty();
    }
}
