package dev.composelint.core.invocation;

import dev.composelint.core.engine.LintResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A preloading invocation lints what a plain one lints and fails the same way. */
class LintInvocationPreloadTest {

    @TempDir
    Path repo;

    private LintInvocation.Builder builder(boolean preload) {
        return LintInvocation.builder(repo).preload(preload).load(request -> request.environment(Map.of()));
    }

    @Test
    void findsWhatAPlainRunFindsAndReloadsOnTheNextLint() throws Exception {
        Files.writeString(repo.resolve("compose.yaml"), "services:\n  web:\n    image: nginx\n    ports: [\"70000:80\"]\n");
        LintResult plain = builder(false).build().lint();
        LintInvocation preloading = builder(true).build();

        LintResult first = preloading.lint();
        assertThat(first.findings()).isNotEmpty().isEqualTo(plain.findings());
        assertThat(first.elapsed()).isPositive();

        Files.writeString(repo.resolve("compose.yaml"), "services:\n  web:\n    image: nginx\n");
        assertThat(preloading.lint().findings()).isEmpty();
    }

    @Test
    void problemsAreReportedAsWithoutAPreload() throws IOException {
        Files.writeString(repo.resolve("compose.yaml"), "services:\n  web:\n    image: nginx\n");
        for (boolean preload : List.of(false, true)) {
            assertThatThrownBy(() -> builder(preload).enable(List.of("no-such-rule")).build())
                    .isInstanceOf(InvocationException.class).hasMessageStartingWith("unknown rule 'no-such-rule'");
            // a missing path and an unknown rule: the rule is named first, as always
            assertThatThrownBy(() -> builder(preload).enable(List.of("no-such-rule"))
                    .load(request -> request.paths(List.of(Path.of("absent")))).build())
                    .hasMessageStartingWith("unknown rule 'no-such-rule'");
            assertThatThrownBy(() -> builder(preload).load(request -> request.paths(List.of(Path.of("absent"))))
                    .build()).isInstanceOf(InvocationException.class).hasMessage("path not found: absent");
        }
    }
}
