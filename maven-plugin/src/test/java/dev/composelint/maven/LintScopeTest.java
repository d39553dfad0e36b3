package dev.composelint.maven;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LintScopeTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "deploy/**        | deploy/**",
            "**/compose.yaml  | **/compose.yaml compose.yaml",
            "build/           | build/ build",
            "' legacy\\old '  | legacy/old",
    })
    void antStyleGlobsAlsoMatchAtTheTop(String glob, String expanded) {
        assertThat(LintScope.antStyle(List.of(glob))).containsExactlyElementsOf(Arrays.asList(expanded.split(" ")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "target                 | target",
            "a[1]/compose{x}.yaml   | a\\[1\\]/compose\\{x\\}.yaml",
            "what?/*.yaml           | what\\?/\\*.yaml",
            "/elsewhere/target      | /elsewhere/target",
    })
    void literalGlobsMatchExactlyOnePath(String path, String glob) {
        assertThat(LintScope.literal(dir, Path.of(path))).isEqualTo(glob);
    }

    @Test
    void literalGlobsMatchTheirPathOnlyInDiscovery() throws IOException {
        write("a[1]/compose.yaml");
        write("a1/compose.yaml");

        LintScope scope = LintScope.resolve(dir, List.of(dir), List.of(LintScope.literal(dir, Path.of("a[1]"))),
                List.of());

        assertThat(scope.composeFiles()).containsExactly(dir.resolve("a1/compose.yaml"));
    }

    @Test
    void resolveFindsWhatDiscoveryFindsAndIgnoresWhatItSkips() throws IOException {
        write("compose.yaml");
        write("docker-compose.override.yml");
        write("notes.yaml");
        write("node_modules/x/compose.yaml");
        write(".git/compose.yaml");
        write("old/compose.yaml");
        write("svc/compose.prod.yml");

        LintScope scope = LintScope.resolve(dir, List.of(Path.of(".")), List.of("old"), List.of());

        assertThat(scope.paths()).containsExactly(dir);
        assertThat(scope.ignore()).containsExactly("old");
        assertThat(scope.composeFiles()).containsExactlyInAnyOrder(dir.resolve("compose.yaml"),
                dir.resolve("docker-compose.override.yml"), dir.resolve("svc/compose.prod.yml"));
    }

    @Test
    void includesTurnTheOtherComposeFilesIntoIgnoreGlobs() throws IOException {
        write("app/compose.yaml");
        write("tools/compose.yaml");
        Path single = write("single/compose.yaml");

        LintScope scope = LintScope.resolve(dir, List.of(dir, single), List.of(), List.of("app/**"));

        assertThat(scope.paths()).containsExactly(dir);
        assertThat(scope.ignore()).containsExactlyInAnyOrder("tools/compose.yaml", "single/compose.yaml");
        assertThat(scope.composeFiles()).containsExactly(dir.resolve("app/compose.yaml"));
    }

    private Path write(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "services: {}\n");
    }
}
