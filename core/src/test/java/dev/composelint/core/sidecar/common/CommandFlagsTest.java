package dev.composelint.core.sidecar.common;

import dev.composelint.core.model.Service;
import dev.composelint.core.sidecar.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommandFlagsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "-config.file=/etc/loki/loki.yaml                    | NULL                     | /etc/loki/loki.yaml",
            "--config.file /etc/promtail/p.yml -log.level=debug  | NULL                     | /etc/promtail/p.yml",
            "-config.file='/etc/loki/a.yaml'                     | NULL                     | /etc/loki/a.yaml",
            "NULL                                                | /usr/bin/loki -config.file=/x.yaml | /x.yaml",
            "-config.file=/a.yaml -config.file=/b.yaml           | NULL                     | /b.yaml",
            "-config.expand-env=true                             | NULL                     | NULL",
            "NULL                                                | NULL                     | NULL",
    })
    void readsGoStyleFlagsFromCommandThenEntrypoint(String command, String entrypoint, String expected) {
        assertThat(flags(command, entrypoint, CommandFlags.Style.GO).value("config.file")).isEqualTo(expected);
    }

    @Test
    void kingpinTakesOnlyTwoDashes() {
        assertThat(flags("-config.file=/a.yml", null, CommandFlags.Style.KINGPIN).value("config.file")).isNull();
        assertThat(flags("--config.file=/a.yml", null, CommandFlags.Style.KINGPIN).value("config.file"))
                .isEqualTo("/a.yml");
    }

    @Test
    void readsRepeatedAndBooleanFlags() {
        CommandFlags flags = flags("--enable-feature=agent,exemplar-storage --enable-feature otlp-write-receiver "
                + "--web.enable-lifecycle --no-web.enable-admin-api", null, CommandFlags.Style.KINGPIN);
        assertThat(flags.values("enable-feature")).containsExactly("agent", "exemplar-storage",
                "otlp-write-receiver");
        assertThat(flags.isSet("web.enable-lifecycle")).isTrue();
        assertThat(flags.isSet("web.enable-admin-api")).isFalse();
        assertThat(flags.isSet("agent")).isFalse();
    }

    private static CommandFlags flags(String command, String entrypoint, CommandFlags.Style style) {
        Service service = TestServices.service("svc", "image:1", args(command), args(entrypoint), List.of());
        return CommandFlags.of(service, style);
    }

    private static List<String> args(String text) {
        return text == null ? null : Arrays.asList(text.trim().split(" +"));
    }
}
