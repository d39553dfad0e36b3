package dev.composelint.rules;

import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HealthcheckMissingRuleTest {

    private static final String COMPOSE = """
            services:
              app:
                image: ghcr.io/example/app:2.1.0
                depends_on:
                  db:
                    condition: service_healthy
              db:
                image: %s
            """;

    @ParameterizedTest(name = "{0} with option {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "postgres:16.3                     | NULL                     | true",
            "vaultwarden/server:1.32.0         | NULL                     | false",
            "docker.io/pihole/pihole:2024.07.0 | NULL                     | false",
            "vaultwarden/server:1.32.0         | ghcr.io/example/db       | true",
            "ghcr.io/example/db:3.0.0          | ghcr.io/example/db       | false",
            "postgres:16.3                     | 'redis, library/postgres' | false",
    })
    void knownImagesMayShipAHealthcheck(String image, String option, boolean reported, @TempDir Path dir)
            throws Exception {
        Map<String, Object> options = option == null ? Map.of()
                : Map.of(HealthcheckMissingRule.IMAGES_OPTION, option.contains(",") ? option : List.of(option));
        List<Finding> findings = SingleRuleLint.lint(new HealthcheckMissingRule(), dir,
                Map.of("compose.yaml", COMPOSE.formatted(image)), options);
        assertThat(findings).hasSize(reported ? 1 : 0);
    }

    @Test
    void messageSaysWhatComposeDoesAndPointsAtTheEntry(@TempDir Path dir) throws Exception {
        List<Finding> findings = SingleRuleLint.lint(new HealthcheckMissingRule(), dir,
                COMPOSE.formatted("postgres:16.3"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.source().line()).isEqualTo(5);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("service app waits for db to be healthy, but db defines no"
                    + " healthcheck and its image postgres declares none, so `docker compose up` fails with"
                    + " \"container db has no healthcheck configured\"; add a healthcheck to db or use"
                    + " condition: service_started");
            assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.source().line()).isEqualTo(7));
        });
    }

    @Test
    void anUnknownImageIsAWarningThatSaysItCannotBeVerified(@TempDir Path dir) throws Exception {
        List<Finding> findings = SingleRuleLint.lint(new HealthcheckMissingRule(), dir,
                COMPOSE.formatted("ghcr.io/example/db:3.0.0"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("service app waits for db to be healthy, but db defines no"
                    + " healthcheck and its image ghcr.io/example/db is not known to ship one (composelint cannot"
                    + " verify images it does not know); if it has none, `docker compose up` fails with \"container"
                    + " db has no healthcheck configured\"; add a healthcheck to db or use condition:"
                    + " service_started");
        });
    }
}
