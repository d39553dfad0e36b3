package dev.composelint.core.fs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class GlobTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "vendor/**          | vendor/a/compose.yaml",
        "vendor/**          | vendorx/a",
        "*.yml              | compose.yml",
        "*.yml              | a/compose.yml",
        "**/*.yml           | a/b/compose.yml",
        "**/*.yml           | compose.yml",
        "**.yml             | a/b/compose.yml",
        "a?c                | abc",
        "a?c                | a/c",
        "[a-c]x             | bx",
        "[!a-c]x            | dx",
        "[!a-c]x            | ax",
        "{a,b}/*.yaml       | b/x.yaml",
        "{a,b}/*.yaml       | c/x.yaml",
        "\\*                | *",
        "\\*                | a",
        "''                 | ''",
        "test/**/compose.yml| test/compose.yml",
        "test/**/compose.yml| test/x/y/compose.yml",
    })
    void agreesWithJavaGlobs(String glob, String path) {
        boolean java = FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(Path.of(path));
        assertThat(Glob.of(glob).matches(path)).as(glob + " against " + path).isEqualTo(java);
    }

    @Test
    void expandsNestedGroups() {
        assertThat(Glob.of("{a,{b,c}d}/x").matches("cd/x")).isTrue();
        assertThat(Glob.of("{a,{b,c}d}/x").matches("c/x")).isFalse();
    }

    @Test
    void rejectsBrokenGlobsAndTooManyAlternatives() {
        assertThatThrownBy(() -> Glob.of("[abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Glob.of("{a,b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Glob.of("{a,b}".repeat(20))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alternatives");
    }

    @Test
    void catastrophicPatternsStayFast() {
        String pattern = "*a".repeat(20) + "b";
        String path = "a".repeat(100_000);
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            assertThat(Glob.of(pattern).matches(path)).isFalse();
            assertThat(Glob.gitignore(pattern, false).matches(path)).isFalse();
            assertThat(Glob.of("**a".repeat(20) + "b").matches("a/".repeat(50_000))).isFalse();
        });
        // the 42-byte .gitignore line of the issue, against a long path, in well under a millisecond per match
        Glob hostile = Glob.gitignore("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*ab", false);
        String longPath = "a".repeat(4096);
        long start = System.nanoTime();
        for (int i = 0; i < 10; i++) assertThat(hostile.matches(longPath)).isFalse();
        assertThat((System.nanoTime() - start) / 10).isLessThan(Duration.ofMillis(50).toNanos());
    }
}
