package dev.composelint.rules.robustness;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.composelint.core.Finding;
import dev.composelint.core.Source;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.engine.Linter;
import dev.composelint.core.load.LoadRequest;
import dev.composelint.fixtures.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the whole engine: a {@link Linter} with every discovered rule over a directory holding the input as
 * {@code compose.yaml}, an optional override and a {@code prometheus.yml} that a service may mount. The property:
 * nothing is thrown, no rule or loader crash is swallowed into an {@code internal-error} or "please report this"
 * finding, every finding and related location is valid, and each input finishes within {@link #BOUND_MILLIS}.
 *
 * <p>Regression mode (every {@code mvn verify}) replays {@code EngineFuzzTestInputs}; every compose file of
 * src-test-fixtures is a seed too ({@link #fixtureSeedsKeepTheProperty}). Fuzzing mode: docs/fuzzing.md.
 */
class EngineFuzzTest {

    static final long BOUND_MILLIS = 10_000;
    private static final Linter LINTER = Linter.builder().discoverRules().build();
    private static Path workspace;

    @BeforeAll
    static void createWorkspace() throws IOException {
        workspace = Files.createTempDirectory("engine-fuzz");
    }

    @AfterAll
    static void deleteWorkspace() throws IOException {
        try (Stream<Path> files = Files.walk(workspace)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Test
    void everyBuiltInRuleTakesPart() {
        assertThat(LINTER.rules()).extracting(r -> r.meta().id())
                .contains("port-conflict", "missing-volume", "obsolete-version", "external-network-mismatch");
    }

    @FuzzTest(maxDuration = "30s")
    void lintKeepsTheProperty(FuzzedDataProvider data) throws IOException {
        String prometheus = data.consumeBoolean() ? data.consumeString(1_000) : null;
        String override = data.consumeBoolean() ? data.consumeString(2_000) : null;
        byte[] compose = data.consumeRemainingAsBytes();
        check(compose, override, prometheus);
    }

    static Stream<Path> fixtureSeeds() throws IOException {
        try (Stream<Path> files = Files.walk(Fixtures.root())) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches("(docker-)?compose.*\\.ya?ml"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtureSeeds")
    void fixtureSeedsKeepTheProperty(Path seed) throws IOException {
        LintResult result = check(Files.readAllBytes(seed), null, null);
        assertThat(result.workspace().projects()).as("projects loaded from " + seed).isNotEmpty();
    }

    private static LintResult check(byte[] compose, String override, String prometheus) throws IOException {
        Files.write(workspace.resolve("compose.yaml"), compose);
        writeOrDelete(workspace.resolve("compose.override.yaml"), override);
        writeOrDelete(workspace.resolve("prometheus.yml"), prometheus);
        long start = System.nanoTime();
        LintResult result = LINTER.lint(LoadRequest.of(workspace).withEnvironment(Map.of())
                .withWorkingDirectory(workspace));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("time for an input of " + compose.length + " bytes").isLessThan(BOUND_MILLIS);
        for (Finding f : result.findings()) {
            assertThat(f.ruleId()).as(f.toString()).isNotEqualTo("internal-error");
            assertThat(f.message()).as("a swallowed crash: " + f).doesNotContain("please report this");
            assertLocated(f.source());
            f.related().forEach(r -> assertLocated(r.source()));
        }
        return result;
    }

    private static void writeOrDelete(Path file, String content) throws IOException {
        if (content == null) Files.deleteIfExists(file);
        else Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    static void assertLocated(Source s) {
        assertThat(s.file()).isNotNull();
        assertThat(s.line()).as(s.toString()).isGreaterThanOrEqualTo(1);
        assertThat(s.column()).as(s.toString()).isGreaterThanOrEqualTo(1);
        if (s.hasEnd()) assertThat(s.endLine()).as("end of " + s).isGreaterThanOrEqualTo(s.line());
    }
}
