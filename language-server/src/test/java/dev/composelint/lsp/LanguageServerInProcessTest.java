package dev.composelint.lsp;

import com.google.gson.JsonParser;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.services.LanguageClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The server in this JVM with a recording client: configuration, initialization options, other files' findings. */
class LanguageServerInProcessTest {

    @TempDir
    Path temp;

    /** Keeps the last diagnostics per URI and every message shown. */
    static final class RecordingClient implements LanguageClient {
        final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
        final List<String> shown = new ArrayList<>();

        @Override
        public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.put(params.getUri(), params.getDiagnostics());
            notifyAll();
        }

        @Override
        public synchronized void showMessage(MessageParams params) {
            shown.add(params.getMessage());
            notifyAll();
        }

        @Override
        public void logMessage(MessageParams params) {
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        synchronized List<Diagnostic> await(String uri, Predicate<List<Diagnostic>> condition) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 60_000;
            while (!condition.test(diagnostics.getOrDefault(uri, List.of()))
                    || !diagnostics.containsKey(uri)) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) throw new AssertionError("timed out on " + uri + ": " + diagnostics.get(uri));
                wait(left);
            }
            return diagnostics.get(uri);
        }

        synchronized String awaitShown(Predicate<String> condition) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 60_000;
            while (true) {
                for (String message : shown) if (condition.test(message)) return message;
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) throw new AssertionError("no such message among " + shown);
                wait(left);
            }
        }
    }

    static boolean has(List<Diagnostic> diagnostics, String code) {
        return diagnostics.stream().anyMatch(d -> d.getCode().getLeft().equals(code));
    }

    private static ComposeLanguageServer start(Path root, RecordingClient client, String options) {
        ComposeLanguageServer server = new ComposeLanguageServer(Map.of());
        server.connect(client);
        InitializeParams init = new InitializeParams();
        init.setRootUri(root.toUri().toString());
        if (options != null) init.setInitializationOptions(JsonParser.parseString(options));
        server.initialize(init).join();
        return server;
    }

    private static void open(ComposeLanguageServer server, Path file) throws Exception {
        server.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(file.toUri().toString(), "yaml", 1,
                Files.readString(file))));
    }

    @Test
    void configurationChangesRelintAndOtherFilesAreClearedWhenTheirFindingsGo() throws Exception {
        Path root = LanguageServerEndToEndTest.copyIncident(temp.resolve("incident"));
        Path monitoring = root.resolve("secureconnect-backend/docker-compose.monitoring.yml");
        String base = root.resolve("secureconnect-backend/docker-compose.yml").toUri().toString();
        RecordingClient client = new RecordingClient();
        ComposeLanguageServer server = start(root, client, null);
        open(server, monitoring);
        // the other side of the port conflict is published to docker-compose.yml, which is not open
        client.await(base, d -> has(d, "port-conflict"));

        Path config = root.resolve(".composelint.yaml");
        Files.writeString(config, "rules:\n  port-conflict: off\n");
        server.didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(
                new FileEvent(config.toUri().toString(), FileChangeType.Created))));
        client.await(base, d -> !has(d, "port-conflict"));
        client.await(monitoring.toUri().toString(), d -> !has(d, "port-conflict") && has(d, "obsolete-version"));

        // an invalid configuration: the CLI's message, shown to the user
        Files.writeString(config, "rules:\n  port-confict: off\n");
        server.didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(
                new FileEvent(config.toUri().toString(), FileChangeType.Changed))));
        assertThat(client.awaitShown(m -> m.contains("port-confict")))
                .isEqualTo("composelint: .composelint.yaml:2:3: unknown rule 'port-confict'; did you mean 'port-conflict'?");
        server.shutdown().join();
    }

    @Test
    void anEditReloadsOnlyTheProjectOfTheEditedFile() throws Exception {
        Path root = LanguageServerEndToEndTest.copyIncident(temp.resolve("incident"));
        Path project = root.resolve("secureconnect-backend");
        java.nio.file.attribute.FileTime hourAgo = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minusSeconds(3600));
        try (var files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(p, hourAgo);
        }
        Path monitoring = project.resolve("docker-compose.monitoring.yml");
        Path base = project.resolve("docker-compose.yml");
        String uri = monitoring.toUri().toString();
        RecordingClient client = new RecordingClient();
        ComposeLanguageServer server = start(root, client, null);
        open(server, monitoring);
        server.lintNow(uri);
        assertThat(server.lastLint(uri).loadState().full()).isTrue();

        // an incremental change: a comment after the first line
        server.didChange(new org.eclipse.lsp4j.DidChangeTextDocumentParams(
                new org.eclipse.lsp4j.VersionedTextDocumentIdentifier(uri, 2), List.of(
                new org.eclipse.lsp4j.TextDocumentContentChangeEvent(new org.eclipse.lsp4j.Range(
                        new org.eclipse.lsp4j.Position(1, 0), new org.eclipse.lsp4j.Position(1, 0)), "# edited\n"))));
        server.lintNow(uri);
        var state = server.lastLint(uri).loadState();
        assertThat(state.full()).isFalse();
        assertThat(state.reloaded()).allMatch(files -> files.contains(monitoring)).isNotEmpty();
        assertThat(state.reused()).anyMatch(files -> files.contains(base));
        // the same findings as a full lint of the edited text
        String edited = Files.readString(monitoring).lines().limit(1).findFirst().orElseThrow() + "\n# edited\n"
                + Files.readString(monitoring).substring(Files.readString(monitoring).indexOf('\n') + 1);
        var setup = RootSetup.of(root, Map.of(), null);
        var full = setup.invocation().linter().lint(Buffers.overlay(setup.request(), Map.of(monitoring, edited)));
        assertThat(server.lastLint(uri).findings()).isEqualTo(full.findings());
        server.shutdown().join();
    }

    @Test
    void initializationOptionsTakeTheConfigurationKeys() throws Exception {
        Path root = LanguageServerEndToEndTest.copyIncident(temp.resolve("incident"));
        Path monitoring = root.resolve("secureconnect-backend/docker-compose.monitoring.yml");
        RecordingClient client = new RecordingClient();
        ComposeLanguageServer server = start(root, client, "{\"rules\": {\"obsolete-version\": \"off\"}}");
        open(server, monitoring);
        List<Diagnostic> diagnostics = client.await(monitoring.toUri().toString(),
                d -> has(d, "external-network-mismatch"));
        assertThat(has(diagnostics, "obsolete-version")).isFalse();
        server.shutdown().join();

        RecordingClient other = new RecordingClient();
        ComposeLanguageServer invalid = start(root, other, "{\"presets\": [\"recomended\"]}");
        open(invalid, monitoring);
        assertThat(other.awaitShown(m -> m.contains("preset"))).isEqualTo(
                "composelint: initializationOptions:1:13: unknown preset 'recomended'; expected one of "
                        + String.join(", ", dev.composelint.core.rule.Presets.NAMES));
        List<Diagnostic> shown = other.await(monitoring.toUri().toString(), d -> has(d, "internal-error"));
        assertThat(shown.get(0).getMessage()).contains("the configuration is invalid");
        invalid.shutdown().join();
    }
}
