package dev.composelint.core.engine;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.load.LoadRequest;
import dev.composelint.core.load.WorkspaceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WarmUpTest {

    @TempDir
    Path repo;

    @Test
    void theSyntheticProjectLoadsCleanlyFromBuffersAlone() {
        Linter linter = Linter.builder().discoverRules().build();
        LintResult result = linter.check(new WorkspaceLoader().load(WarmUp.request(repo)));

        assertThat(result.workspace().projects()).singleElement()
                .satisfies(project -> assertThat(project.services()).hasSizeGreaterThan(40));
        // the normal paths of every step, not their error paths: no loader, schema or internal problem
        assertThat(result.findings()).extracting(Finding::ruleId).doesNotContain(Diagnostics.INTERNAL_ERROR,
                Diagnostics.YAML, Diagnostics.SCHEMA, Diagnostics.COMPOSE, Diagnostics.INTERPOLATION,
                Diagnostics.PROMETHEUS_CONFIG, Diagnostics.ALERTMANAGER_CONFIG, Diagnostics.GRAFANA_CONFIG);
        assertThat(Files.exists(repo.resolve(".composelint-warm-up"))).isFalse();
    }

    @Test
    void aWarmedUpRunFindsWhatAColdOneFinds() throws IOException {
        StringBuilder compose = new StringBuilder("services:\n");
        for (int i = 0; compose.length() < WarmUp.MIN_BYTES + 1000; i++) {
            compose.append("  s").append(i).append(":\n    image: nginx\n    ports: [\"").append(i % 100 == 0 ? "70000" : String.valueOf(10000 + i))
                    .append(":80\"]\n    environment:\n      PASSWORD: hunter").append(i).append("\n");
        }
        Files.writeString(repo.resolve("compose.yaml"), compose);
        LoadRequest request = LoadRequest.of(repo).withEnvironment(Map.of()).withWorkingDirectory(repo);

        LintResult cold = Linter.builder().discoverRules().build().lint(request);
        LintResult warm = Linter.builder().discoverRules().warmUp(true).build().lint(request);

        assertThat(cold.findings()).isNotEmpty();
        assertThat(warm.findings()).isEqualTo(cold.findings());
        assertThat(Set.copyOf(warm.workspace().composeFiles())).containsExactly(repo.resolve("compose.yaml"));
    }
}
