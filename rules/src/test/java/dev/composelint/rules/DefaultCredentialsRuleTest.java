package dev.composelint.rules;

import dev.composelint.core.Finding;
import dev.composelint.core.Source;
import dev.composelint.core.model.EnvVar;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultCredentialsRuleTest {

    @ParameterizedTest(name = "raw {0}, value {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "admin                     | admin        | admin",
            "Admin                     | Admin        | admin",
            "' changeme '              | ' changeme ' | changeme",
            "123456                    | 123456       | 123456",
            "${GF_PASSWORD:-admin}     | strong-one   | admin",
            "${GF_PASSWORD-admin}      | ''           | admin",
            "${GF_PASSWORD:-s3cret}    | s3cret       | NULL",
            "${DB_PASSWORD}            | postgres     | NULL",
            "${DB_PASSWORD:?set it}    | postgres     | NULL",
            "prefix-${X:-admin}        | prefix-admin | NULL",
            "NULL                      | admin        | NULL",
            "correct-horse-battery     | correct-horse-battery | NULL",
    })
    void defaultValueLooksAtTheValueAsWritten(String raw, String value, String expected) {
        EnvVar variable = new EnvVar("PASSWORD", value, raw, Source.file(Path.of("compose.yaml")));
        assertThat(DefaultCredentialsRule.defaultValue(variable, DefaultCredentialsRule.WELL_KNOWN))
                .isEqualTo(expected);
    }

    static Stream<Arguments> services() {
        return Stream.of(
                Arguments.of("""
                        services:
                          grafana:
                            image: grafana/grafana-enterprise:11.1.0
                        """, 3, "service grafana sets no GF_SECURITY_ADMIN_PASSWORD, so Grafana starts with its"
                        + " default login admin/admin; set GF_SECURITY_ADMIN_PASSWORD__FILE to a file mounted with"
                        + " `secrets:`, or GF_SECURITY_ADMIN_PASSWORD: ${GF_SECURITY_ADMIN_PASSWORD:?set"
                        + " GF_SECURITY_ADMIN_PASSWORD}"),
                Arguments.of("""
                        services:
                          grafana:
                            image: docker.io/grafana/grafana:11.1.0
                            environment:
                              GF_SECURITY_ADMIN_PASSWORD: ${ADMIN_PASSWORD:-admin}
                        """, 5, "environment variable GF_SECURITY_ADMIN_PASSWORD of service grafana falls back to"
                        + " Grafana's default admin password \"admin\" when the variable is unset, which anyone can"
                        + " guess; supply a secret instead, through a *_FILE variable and `secrets:` where the image"
                        + " supports it, or GF_SECURITY_ADMIN_PASSWORD: ${GF_SECURITY_ADMIN_PASSWORD:?set"
                        + " GF_SECURITY_ADMIN_PASSWORD}"),
                Arguments.of("""
                        services:
                          grafana:
                            image: grafana/grafana-oss:11.1.0
                            environment:
                              - GF_SECURITY_ADMIN_PASSWORD=
                        """, 5, "environment variable GF_SECURITY_ADMIN_PASSWORD of service grafana is empty, so"
                        + " Grafana keeps its default admin password \"admin\", which anyone can guess; supply a"
                        + " secret instead, through a *_FILE variable and `secrets:` where the image supports it, or"
                        + " GF_SECURITY_ADMIN_PASSWORD: ${GF_SECURITY_ADMIN_PASSWORD:?set GF_SECURITY_ADMIN_PASSWORD}"),
                Arguments.of("""
                        services:
                          s3:
                            image: bitnami/minio:2024.6.13
                            environment:
                              MINIO_SECRET_KEY: minioadmin
                        """, 5, "environment variable MINIO_SECRET_KEY of service s3 is set to MinIO's default"
                        + " root password \"minioadmin\", which anyone can guess; supply a secret instead, through a"
                        + " *_FILE variable and `secrets:` where the image supports it, or MINIO_SECRET_KEY:"
                        + " ${MINIO_SECRET_KEY:?set MINIO_SECRET_KEY}"),
                Arguments.of("""
                        services:
                          db:
                            image: postgis/postgis:16-3.4
                            ports: ["5432"]
                            environment:
                              - POSTGRES_HOST_AUTH_METHOD=trust
                        """, 6, "service db sets POSTGRES_HOST_AUTH_METHOD=trust and publishes a port, so anyone"
                        + " who reaches that port logs in as any user without a password; remove it and set"
                        + " POSTGRES_PASSWORD_FILE with `secrets:` or POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set"
                        + " POSTGRES_PASSWORD}"),
                Arguments.of("""
                        services:
                          mq:
                            image: rabbitmq:3.13.3-management
                            ports: ["15672:15672"]
                            environment:
                              RABBITMQ_DEFAULT_PASS: guest
                        """, 6, "service mq publishes a port while RabbitMQ keeps its default login guest/guest,"
                        + " which the official image accepts from any address; set RABBITMQ_DEFAULT_USER and"
                        + " RABBITMQ_DEFAULT_PASS: ${RABBITMQ_DEFAULT_PASS:?set RABBITMQ_DEFAULT_PASS}, or load"
                        + " them from a `secrets:` file"));
    }

    @ParameterizedTest
    @MethodSource("services")
    void reportsTheDefaultThatAppliesWithAdvice(String compose, int line, String message, @TempDir Path dir)
            throws Exception {
        List<Finding> findings = SingleRuleLint.lint(new DefaultCredentialsRule(), dir, compose);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.source().line()).isEqualTo(line);
            assertThat(f.message()).isEqualTo(message);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "rabbitmq:3.13.3-management | RABBITMQ_DEFAULT_USER: app",
            "rabbitmq:3.13.3-management | RABBITMQ_DEFAULT_PASS_FILE: /run/secrets/mq",
            "minio/minio:RELEASE.2024-06-13T22-53-53Z | MINIO_ROOT_PASSWORD_FILE: /run/secrets/minio",
            "postgres:16.3              | POSTGRES_HOST_AUTH_METHOD: scram-sha-256",
            "ghcr.io/example/app:1.0.0  | ADMIN_PASSWORD_FILE: admin",
    })
    void quietWhenTheDefaultDoesNotApply(String image, String variable, @TempDir Path dir) throws Exception {
        String compose = "services:\n  s:\n    image: " + image + "\n    ports: [\"8080:80\"]\n    environment:\n      "
                + variable + "\n";
        assertThat(SingleRuleLint.lint(new DefaultCredentialsRule(), dir, compose)).isEmpty();
    }
}
