package dev.composelint.core.schema;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaValidatorTest {

    /** The findings on {@code yaml}, after checking that networknt's validator gives the same. */
    private static List<String> check(String yaml) {
        YMap document = TestYamlTrees.parse(yaml);
        List<Finding> findings = SchemaValidator.validate(document);
        assertThat(SchemaAgreementTest.Agreement.difference(document, findings)).isNull();
        return findings.stream()
                .map(f -> f.source().line() + ":" + f.source().column() + " " + f.message())
                .toList();
    }

    static Stream<Arguments> typicalMistakes() {
        return Stream.of(
                Arguments.of("misspelt service key", """
                        services:
                          web:
                            image: nginx
                            depens_on: [db]
                          db:
                            image: postgres
                        """, List.of("4:5 services.web has an unknown property \"depens_on\"; did you mean \"depends_on\"?")),
                Arguments.of("string where a list is needed", """
                        services:
                          web:
                            image: nginx
                            cap_add: NET_ADMIN
                        """, List.of("4:14 services.web.cap_add must be a list (found string)")),
                Arguments.of("ports as a number", """
                        services:
                          web:
                            image: nginx
                            ports: 80
                        """, List.of("4:12 services.web.ports must be a list (found integer)")),
                Arguments.of("port entry of the wrong type", """
                        services:
                          web:
                            image: nginx
                            ports:
                              - [80, 81]
                        """, List.of("5:9 services.web.ports[0] must be a number, a string or a mapping (found list)")),
                Arguments.of("long port with an unknown key", """
                        services:
                          web:
                            image: nginx
                            ports:
                              - target: 80
                                publised: 8080
                        """, List.of("6:9 services.web.ports[0] has an unknown property \"publised\"; did you mean \"published\"?")),
                Arguments.of("bad depends_on condition", """
                        services:
                          api:
                            image: api
                            depends_on:
                              db:
                                condition: service_heathy
                          db:
                            image: postgres
                        """, List.of("6:20 services.api.depends_on.db.condition must be one of service_started, "
                        + "service_healthy, service_completed_successfully (found service_heathy)")),
                Arguments.of("depends_on entry without condition", """
                        services:
                          api:
                            image: api
                            depends_on:
                              db:
                                restart: true
                          db:
                            image: postgres
                        """, List.of("5:7 services.api.depends_on.db is missing the required property \"condition\"")),
                Arguments.of("version as a number", """
                        version: 3.8
                        services:
                          web:
                            image: nginx
                        """, List.of("1:10 version must be a string (found number)")),
                Arguments.of("unknown top-level key", """
                        servces:
                          web:
                            image: nginx
                        """, List.of("1:1 the top level has an unknown property \"servces\"; did you mean \"services\"?")),
                Arguments.of("wrong type under networks", """
                        services:
                          web:
                            image: nginx
                        networks:
                          front:
                            driver: bridge
                            internal: [yes]
                        """, List.of("7:5 networks.front.internal must be a boolean or a string (found list)")),
                Arguments.of("invalid service name", """
                        services:
                          my web:
                            image: nginx
                        """, List.of("2:3 services has an invalid key \"my web\": names may contain only letters, "
                        + "digits, \".\", \"_\" and \"-\"")),
                Arguments.of("version 1 file without a services section", """
                        web:
                          image: nginx
                        """, List.of("1:1 the top level has an unknown property \"web\"; services must be declared under "
                        + "\"services:\" (the version 1 format has no such section)")),
                Arguments.of("empty environment variable name", """
                        services:
                          web:
                            image: nginx
                            environment:
                              "": value
                        """, List.of("5:7 services.web.environment has an invalid key \"\": keys must not be empty")),
                Arguments.of("one finding for a long-syntax port with a nested mistake", """
                        services:
                          web:
                            image: nginx
                            ports:
                              - target: [80]
                                published: 8080
                        """, List.of("5:9 services.web.ports[0].target must be an integer or a string (found list)")),
                Arguments.of("one finding for depends_on that is neither a list nor a mapping", """
                        services:
                          web:
                            image: nginx
                            depends_on: db
                        """, List.of("4:17 services.web.depends_on must be a list or a mapping (found string)")),
                Arguments.of("unknown key with nothing close", """
                        services:
                          web:
                            image: nginx
                            colour: blue
                        """, List.of("4:5 services.web has an unknown property \"colour\"")),
                Arguments.of("ulimit missing both bounds", """
                        services:
                          web:
                            image: nginx
                            ulimits:
                              nofile: {}
                        """, List.of("5:7 services.web.ulimits.nofile is missing the required properties \"soft\" and \"hard\"")),
                Arguments.of("cpu_percent out of range", """
                        services:
                          web:
                            image: nginx
                            cpu_percent: 150
                        """, List.of("4:18 services.web.cpu_percent must be at most 100 (found 150)")),
                Arguments.of("duplicate list entry", """
                        services:
                          web:
                            image: nginx
                            cap_add:
                              - NET_ADMIN
                              - SYS_TIME
                              - NET_ADMIN
                        """, List.of("7:9 services.web.cap_add lists \"NET_ADMIN\" more than once")),
                Arguments.of("duration without unit (closed gap)", """
                        services:
                          web:
                            image: nginx
                            healthcheck:
                              interval: "30"
                        """, List.of("5:17 services.web.healthcheck.interval must be a duration such as 10s, 1m30s or 2h (found 30)")),
                Arguments.of("container name that is not a name (closed gap)", """
                        services:
                          web:
                            image: nginx
                            container_name: -web
                        """, List.of("4:21 services.web.container_name must start with a letter or digit and contain only "
                        + "letters, digits, \"_\", \".\" and \"-\" (found -web)")),
                Arguments.of("gpus string other than all", """
                        services:
                          web:
                            image: nginx
                            gpus: some
                        """, List.of("4:11 services.web.gpus must be one of all (found some)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typicalMistakes")
    void reportsTypicalMistakesWithExactMessageAndPosition(String name, String yaml, List<String> expected) {
        assertThat(check(yaml)).containsExactlyElementsOf(expected);
    }

    @Test
    void reportsEveryViolationOnceAsASchemaError() {
        List<Finding> findings = SchemaValidator.validate(TestYamlTrees.parse("""
                services:
                  web:
                    image: [nginx]
                    ports: "80"
                    restart: always
                    tty: 1
                volumes:
                  data:
                    driverr: local
                """));
        assertThat(findings).extracting(f -> f.source().line() + " " + f.message()).containsExactly(
                "3 services.web.image must be a string (found list)",
                "4 services.web.ports must be a list (found string)",
                "6 services.web.tty must be a boolean or a string (found integer)",
                "9 volumes.data has an unknown property \"driverr\"; did you mean \"driver\"?");
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo(Diagnostics.SCHEMA);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.source().file().toString()).isEqualTo("compose.yaml");
        });
    }

    @Test
    void handlesHugeValuesWithoutThrowing() {
        List<String> findings = check("services:\n  web:\n    image: x\n    stop_grace_period: " + "1s".repeat(100_000)
                + "\n    container_name: " + "a".repeat(100_000) + "\n");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0)).startsWith("4:24 services.web.stop_grace_period must be a duration such as");
    }

    @Test
    void checksATreeNestedFarDeeperThanYamlAllowsOnlyAsDeepAsTheSchemaGoes() {
        Source at = Source.of(Path.of("deep.yaml"), 1, 1);
        YNode nested = YScalar.of(1L, at);
        for (int i = 0; i < 200_000; i++) {
            nested = new YSeq(List.of(nested), at);
        }
        YMap extension = new YMap(List.of(new YEntry("x-deep", at, nested)), at);
        assertThat(SchemaValidator.validate(extension)).isEmpty();

        YMap web = new YMap(List.of(new YEntry("command", at, nested)), at);
        YMap services = new YMap(List.of(new YEntry("web", at, web)), at);
        YMap document = new YMap(List.of(new YEntry("services", at, services)), at);
        assertThat(SchemaValidator.validate(document)).extracting(Finding::message)
                .containsExactly("services.web.command[0] must be a string (found list)");
    }

    @Test
    void acceptsAValidFileWithInterpolatedStringsExtensionsAndVersion() {
        assertThat(check("""
                version: "3.8"
                name: shop
                x-common: &common
                  restart: unless-stopped
                services:
                  web:
                    <<: *common
                    image: nginx:1.27
                    privileged: "false"
                    scale: "2"
                    ports: ["8080:80", 443, {target: 9000, published: "9000", x-note: tls}]
                    depends_on:
                      db: {condition: service_healthy, required: true}
                    healthcheck: {test: [CMD, "true"], interval: 1m30s, timeout: "0"}
                    x-owner: team-a
                  db:
                    image: postgres
                    volumes: [data:/var/lib/postgresql/data]
                networks:
                  default:
                  "with space": {}
                volumes:
                  data:
                secrets:
                  token: {file: ./token.txt}
                """)).isEmpty();
    }
}
