package dev.composelint.rules;

import dev.composelint.core.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Git-ignore evidence (a missing git-ignored file is an info that it must be supplied, not an error) is scoped to the repository holding the compose file (these cases need a {@code .git}
 * entry, which fixture directories cannot commit, so they are written here).
 */
class MissingVolumeGitScopeTest {

    private static final String COMPOSE = """
            services:
              app:
                image: nginx:1.25
                volumes:
                  - ./config/app.yml:/etc/app.yml
            """;

    @TempDir
    Path outer;

    private List<Finding> lint(Path project) throws IOException {
        return SingleRuleLint.lint(new MissingVolumeRule(), project, Map.of("compose.yaml", COMPOSE), Map.of());
    }

    @Test
    void theRepositoryHoldingTheComposeFileMayMarkABindSourceGenerated() throws IOException {
        Files.createDirectories(outer.resolve(".git"));
        Files.writeString(outer.resolve(".gitignore"), "config/\n");
        assertThat(lint(outer)).singleElement().satisfies(f -> assertThat(f.message()).contains("is git-ignored"));
    }

    @Test
    void anOuterRepositoryDoesNotHideTheFindingsOfAnInnerOne() throws IOException {
        Files.createDirectories(outer.resolve(".git"));
        Files.writeString(outer.resolve(".gitignore"), "*\n");
        Path inner = Files.createDirectories(outer.resolve("vendor/app"));
        Files.createDirectories(inner.resolve(".git"));
        assertThat(lint(inner)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("./config/app.yml does not exist"));
    }

    @Test
    void anIgnoredComposeFileIsCheckedLikeAnyOther() throws IOException {
        Files.createDirectories(outer.resolve(".git"));
        Files.writeString(outer.resolve(".gitignore"), "local/\n");
        Path local = Files.createDirectories(outer.resolve("local"));
        assertThat(lint(local)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("./config/app.yml does not exist"));
    }

    @Test
    void withoutARepositoryTheWorkspaceRootsIgnoreFileCounts() throws IOException {
        Files.writeString(outer.resolve(".gitignore"), "config/\n");
        assertThat(lint(outer)).singleElement().satisfies(f -> assertThat(f.message()).contains("is git-ignored"));
        Files.writeString(outer.resolve(".gitignore"), "other/\n");
        assertThat(SingleRuleLint.lint(new MissingVolumeRule(), outer, Map.of(), Map.of())).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("does not exist"));
    }
}
