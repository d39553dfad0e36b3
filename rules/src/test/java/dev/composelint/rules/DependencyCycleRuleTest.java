package dev.composelint.rules;

import dev.composelint.core.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DependencyCycleRuleTest {

    /**
     * A graph written as {@code a>b,c; b>a; c} (each node with its targets, in document order) and the cycles
     * found, written as {@code a b; a c}.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "a>b; b>a                         | a b",
            "a>a                              | a",
            "a>b; b>c; c>a                    | a b c",
            "a>b; b>c; c>b                    | b c",
            "a>b,c; b>a; c>a                  | a b; a c",
            "a>b; b>c,a; c>a                  | a b c; a b",
            "a>b; b>c; c                      | ''",
            "a>b,c; b>d; c>d; d               | ''",
            "a>x; x>a                         | a x",
            "z>y; y>z                         | z y",
    })
    void cyclesStartAtTheirFirstServiceInDocumentOrder(String graphText, String expected) {
        List<List<String>> cycles = DependencyCycleRule.cycles(graph(graphText));
        List<String> written = new ArrayList<>();
        for (List<String> cycle : cycles) written.add(String.join(" ", cycle));
        assertThat(String.join("; ", written)).isEqualTo(expected);
    }

    @Test
    void completeGraphIsBounded() {
        Map<String, List<String>> graph = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            List<String> targets = new ArrayList<>();
            for (int j = 0; j < 30; j++) targets.add("s" + j);
            graph.put("s" + i, targets);
        }
        assertThat(DependencyCycleRule.cycles(graph)).hasSize(DependencyCycleRule.MAX_CYCLES);
    }

    @Test
    void messageUsesComposeWordingAtTheFirstServicesEntry(@TempDir Path dir) throws Exception {
        List<Finding> findings = SingleRuleLint.lint(new DependencyCycleRule(), dir, """
                services:
                  web:
                    image: ghcr.io/example/web:1.0.0
                    depends_on: [api]
                  api:
                    image: ghcr.io/example/api:3.2.1
                    profiles: [full]
                    links:
                      - web:frontend
                """);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.source().line()).isEqualTo(4);
            assertThat(f.message()).isEqualTo("dependency cycle detected: web -> api -> web; Compose cannot decide"
                    + " which service to start first, so remove one of these dependencies");
            assertThat(f.profiles()).containsExactly("full");
        });
    }

    private static Map<String, List<String>> graph(String text) {
        Map<String, List<String>> graph = new LinkedHashMap<>();
        for (String node : text.split(";")) {
            String[] parts = node.trim().split(">");
            List<String> targets = parts.length > 1 ? List.of(parts[1].split(",")) : List.of();
            graph.put(parts[0], targets);
        }
        return graph;
    }
}
