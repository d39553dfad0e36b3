package dev.composelint.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.composelint.core.Finding;
import dev.composelint.core.Source;
import dev.composelint.core.load.LoadRequest;
import dev.composelint.core.load.WorkspaceLoader;
import dev.composelint.core.model.Workspace;
import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YSeq;
import dev.composelint.core.yaml.YamlParse;
import dev.composelint.core.yaml.YamlReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the loader: {@link YamlReader#parse} on text and the whole {@link WorkspaceLoader} on a directory holding
 * the input as {@code compose.yaml} (plus an optional override and {@code .env}). The property: nothing is thrown,
 * every diagnostic and node has a valid location in the file it belongs to, no loader crash is swallowed into a
 * "please report this" finding, and each input finishes within {@link #BOUND_MILLIS}.
 *
 * <p>In {@code mvn verify} this runs in regression mode (the inputs under {@code LoaderFuzzTestInputs}); every
 * compose file of src-test-fixtures is also a seed, checked by {@link #fixtureSeedsKeepTheProperty}. Fuzzing mode
 * is described in docs/fuzzing.md.
 */
class LoaderFuzzTest {

    static final long BOUND_MILLIS = 10_000;
    private static final YamlReader READER = new YamlReader();
    private static final WorkspaceLoader LOADER = new WorkspaceLoader(READER);
    private static Path workspace;

    @BeforeAll
    static void createWorkspace() throws IOException {
        workspace = FuzzDirectory.create("loader-fuzz");
    }

    @AfterAll
    static void deleteWorkspace() throws IOException {
        FuzzDirectory.delete(workspace);
    }

    @FuzzTest(maxDuration = "30s")
    void parseKeepsTheProperty(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Path file = Path.of("/fuzz/compose.yaml");
        long start = System.nanoTime();
        YamlParse parse = READER.parse(file, text);
        assertWithinBound(start, text);
        assertLocated(parse.diagnostics(), file);
        parse.documents().forEach(doc -> assertNodesLocated(doc, file));
    }

    @FuzzTest(maxDuration = "30s")
    void loadKeepsTheProperty(FuzzedDataProvider data) throws IOException {
        String dotEnv = data.consumeBoolean() ? data.consumeString(200) : null;
        String override = data.consumeBoolean() ? data.consumeString(2_000) : null;
        byte[] compose = data.consumeRemainingAsBytes();
        checkLoad(compose, override, dotEnv);
    }

    /** Found by fuzzing: a NUL in COMPOSE_FILE made Path.resolve throw out of discovery. */
    @Test
    void invalidPathInDotEnvComposeFileIsReported() throws IOException {
        Path composeFile = workspace.resolve("compose.yaml");
        Files.writeString(composeFile, "services:\n  app:\n    image: busybox:1.36\n");
        Files.deleteIfExists(workspace.resolve("compose.override.yaml"));
        Files.writeString(workspace.resolve(".env"), "COMPOSE_FILE=compose.yaml:bad\0name.yaml\n");

        Workspace loaded = LOADER.load(LoadRequest.of(workspace).withEnvironment(Map.of())
                .withWorkingDirectory(workspace));

        assertThat(loaded.diagnostics()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("compose");
            assertThat(f.message()).isEqualTo("COMPOSE_FILE names an invalid path (Nul character not allowed)");
            assertThat(f.source()).isEqualTo(Source.file(workspace.resolve(".env")));
        });
        assertThat(loaded.projects()).singleElement()
                .satisfies(p -> assertThat(p.services()).containsOnlyKeys("app"));
    }

    static Stream<Path> fixtureSeeds() throws IOException {
        Path fixtures = fixturesRoot();
        try (Stream<Path> files = Files.walk(fixtures)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtureSeeds")
    void fixtureSeedsKeepTheProperty(Path seed) throws IOException {
        byte[] bytes = Files.readAllBytes(seed);
        checkLoad(bytes, null, null);
        Path file = Path.of("/fuzz/compose.yaml");
        YamlParse parse = READER.parse(file, new String(bytes, StandardCharsets.UTF_8));
        assertLocated(parse.diagnostics(), file);
        assertThat(parse.documents()).as("documents of " + seed).isNotEmpty();
    }

    private static void checkLoad(byte[] compose, String override, String dotEnv) throws IOException {
        Path composeFile = workspace.resolve("compose.yaml");
        Files.write(composeFile, compose);
        writeOrDelete(workspace.resolve("compose.override.yaml"), override);
        writeOrDelete(workspace.resolve(".env"), dotEnv);
        long start = System.nanoTime();
        Workspace loaded = LOADER.load(LoadRequest.of(workspace).withEnvironment(Map.of())
                .withWorkingDirectory(workspace));
        assertWithinBound(start, new String(compose, StandardCharsets.UTF_8));
        for (Finding f : loaded.diagnostics()) {
            assertLocated(f.source());
            f.related().forEach(r -> assertLocated(r.source()));
            assertThat(f.message()).as("a swallowed crash: " + f).doesNotContain("please report this");
        }
    }

    private static void writeOrDelete(Path file, String content) throws IOException {
        if (content == null) Files.deleteIfExists(file);
        else Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    static Path fixturesRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("src-test-fixtures/rules"))) dir = dir.getParent();
        assertThat(dir).as("src-test-fixtures above the working directory").isNotNull();
        return dir.resolve("src-test-fixtures");
    }

    private static void assertWithinBound(long startNanos, String input) {
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        assertThat(millis).as("time for an input of " + input.length() + " chars").isLessThan(BOUND_MILLIS);
    }

    private static void assertLocated(List<Finding> findings, Path file) {
        for (Finding f : findings) {
            assertThat(f.source().file()).as(f.toString()).isEqualTo(file);
            assertLocated(f.source());
        }
    }

    static void assertLocated(Source s) {
        assertThat(s.file()).isNotNull();
        assertThat(s.line()).as(s.toString()).isGreaterThanOrEqualTo(1);
        assertThat(s.column()).as(s.toString()).isGreaterThanOrEqualTo(1);
        if (s.hasEnd()) {
            assertThat(s.endLine()).as("end of " + s).isGreaterThanOrEqualTo(s.line());
            assertThat(s.endColumn()).as("end of " + s).isGreaterThanOrEqualTo(1);
        }
    }

    /** Every node (up to a cap: alias expansion may share subtrees) sits in {@code file} at a valid position. */
    private static void assertNodesLocated(YNode root, Path file) {
        Deque<YNode> todo = new ArrayDeque<>(List.of(root));
        for (int visited = 0; !todo.isEmpty() && visited < 100_000; visited++) {
            YNode node = todo.pop();
            assertThat(node.source().file()).isEqualTo(file);
            assertLocated(node.source());
            if (node instanceof YMap map) {
                for (YEntry e : map.entries()) {
                    assertLocated(e.keySource());
                    todo.push(e.value());
                }
            } else if (node instanceof YSeq seq) {
                seq.items().forEach(todo::push);
            }
        }
    }
}
