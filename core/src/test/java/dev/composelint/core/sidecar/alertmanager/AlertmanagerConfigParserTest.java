package dev.composelint.core.sidecar.alertmanager;

import dev.composelint.core.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AlertmanagerConfigParserTest {

    @Test
    void nestedRoutesInheritTheirParentsReceiver(@TempDir Path dir) throws Exception {
        AlertmanagerParse parse = AlertmanagerConfigParser.parse(Files.writeString(dir.resolve("am.yml"), """
                route:
                  receiver: ops
                  routes:
                    - matchers: [team="db"]
                      routes:
                        - matchers: [severity="page"]
                          receiver: pager
                    - matchers: [team="web"]
                receivers:
                  - name: ops
                  - name: pager
                    pagerduty_configs:
                      - routing_key: abc
                  - name: unused
                    webhook_configs:
                      - url: http://hooks.example.com
                """));
        assertThat(parse.diagnostics()).isEmpty();
        assertThat(parse.config().routedReceivers()).extracting(AlertmanagerConfig.Receiver::name)
                .containsExactly("ops", "pager");
        assertThat(parse.config().canDeliver()).isTrue();
        assertThat(parse.config().receivers().get("pager").integrations()).containsExactly("pagerduty_configs");
    }

    @Test
    void whatAlertmanagerRefusesIsLocated(@TempDir Path dir) throws Exception {
        AlertmanagerParse parse = AlertmanagerConfigParser.parse(Files.writeString(dir.resolve("am.yml"), """
                route:
                  routes:
                    - receiver: missing
                receivers:
                  - name: ops
                  - name: ops
                  - email_configs: []
                """));
        assertThat(parse.fails()).isTrue();
        assertThat(parse.diagnostics()).extracting(f -> f.source().line(), Finding::message)
                .extracting(t -> t.toList().get(0))
                .containsExactly(1, 3, 6, 7);
        assertThat(parse.diagnostics()).allSatisfy(f -> assertThat(f.ruleId()).isEqualTo("alertmanager-config"));
    }

    @Test
    void anEmptyFileOrAScalarIsRefused(@TempDir Path dir) throws Exception {
        assertThat(AlertmanagerConfigParser.parse(Files.writeString(dir.resolve("a.yml"), "")).fails()).isTrue();
        assertThat(AlertmanagerConfigParser.parse(Files.writeString(dir.resolve("b.yml"), "just text\n"))
                .diagnostics()).singleElement().satisfies(f -> assertThat(f.message()).contains("mapping"));
    }
}
