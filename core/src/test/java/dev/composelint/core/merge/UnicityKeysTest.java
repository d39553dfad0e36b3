package dev.composelint.core.merge;

import dev.composelint.core.yaml.YNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The keys that decide which sequence entries collapse; {@code <none>} means the entry is never collapsed. */
class UnicityKeysTest {

    private static YNode item(String notation) {
        return Trees.base("{x: " + notation + "}").get("x");
    }

    private static String orNone(String key) {
        return key == null ? "<none>" : key;
    }

    @ParameterizedTest(name = "port {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            80                                                        | 80
            "127.0.0.1:8080:80/udp"                                   | 127.0.0.1:8080:80/udp
            {target: 80}                                              | 0.0.0.0::80/tcp
            {target: 80, published: 8080}                             | 0.0.0.0:8080:80/tcp
            {target: 80, published: "8000-8010", host_ip: 127.0.0.1} | 127.0.0.1:8000-8010:80/tcp
            {target: 53, published: 53, protocol: udp, host_ip: ""}   | 0.0.0.0:53:53/udp
            {published: 80}                                           | <none>
            """)
    void portKeys(String port, String key) {
        assertThat(orNone(Unicity.portKey(item(port)))).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            secret | db                                  | /run/secrets/db
            secret | {source: db}                        | /run/secrets/db
            secret | {source: db, target: /etc/db}       | /etc/db
            secret | {mode: 256}                         | <none>
            config | cfg                                 | /cfg
            config | {source: cfg, target: /etc/cfg.ini} | /etc/cfg.ini
            device | /dev/fuse                           | /dev/fuse
            device | "/dev/sda:/dev/xvda:rwm"            | /dev/xvda
            device | {source: /dev/a, target: /dev/b}    | /dev/b
            envfile| {path: a.env, required: false}      | a.env
            envfile| {required: false}                   | <none>
            volume | {type: tmpfs, target: /tmp}         | /tmp
            volume | {type: bind, source: ./a}           | <none>
            volume | "./a::/b"                           | <none>
            keyval | "FOO=bar=baz"                       | FOO
            keyval | FOO                                 | FOO
            keyval | {a: b}                              | <none>
            """)
    void otherKeys(String kind, String notation, String key) {
        YNode node = item(notation);
        String actual = switch (kind.trim()) {
            case "secret" -> Unicity.mountKey(node, "/run/secrets");
            case "config" -> Unicity.mountKey(node, "");
            case "device" -> Unicity.deviceKey(node);
            case "envfile" -> Unicity.envFileKey(node);
            case "volume" -> Unicity.volumeKey(node);
            default -> Unicity.textBeforeEquals(node);
        };
        assertThat(orNone(actual)).isEqualTo(key);
    }
}
