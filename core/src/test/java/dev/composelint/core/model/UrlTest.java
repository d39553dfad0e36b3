package dev.composelint.core.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UrlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "http://prometheus:9090/api       | http  | prometheus     | 9090 | /api",
            "https://user:secret@tempo/api?x=1 | https | tempo         | 443  | /api?x=1",
            "HTTP://grafana                   | http  | grafana        | 80   | ''",
            "wss://hub                        | wss   | hub            | 443  | ''",
            "postgres:5432                    | NULL  | postgres       | 5432 | ''",
            "loki                             | NULL  | loki           | NULL | ''",
            "http://[::1]:9090/               | http  | ::1            | 9090 | /",
            "[fe80::1]:9100                   | NULL  | fe80::1        | 9100 | ''",
            "fe80::1                          | NULL  | fe80::1        | NULL | ''",
            "grpc://tempo                     | grpc  | tempo          | NULL | ''",
            "http://${HOST}:${PORT}/x         | http  | ${HOST}        | NULL | /x",
            "'  http://a:1  '                 | http  | a              | 1    | ''",
    })
    void parsesLeniently(String text, String scheme, String host, Integer port, String path) {
        Url url = Url.parse(text);
        assertThat(url.scheme()).isEqualTo(scheme);
        assertThat(url.host()).isEqualTo(host);
        assertThat(url.port()).isEqualTo(port);
        assertThat(url.path()).isEqualTo(path);
    }

    @Test
    void blankIsNoUrl() {
        assertThat(Url.parse(null)).isNull();
        assertThat(Url.parse("  ")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://user:secret@tempo/api | https://***@tempo/api",
            "user:secret@db:5432           | ***@db:5432",
            "http://a@b:c@host/x?u=v@w     | http://***@host/x?u=v@w",
            "http://plain:80/              | http://plain:80/",
    })
    void printsUserinfoMasked(String text, String printed) {
        Url url = Url.parse(text);
        assertThat(url.redacted()).isEqualTo(printed);
        assertThat(url.toString()).isEqualTo(printed);
        assertThat(Url.redact(text)).isEqualTo(printed);
    }

    @Test
    void masksEveryUrlInAList() {
        assertThat(Url.redact("http://a:pw1@x/p,http://b:pw2@y")).doesNotContain("pw1").doesNotContain("pw2");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://prometheus:9090 | true",
            "postgres:5432          | true",
            "${PROMETHEUS_URL}      | false",
            "http://$HOST:9090      | false",
            "http://prometheus:http | false",
            "http://prometheus:99999 | false",
            "http://                | false",
            "http://a b:80          | false",
    })
    void isAnAddressOnlyWithAKnownHostAndValidPort(String text, boolean address) {
        assertThat(Url.parse(text).isAddress()).isEqualTo(address);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "http://x:abc/          | invalid port \":abc\" after host",
            ":9090                  | missing protocol scheme",
            "not a url              | NULL",
            "http://mimir/push      | NULL",
            "http://x:/             | NULL",
    })
    void reportsWhatGoRefuses(String text, String problem) {
        assertThat(Url.parse(text).goParseProblem()).isEqualTo(problem);
    }

    @Test
    void splitsHostAndPort() {
        assertThat(Url.hostPort("node:9100")).isEqualTo(new Url.HostPort("node", "9100"));
        assertThat(Url.hostPort("[::1]:9100").portNumber()).isEqualTo(9100);
        assertThat(Url.hostPort("a:b:c")).isEqualTo(new Url.HostPort("a:b:c", null));
        assertThat(Url.hostPort("node:http").portNumber()).isNull();
    }
}
