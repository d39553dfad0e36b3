package dev.composelint.rules;

import dev.composelint.core.Finding;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class UndefinedReferenceRuleTest {

    static Stream<Arguments> references() {
        return Stream.of(
                Arguments.of("depends_on: [db]", "service \"web\" depends on undefined service \"db\": invalid"
                        + " compose project (depends_on names a service this project does not define); define it or"
                        + " fix the name"),
                Arguments.of("links: [\"db:database\"]", "service \"web\" depends on undefined service \"db\":"
                        + " invalid compose project (links names a service this project does not define); define it"
                        + " or fix the name"),
                Arguments.of("volumes_from: [\"db:ro\"]", "service \"web\" depends on undefined service \"db\":"
                        + " invalid compose project (volumes_from names a service this project does not define);"
                        + " define it or fix the name"),
                Arguments.of("network_mode: service:db", "service \"db\" not found for network_mode 'service:db'"
                        + " (network_mode names a service this project does not define); define it or fix the"
                        + " name"),
                Arguments.of("pid: service:db", "service \"web\" depends on undefined service \"db\": invalid"
                        + " compose project (a service: namespace (ipc, pid, uts or cgroup) names a service this"
                        + " project does not define); define it or fix the name"),
                Arguments.of("depends_on: [tools]", "service \"web\" depends on undefined service \"tools\": invalid"
                        + " compose project (tools has profiles [debug, ops], so it is disabled when no profile is"
                        + " chosen); add a profile of web to tools, or mark the dependency `required: false`"),
                Arguments.of("networks: [backend]", "service \"web\" refers to undefined network backend: invalid"
                        + " compose project; declare it under the top-level networks key or fix the name"),
                Arguments.of("secrets: [token]", "service \"web\" refers to undefined secret token: invalid"
                        + " compose project; declare it under the top-level secrets key or fix the name"),
                Arguments.of("configs: [settings]", "service \"web\" refers to undefined config settings: invalid"
                        + " compose project; declare it under the top-level configs key or fix the name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void usesComposeWordingAtTheReference(String reference, String message, @TempDir Path dir) throws Exception {
        List<Finding> findings = SingleRuleLint.lint(new UndefinedReferenceRule(), dir, """
                services:
                  web:
                    image: ghcr.io/example/web:1.0.0
                    %s
                  tools:
                    image: ghcr.io/example/tools:1.0.0
                    profiles: [debug, ops]
                """.formatted(reference));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.source().line()).isEqualTo(4);
            assertThat(f.message()).isEqualTo(message);
        });
    }

    @ParameterizedTest(name = "referrer profiles {0}, target profiles {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "[]           | [debug]        | true",
            "[ops]        | [debug]        | true",
            "[debug]      | [debug]        | false",
            "[ops, debug] | [debug, mail]  | false",
            "[ops]        | []             | false",
    })
    void profiledTargetIsUndefinedWhenProfilesAreDisjoint(String referrer, String target, boolean reported,
                                                          @TempDir Path dir) throws Exception {
        List<Finding> findings = SingleRuleLint.lint(new UndefinedReferenceRule(), dir, """
                services:
                  web:
                    image: ghcr.io/example/web:1.0.0
                    profiles: %s
                    depends_on: [tools]
                  tools:
                    image: ghcr.io/example/tools:1.0.0
                    profiles: %s
                """.formatted(referrer, target));
        assertThat(findings).hasSize(reported ? 1 : 0);
    }
}
