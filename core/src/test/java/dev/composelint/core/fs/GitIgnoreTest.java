package dev.composelint.core.fs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class GitIgnoreTest {

    @TempDir
    Path repo;

    private Path compose;

    private GitIgnore repository(String gitignore) throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".gitignore"), gitignore);
        compose = repo.resolve("compose.yaml");
        Files.writeString(compose, "services: {}\n");
        return new GitIgnore();
    }

    @ParameterizedTest(name = "{0} ignores {1}: {3}")
    @CsvSource(delimiter = '|', value = {
        "data                   | data            | true  | true",
        "data                   | sub/data        | true  | true",
        "data                   | sub/data/x.db   | false | true",
        "/data                  | sub/data        | true  | false",
        "/data                  | data            | true  | true",
        "data/                  | data            | false | false",
        "data/                  | data            | true  | true",
        "data/\\n!data/keep.txt | data/keep.txt   | false | true",
        "*.log\\n!keep.log      | keep.log        | false | false",
        "*.log\\n!keep.log      | other.log       | false | true",
        "**/cache               | a/b/cache       | true  | true",
        "a/**/z                 | a/z             | false | true",
        "a/**/z                 | a/b/c/z         | false | true",
        "logs/**                | logs/a/b.txt    | false | true",
        "sec*ret                | secXret         | false | true",
        "sec*ret                | sec/ret         | false | false",
        "[0-9].txt              | 7.txt           | false | true",
        "# data                 | data            | false | false",
        "\\!important           | !important      | false | true",
    })
    void followsGitignoreSemantics(String rules, String path, boolean directory, boolean ignored) throws IOException {
        GitIgnore gitIgnore = repository(rules.replace("\\n", "\n"));
        assertThat(gitIgnore.isGenerated(repo.resolve(path), directory, compose)).isEqualTo(ignored);
    }

    @Test
    void usesOnlyTheRepositoryHoldingTheComposeFile() throws IOException {
        GitIgnore gitIgnore = repository("*\n");
        Path inner = Files.createDirectories(repo.resolve("vendor/app"));
        Files.createDirectories(inner.resolve(".git"));
        Path innerCompose = Files.writeString(inner.resolve("compose.yaml"), "services: {}\n");
        // the outer repository ignores everything; the inner one does not ignore config/
        assertThat(gitIgnore.repositoryRoot(innerCompose)).isEqualTo(inner);
        assertThat(gitIgnore.isGenerated(inner.resolve("config/app.yml"), false, innerCompose)).isFalse();
        Files.writeString(inner.resolve(".gitignore"), "config/\n");
        assertThat(new GitIgnore().isGenerated(inner.resolve("config/app.yml"), false, innerCompose)).isTrue();
    }

    @Test
    void anIgnoredComposeFileIsNoEvidence() throws IOException {
        GitIgnore gitIgnore = repository("local/\n");
        Path local = Files.createDirectories(repo.resolve("local"));
        Path ignoredCompose = Files.writeString(local.resolve("compose.yaml"), "services: {}\n");
        assertThat(gitIgnore.isGenerated(local.resolve("data/x.yml"), false, ignoredCompose)).isFalse();
        assertThat(gitIgnore.isGenerated(local.resolve("data/x.yml"), false, compose)).isTrue();
    }

    @Test
    void aFileInNoRepositoryUsesTheFallbackRootOrNothing(@TempDir Path plain) throws IOException {
        Files.writeString(plain.resolve(".gitignore"), "out/\n");
        Path file = Files.writeString(plain.resolve("compose.yaml"), "services: {}\n");
        assumeTrue(new GitIgnore().repositoryRoot(file) == null, "the temporary directory lies in a git repository");
        assertThat(new GitIgnore().isGenerated(plain.resolve("out/x"), true, file)).isFalse();
        assertThat(new GitIgnore(plain).isGenerated(plain.resolve("out/x"), true, file)).isTrue();
        assertThat(new GitIgnore(plain).isGenerated(plain.resolve("../elsewhere/out"), true, file)).isFalse();
    }

    @Test
    void aHostileLineIsMatchedQuickly() throws IOException {
        GitIgnore gitIgnore = repository("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*ab\n");
        Path deep = repo.resolve("a".repeat(200) + "/" + "a".repeat(200) + "/" + "a".repeat(200));
        long start = System.nanoTime();
        assertThat(gitIgnore.isGenerated(deep, false, compose)).isFalse();
        assertThat(System.nanoTime() - start).isLessThan(200_000_000L);
    }
}
