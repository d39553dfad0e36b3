package dev.composelint.rules;

import dev.composelint.core.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectNameCollisionRuleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "docker-compose.monitoring.yml, stack-monitoring",
            "docker-compose.tools.yaml,     stack-tools",
            "compose.ci.yaml,               stack-ci",
            "compose.monitoring.yml,        stack-monitoring",
    })
    void suggestedNameKeepsWhatDistinguishesTheFile(String file, String expected, @TempDir Path dir)
            throws Exception {
        Path stack = dir.resolve("stack");
        List<Finding> findings = SingleRuleLint.lint(new ProjectNameCollisionRule(), stack, Map.of(
                "compose.yaml", "services:\n  app:\n    image: ghcr.io/example/app:2.1.0\n",
                file, "services:\n  tool:\n    image: ghcr.io/example/tool:1.0.0\n"), Map.of());
        assertThat(findings).singleElement().satisfies(f ->
                assertThat(f.message()).endsWith("`name: " + expected + "` or `docker compose -p " + expected + "`"));
    }

    @Test
    void reportsAtTheFirstServiceWithTheOtherFileRelated(@TempDir Path dir) throws Exception {
        Path stack = dir.resolve("stack");
        List<Finding> findings = SingleRuleLint.lint(new ProjectNameCollisionRule(), stack, Map.of(
                "compose.yaml", "services:\n  app:\n    image: ghcr.io/example/app:2.1.0\n",
                "docker-compose.monitoring.yml", "# monitoring\nservices:\n  prometheus:\n"
                        + "    image: prom/prometheus:v2.53.0\n"), Map.of());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.source().file().getFileName()).hasToString("docker-compose.monitoring.yml");
            assertThat(f.source().line()).isEqualTo(3);
            assertThat(f.message()).isEqualTo("the project of docker-compose.monitoring.yml is named stack, like the"
                    + " project of compose.yaml in the same directory, so when they run separately `up` of one"
                    + " reports the other's containers as orphans and `down` of one removes the other's network;"
                    + " give it its own name with `name: stack-monitoring` or `docker compose -p stack-monitoring`");
            assertThat(f.related()).singleElement().satisfies(r ->
                    assertThat(r.source().file().getFileName()).hasToString("compose.yaml"));
        });
    }

    /** Two files in one directory, each written as its services ({@code name>dependency}); reported or not. */
    @ParameterizedTest(name = "{0} | {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "app               | prometheus          | true",
            "app, db           | prometheus, grafana | true",
            "webserver, db     | webserver           | false",
            "frontend          | tests>frontend      | false",
            "tests>frontend    | frontend            | false",
            "tests>missing     | frontend            | true",
    })
    void variantsAndOverlaysAreOneStack(String first, String second, boolean reported, @TempDir Path dir)
            throws Exception {
        Path stack = dir.resolve("stack");
        List<Finding> findings = SingleRuleLint.lint(new ProjectNameCollisionRule(), stack, Map.of(
                "compose.yaml", services(first), "docker-compose.other.yml", services(second)), Map.of());
        assertThat(findings).hasSize(reported ? 1 : 0);
    }

    private static String services(String text) {
        StringBuilder yaml = new StringBuilder("services:\n");
        for (String item : text.split(",")) {
            String[] parts = item.trim().split(">");
            yaml.append("  ").append(parts[0]).append(":\n    image: ghcr.io/example/").append(parts[0])
                    .append(":1.0.0\n");
            if (parts.length > 1) yaml.append("    depends_on:\n      ").append(parts[1]).append(":\n")
                    .append("        condition: service_started\n        required: false\n");
        }
        return yaml.toString();
    }
}
