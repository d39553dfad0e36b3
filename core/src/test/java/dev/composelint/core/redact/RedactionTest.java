package dev.composelint.core.redact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class RedactionTest {

    @ParameterizedTest
    @ValueSource(strings = {"POSTGRES_PASSWORD", "password", "DB_PASSWD", "MYSQL_PWD", "apiToken", "API_KEY",
        "AWS_SECRET_ACCESS_KEY", "GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET", "credentials", "RABBITMQ_DEFAULT_PASS",
        "x-auth", "bearer_token", "APIKEY", "client_secret"})
    void secretNames(String name) {
        assertThat(Redaction.isSecretName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"KEYCLOAK_ADMIN", "POSTGRES_PASSWORD_FILE", "POSTGRES_HOST_AUTH_METHOD", "image", "name",
        "monkey", "author", "PASSWORD_LENGTH", "TOKEN_URL", ""})
    void namesThatHoldNoSecret(String name) {
        assertThat(Redaction.isSecretName(name)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "services.db.environment.POSTGRES_PASSWORD | true",
        "services.web.environment.[]               | true",
        "services.web.environment[0]               | true",
        "services.web.build.args.VERSION           | true",
        "remote_write.[0].basic_auth.password      | true",
        "services.web.ports.[]                     | false",
        "x-labels.team                             | false",
        "secrets.db_password.file                  | false",
        "secrets.certificate.external              | false",
        "services.web.secrets[0].source            | false",
    })
    void sensitivePaths(String path, boolean sensitive) {
        assertThat(Redaction.isSensitivePath(path)).isEqualTo(sensitive);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://user:pw@host/api/v1/write     | https://***@host/api/v1/write",
        "http://token@loki:3100                | http://***@loki:3100",
        "url \"https://a:b@c:d@host?x=1\" here | url \"https://***@host?x=1\" here",
        "http://host/path@x                    | http://host/path@x",
        "no url here                           | no url here",
        "two http://a:b@x and ftp://c@y        | two http://***@x and ftp://***@y",
    })
    void masksUserinfo(String text, String expected) {
        assertThat(Redaction.text(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "POSTGRES_PASSWORD=hunter2 is weak              | POSTGRES_PASSWORD=*** is weak",
        "password: hunter2                               | password: ***",
        "api_token=\"a b c\" here                        | api_token=\"***\" here",
        "POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it} | POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it}",
        "file.yml:3:4 and host:8080                     | file.yml:3:4 and host:8080",
        "POSTGRES_HOST_AUTH_METHOD=trust                 | POSTGRES_HOST_AUTH_METHOD=trust",
        "IMAGE=nginx                                     | IMAGE=nginx",
    })
    void masksValuesOfSecretNamedKeys(String text, String expected) {
        assertThat(Redaction.text(text)).isEqualTo(expected);
    }

    @Test
    void codeLinesMaskToTheEndOfTheLine() {
        assertThat(Redaction.codeLine("      POSTGRES_PASSWORD: p@ss, word")).isEqualTo("      POSTGRES_PASSWORD: ***");
        assertThat(Redaction.codeLine("      - \"API_KEY=abc def\"")).isEqualTo("      - \"API_KEY=***");
        assertThat(Redaction.codeLine("  url: https://u:p@h/x")).isEqualTo("  url: https://***@h/x");
        assertThat(Redaction.codeLine("    image: nginx:1.25")).isEqualTo("    image: nginx:1.25");
    }

    @Test
    void envLinesMaskEverythingAfterTheSeparator() {
        assertThat(Redaction.envLine("FOO=bar")).isEqualTo("FOO=***");
        assertThat(Redaction.envLine("export A = \"x")).isEqualTo("export A =***");
        assertThat(Redaction.envLine("# comment=x")).isEqualTo("# comment=x");
        assertThat(Redaction.envLine("EMPTY=")).isEqualTo("EMPTY=");
        assertThat(Redaction.envLine("INHERITED")).isEqualTo("INHERITED");
    }

    @Test
    void envFileNames() {
        assertThat(Redaction.isEnvFileName(".env")).isTrue();
        assertThat(Redaction.isEnvFileName(".env.local")).isTrue();
        assertThat(Redaction.isEnvFileName("db.env")).isTrue();
        assertThat(Redaction.isEnvFileName("compose.yaml")).isFalse();
    }

    @Test
    void runsInLinearTime() {
        String hostile = "a=".repeat(200_000) + "password=\"" + "x".repeat(200_000) + " http://" + "@".repeat(100_000);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            Redaction.text(hostile);
            Redaction.codeLine(hostile);
        });
    }
}
