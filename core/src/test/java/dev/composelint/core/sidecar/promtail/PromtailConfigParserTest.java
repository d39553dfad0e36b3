package dev.composelint.core.sidecar.promtail;

import dev.composelint.core.Finding;
import dev.composelint.core.sidecar.common.ConfigUrl;
import dev.composelint.core.sidecar.common.UrlsParse;
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
        assertThat(PromtailConfigParser.parse(file).diagnostics()).isEmpty();
        assertThat(PromtailConfigParser.parse(file).urls())
                .extracting(ConfigUrl::host, ConfigUrl::port, u -> u.source().line(), u -> u.source().column())
                .containsExactly(tuple("loki", 3100, 2, 10), tuple("gateway", 80, 6, 8));
    }

    @Test
    void anUnreadableConfigHasNoUrlsAndIsReported() throws IOException {
        UrlsParse bad = PromtailConfigParser.parse(Files.writeString(dir.resolve("bad.yml"), "clients: [\n"));
        assertThat(bad.urls()).isEmpty();
        assertThat(bad.diagnostics()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.ruleId()).isEqualTo("promtail-config"));
        assertThat(PromtailConfigParser.parse(dir.resolve("missing.yml")).urls()).isEmpty();
    }

    @Test
    void reportsFieldsOfTheWrongShape() throws IOException {
        Path file = Files.writeString(dir.resolve("shapes.yml"), """
                clients:
                  url: http://loki:3100/loki/api/v1/push
                client: http://loki:3100
                """);
        UrlsParse parse = PromtailConfigParser.parse(file);
        assertThat(parse.urls()).isEmpty();
        assertThat(parse.diagnostics()).extracting(Finding::message, f -> f.source().line())
                .containsExactly(tuple("clients must be a list, not a mapping", 2),
                        tuple("client must be a mapping, not a string", 3));
        Path items = Files.writeString(dir.resolve("items.yml"), """
                clients:
                  - http://loki:3100/loki/api/v1/push
                  - url: [http://loki:3100]
                """);
        assertThat(PromtailConfigParser.parse(items).diagnostics()).extracting(Finding::message)
                .containsExactly("a clients entry must be a mapping, not a string",
                        "url must be a string, not a sequence");
    }
}
