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

class UnreachableDependencyRuleTest {

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "http://auth-service:8080                      | auth-service",
            "http://auth-service:8080/health?x=1            | auth-service",
            "redis:6379                                     | redis",
            "redis:6379/0                                   | redis",
            "kafka-1:9092,kafka-2:9092                      | kafka-1 kafka-2",
            "postgres://user@db:5432/x                      | db",
            "postgres://user:p@ss:word@db:5432/x            | db",
            "amqp://guest:guest@rabbitmq                    | rabbitmq",
            "mongodb://mongo1:27017,mongo2:27017/app         | mongo1 mongo2",
            "jdbc:postgresql://pg:5432/app                  | pg",
            "'http://a:1 and http://b:2'                    | a b",
            "https://api.example.com/v1                     | api.example.com",
            "http://[::1]:8080                              | ''",
            "db                                             | ''",
            "HOST=db                                        | ''",
            "12:30                                          | ''",
            "Europe/Berlin                                  | ''",
            "'meet at cache:6379'                           | ''",
            "NULL                                           | ''",
    })
    void hostsOfEnvironmentValues(String value, String expected) {
        List<String> hosts = UnreachableDependencyRule.hosts(value);
        assertThat(String.join(" ", hosts)).isEqualTo(expected);
    }

    @Test
    void trafficEvidenceIsReportedOnceAtTheEvidenceAsAnError(@TempDir Path dir) throws Exception {
        List<Finding> findings = SingleRuleLint.lint(new UnreachableDependencyRule(), dir, """
                services:
                  web:
                    image: ghcr.io/example/web:1.0.0
                    networks: [frontend]
                    environment:
                      API_URL: http://api:8080/v1
                    depends_on:
                      - api
                  api:
                    image: ghcr.io/example/api:3.2.1
                    networks: [backend, data]
                networks:
                  frontend: {}
                  backend: {}
                  data: {}
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.source().line()).isEqualTo(6);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("service web addresses api in API_URL, but they share no network (web:"
                    + " frontend; api: backend, data), so the name api does not resolve; attach both to a common"
                    + " network");
            assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.source().line()).isEqualTo(9));
        });
    }

    @Test
    void plainDependsOnIsAnInfo(@TempDir Path dir) throws Exception {
        List<Finding> findings = SingleRuleLint.lint(new UnreachableDependencyRule(), dir, """
                services:
                  app:
                    image: ghcr.io/example/app:1.0.0
                    depends_on: [proxy]
                  proxy:
                    image: nginxproxy/nginx-proxy:1.6
                    networks: [proxy-tier]
                networks:
                  proxy-tier: {}
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("this may be only a start-up order");
        });
    }

    @Test
    void environmentReferenceIsReportedWhenNoDependencyIs(@TempDir Path dir) throws Exception {
        List<Finding> findings = SingleRuleLint.lint(new UnreachableDependencyRule(), dir, """
                services:
                  web:
                    image: ghcr.io/example/web:1.0.0
                    networks: [frontend]
                    profiles: [ui]
                    environment:
                      - API_URL=http://api:8080/v1
                  api:
                    image: ghcr.io/example/api:3.2.1
                networks:
                  frontend: {}
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.source().line()).isEqualTo(7);
            assertThat(f.message()).startsWith("service web addresses api in API_URL, but they share no network"
                    + " (web: frontend; api: default)");
            assertThat(f.profiles()).containsExactly("ui");
        });
    }

    @Test
    void undefinedDependencyIsLeftToUndefinedReferenceEvenWhenAnotherProjectDefinesIt(@TempDir Path dir)
            throws Exception {
        List<Finding> findings = SingleRuleLint.lint(new UnreachableDependencyRule(), dir, Map.of(
                "compose.yaml", "services:\n  web:\n    image: ghcr.io/example/web:1.0.0\n    depends_on: [db]\n",
                "docker-compose.db.yml", "services:\n  db:\n    image: redis:7.2.5\n    networks: [data]\n"
                        + "networks:\n  data: {}\n"), Map.of());
        assertThat(findings).isEmpty();
    }
}
