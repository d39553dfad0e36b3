package dev.composelint.bench;

import dev.composelint.lsp.ComposeLanguageServer;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.LanguageClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The language server's warm re-lint: the incident example's monitoring compose file is open, one character of the
 * buffer changes (an image tag's last digit), and the server lints the workspace with the buffer and publishes the
 * diagnostics. The debounce (150 ms) is left out: this is the time from the end of the pause to the publication.
 * {@code extraProjects}: that many more projects of ten services each, in sibling directories of the workspace, which
 * the edit does not touch (an incremental re-lint reuses their load; the rules still run over them).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class LanguageServerBenchmark {

    @Param({"0", "30"})
    public int extraProjects;

    private Path dir;
    private ComposeLanguageServer server;
    private String uri;
    private String[] texts;
    private int version = 1;
    private final CountingClient client = new CountingClient();

    /** Counts what the server publishes. */
    static final class CountingClient implements LanguageClient {
        volatile int published;

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            published++;
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams params) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {
        }
    }

    @Setup(Level.Trial)
    public void open() throws IOException {
        dir = Files.createTempDirectory("composelint-lsp-bench-");
        copy(incident(), dir);
        for (int i = 0; i < extraProjects; i++) writeProject(dir.resolve(String.format("extra-%02d", i)), i);
        backdate(dir);
        Path file = dir.resolve("secureconnect-backend/docker-compose.monitoring.yml");
        String text = Files.readString(file);
        texts = new String[] {text, text.replace("prom/prometheus:v2.48.0", "prom/prometheus:v2.48.1")};
        uri = file.toUri().toString();
        server = new ComposeLanguageServer(Map.of());
        server.connect(client);
        InitializeParams init = new InitializeParams();
        init.setRootUri(dir.toUri().toString());
        server.initialize(init).join();
        server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "yaml", version, text)));
        server.lintNow(uri);
    }

    private long iterationCpu;
    private int iterationStart;

    /** Process CPU time per re-lint over each iteration, printed: steadier than wall time on a loaded machine. */
    @Setup(Level.Iteration)
    public void startIteration() {
        iterationCpu = processCpuNanos();
        iterationStart = version;
    }

    @TearDown(Level.Iteration)
    public void endIteration() {
        int ops = version - iterationStart;
        if (ops > 0) {
            System.out.printf(" [process CPU %.1f ms/op over %d ops]", (processCpuNanos() - iterationCpu) / 1e6 / ops,
                    ops);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    @Benchmark
    public int relintAfterOneCharacterChange() {
        version++;
        server.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(texts[version % 2]))));
        server.lintNow(uri);
        return client.published;
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        server.shutdown().join();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /**
     * A project of ten services in {@code project}: pinned images, a chain of {@code depends_on}, a healthcheck and
     * environment each, nothing published (the projects do not conflict with each other or with the incident).
     */
    static void writeProject(Path project, int index) throws IOException {
        Files.createDirectories(project);
        StringBuilder yaml = new StringBuilder("name: extra-" + index + "\nservices:\n");
        for (int s = 0; s < 10; s++) {
            yaml.append("  svc-").append(s).append(":\n")
                    .append("    image: registry.example.com/extra/svc-").append(s).append(":1.").append(index)
                    .append("\n    environment:\n      LOG_LEVEL: ${LOG_LEVEL:-info}\n      INDEX: \"").append(s)
                    .append("\"\n")
                    .append("    healthcheck:\n      test: [\"CMD\", \"true\"]\n      interval: 30s\n");
            if (s > 0) yaml.append("    depends_on:\n      - svc-").append(s - 1).append("\n");
        }
        Files.writeString(project.resolve("compose.yaml"), yaml.toString());
        Files.writeString(project.resolve(".env"), "LOG_LEVEL=debug\n");
    }

    /** Files dated an hour back: the loader does not trust a stamp within two seconds of a load. */
    private static void backdate(Path dir) throws IOException {
        java.nio.file.attribute.FileTime hourAgo = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minusSeconds(3600));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(p, hourAgo);
        }
    }

    /** src-test-fixtures/projects/incident, found upwards from the working directory. */
    static Path incident() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("src-test-fixtures/projects/incident");
            if (Files.isDirectory(candidate)) return candidate;
        }
        throw new IllegalStateException("src-test-fixtures/projects/incident not found above the working directory");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(target);
                else Files.copy(file, target);
            }
        }
    }
}
