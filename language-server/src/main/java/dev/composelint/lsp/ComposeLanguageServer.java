package dev.composelint.lsp;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.config.ConfigLoader;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.fs.WorkspaceFiles;
import dev.composelint.core.invocation.InvocationException;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The composelint language server. Each open document belongs to a lint root: the workspace folder holding it (else
 * the git repository or directory holding it), linted as {@code composelint} run in that directory lints it, with the
 * open buffers in place of the files on disk. Lints run on one worker thread, debounced per root; a change re-lints
 * only its own root, and every file with findings in that root gets its diagnostics (and loses them when they go).
 */
public final class ComposeLanguageServer implements LanguageServer, LanguageClientAware, TextDocumentService,
        WorkspaceService {

    /** How long edits must pause before a root is linted again. */
    static final long DEBOUNCE_MILLIS = 150;
    /** Files read from disk for positions are read up to this size. */
    private static final long MAX_TEXT_BYTES = 16L * 1024 * 1024;

    private final Map<String, String> environment;
    private final Map<Path, OpenDocument> documents = new ConcurrentHashMap<>();
    private final Map<Path, LintRoot> roots = new ConcurrentHashMap<>();
    private final List<Path> folders = new ArrayList<>();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "composelint-lint");
        thread.setDaemon(true);
        return thread;
    });
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private volatile LanguageClient client;
    private volatile String initializationOptions;
    private volatile boolean shutdownRequested;

    /** A document the client has open: its URI as the client spells it, its version and text. */
    record OpenDocument(String uri, Path path, int version, String text) {
    }

    /** @param environment the shell environment for interpolation, as the CLI uses it */
    public ComposeLanguageServer(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    /** Completes with the process exit code when the client sends {@code exit}. */
    CompletableFuture<Integer> exitCode() {
        return exitCode;
    }

    boolean shutdownRequested() {
        return shutdownRequested;
    }

    // ---------------------------------------------------------------- lifecycle

    private volatile boolean dynamicWatchers;

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        if (params.getWorkspaceFolders() != null) {
            for (WorkspaceFolder folder : params.getWorkspaceFolders()) toPath(folder.getUri()).ifPresent(folders::add);
        }
        if (folders.isEmpty() && params.getRootUri() != null) toPath(params.getRootUri()).ifPresent(folders::add);
        Object options = params.getInitializationOptions();
        if (options instanceof JsonElement json && !(json instanceof JsonNull)) initializationOptions = json.toString();
        ClientCapabilities capabilities = params.getCapabilities();
        dynamicWatchers = capabilities != null && capabilities.getWorkspace() != null
                && capabilities.getWorkspace().getDidChangeWatchedFiles() != null
                && Boolean.TRUE.equals(capabilities.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration());

        ServerCapabilities server = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        server.setTextDocumentSync(sync);
        server.setHoverProvider(true);
        server.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActions.FIX_ALL)));
        return CompletableFuture.completedFuture(new InitializeResult(server,
                new ServerInfo("composelint", LanguageServerMain.version())));
    }

    @Override
    public void initialized(InitializedParams params) {
        if (!dynamicWatchers || client == null) return;
        List<FileSystemWatcher> watchers = new ArrayList<>();
        for (String name : ConfigLoader.FILE_NAMES) watchers.add(new FileSystemWatcher(Either.forLeft("**/" + name)));
        client.registerCapability(new RegistrationParams(List.of(new Registration("composelint-config",
                "workspace/didChangeWatchedFiles", new DidChangeWatchedFilesRegistrationOptions(watchers)))));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdownRequested = true;
        worker.shutdownNow();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        worker.shutdownNow();
        exitCode.complete(shutdownRequested ? 0 : 1);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return this;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return this;
    }

    // ---------------------------------------------------------------- documents

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var item = params.getTextDocument();
        Optional<Path> path = toPath(item.getUri());
        if (path.isEmpty()) {
            log(MessageType.Info, "not a file, not linted: " + item.getUri());
            return;
        }
        documents.put(path.get(), new OpenDocument(item.getUri(), path.get(), item.getVersion(), item.getText()));
        changed(path.get());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        OpenDocument document = toPath(uri).map(documents::get).orElse(null);
        if (document == null) {
            log(MessageType.Warning, "change of a document that is not open: " + uri);
            return;
        }
        String text = document.text();
        for (TextDocumentContentChangeEvent change : params.getContentChanges()) {
            text = change.getRange() == null ? change.getText()
                    : TextChanges.apply(text, change.getRange(), change.getText());
        }
        Integer version = params.getTextDocument().getVersion();
        documents.put(document.path(), new OpenDocument(document.uri(), document.path(),
                version == null ? document.version() : version, text));
        changed(document.path());
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        toPath(params.getTextDocument().getUri()).ifPresent(path -> {
            if (documents.remove(path) != null) changed(path);
        });
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        toPath(params.getTextDocument().getUri()).filter(ComposeLanguageServer::isConfigFile)
                .ifPresent(path -> configurationChanged());
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        // settings come through initializationOptions and .composelint.yaml
    }

    /**
     * A configuration file event sets every root up again (a full lint); any other file event is a change of that
     * path for the roots holding it (their next lint reloads the projects that read it; a root's lint also finds
     * files changed on disk by their stamps, event or not).
     */
    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        boolean config = false;
        for (FileEvent event : params.getChanges()) {
            Optional<Path> path = toPath(event.getUri());
            if (path.isEmpty()) continue;
            if (isConfigFile(path.get())) {
                config = true;
                continue;
            }
            for (LintRoot root : roots.values()) {
                if (path.get().startsWith(root.directory)) schedule(root, null, path.get());
            }
        }
        if (config) configurationChanged();
    }

    private static boolean isConfigFile(Path path) {
        return path.getFileName() != null && ConfigLoader.FILE_NAMES.contains(path.getFileName().toString());
    }

    /**
     * A configuration file changed: every root is set up again and every root with open documents re-linted in full
     * (a new setup drops the previous lint, see {@link #lintIfDirty}).
     */
    private void configurationChanged() {
        for (LintRoot root : roots.values()) {
            root.setup = null;
            schedule(root, null, null);
        }
    }

    /** A document opened, changed or closed: its root is linted once edits pause. */
    private void changed(Path path) {
        schedule(rootOf(path), path, path);
    }

    private LintRoot rootOf(Path file) {
        Path root = folders.stream().filter(file::startsWith).max(Comparator.comparingInt(Path::getNameCount))
                .orElseGet(() -> WorkspaceFiles.rootOf(file.getParent() == null ? file : file.getParent()));
        return roots.computeIfAbsent(root.toAbsolutePath().normalize(), LintRoot::new);
    }

    /**
     * Marks {@code root} for a lint after the debounce. {@code forced}: a path whose diagnostics are published even
     * when unchanged; {@code changedPath}: a path that changed, passed to the incremental re-lint.
     */
    private void schedule(LintRoot root, Path forced, Path changedPath) {
        synchronized (root) {
            root.dirty = true;
            if (forced != null) root.forced.add(forced);
            if (changedPath != null) root.changed.add(changedPath);
            if (root.pending != null) root.pending.cancel(false);
            if (worker.isShutdown()) return;
            root.pending = worker.schedule(() -> lintIfDirty(root), DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Lints {@code root} now if something changed since its last lint, and waits (requests see fresh findings). */
    private void flush(LintRoot root) {
        if (!root.dirty || worker.isShutdown()) return;
        try {
            worker.submit(() -> lintIfDirty(root)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.TimeoutException | java.util.concurrent.RejectedExecutionException e) {
            log(MessageType.Warning, "lint did not finish: " + e);
        }
    }

    /**
     * Lints the root of an open document now instead of after the debounce, and publishes what changed; returns
     * when done (for benchmarks and embedders that want a synchronous lint).
     */
    public void lintNow(String uri) {
        toPath(uri).map(documents::get).ifPresent(document -> {
            LintRoot root = rootOf(document.path());
            synchronized (root) {
                if (root.pending != null) root.pending.cancel(false);
                root.dirty = true;
            }
            flush(root);
        });
    }

    /** The last lint of the root holding the open document {@code uri} (null when none), for tests and benchmarks. */
    LintResult lastLint(String uri) {
        return toPath(uri).map(documents::get).map(document -> rootOf(document.path()).snapshot.result()).orElse(null);
    }

    // ---------------------------------------------------------------- linting

    /** One root's state; touched by the worker thread, and read by request threads after {@link #flush}. */
    static final class LintRoot {
        final Path directory;
        volatile RootSetup setup;
        volatile boolean dirty;
        final Set<Path> forced = new LinkedHashSet<>();
        /** Paths changed since the last lint (documents edited, opened or closed, watched files). */
        final Set<Path> changed = new LinkedHashSet<>();
        ScheduledFuture<?> pending;
        /** The last lint: findings by file, the texts they were computed on, what was published. */
        volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), null);
        final Map<Path, List<Diagnostic>> published = new HashMap<>();

        LintRoot(Path directory) {
            this.directory = directory;
        }
    }

    /**
     * What one lint saw and found.
     *
     * @param findings by absolute file
     * @param buffers  the open documents' texts it linted
     * @param result   the result (null when the root could not be linted)
     */
    record Snapshot(Map<Path, List<Finding>> findings, Map<Path, String> buffers, LintResult result) {
    }

    /**
     * Lints {@code root} if something changed since its last lint: incrementally ({@code Linter.relint}) over the
     * previous lint, passing the paths changed since; in full on the root's first lint, after its setup was dropped
     * (a configuration change) and after a lint that failed.
     */
    private void lintIfDirty(LintRoot root) {
        Set<Path> forced;
        Set<Path> changedPaths;
        synchronized (root) {
            if (!root.dirty) return;
            root.dirty = false;
            forced = new LinkedHashSet<>(root.forced);
            root.forced.clear();
            changedPaths = new LinkedHashSet<>(root.changed);
            root.changed.clear();
        }
        Map<Path, String> buffers = new LinkedHashMap<>();
        documents.values().forEach(document -> buffers.put(document.path(), document.text()));
        Map<Path, List<Finding>> findings;
        LintResult result = null;
        try {
            LintResult previous = root.snapshot.result();
            if (root.setup == null) {
                previous = null;
                root.setup = RootSetup.of(root.directory, environment, initializationOptions);
            }
            RootSetup setup = root.setup;
            result = setup.invocation().linter().relint(previous, Buffers.overlay(setup.request(), buffers),
                    changedPaths);
            findings = byFile(root, result.findings());
        } catch (InvocationException e) {
            String message = "composelint: " + e.getMessage();
            log(MessageType.Error, message);
            if (client != null) client.showMessage(new MessageParams(MessageType.Error, message));
            findings = onOpenDocuments(root, new Finding(Diagnostics.INTERNAL_ERROR, Severity.ERROR,
                    "the configuration is invalid, nothing was linted: " + e.getMessage(), Source.file(root.directory)));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) { // one bad file never kills the server
            log(MessageType.Error, "composelint failed on " + root.directory + ": " + describe(e));
            findings = onOpenDocuments(root, new Finding(Diagnostics.INTERNAL_ERROR, Severity.ERROR,
                    "composelint failed on this workspace (" + e.getClass().getSimpleName()
                            + "); please report this. The server's log has the details.", Source.file(root.directory)));
        }
        root.snapshot = new Snapshot(findings, buffers, result);
        try {
            publish(root, findings, forced, buffers);
        } catch (RuntimeException e) {
            log(MessageType.Error, "composelint could not publish the diagnostics of " + root.directory + ": "
                    + describe(e));
        }
    }

    /** Findings by absolute file; findings about the workspace as a whole go to the root's open documents. */
    private Map<Path, List<Finding>> byFile(LintRoot root, List<Finding> findings) {
        Path base = root.directory;
        Map<Path, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding finding : findings) {
            Path file = base.resolve(finding.source().file()).toAbsolutePath().normalize();
            if (java.nio.file.Files.isDirectory(file)) {
                onOpenDocuments(root, finding).forEach((path, list) ->
                        byFile.computeIfAbsent(path, p -> new ArrayList<>()).addAll(list));
            } else {
                byFile.computeIfAbsent(file, p -> new ArrayList<>()).add(finding);
            }
        }
        return byFile;
    }

    /** One copy of {@code finding} at the top of each open document of the root. */
    private Map<Path, List<Finding>> onOpenDocuments(LintRoot root, Finding finding) {
        Map<Path, List<Finding>> byFile = new LinkedHashMap<>();
        for (Path path : documents.keySet()) {
            if (!rootOf(path).equals(root)) continue;
            byFile.put(path, new ArrayList<>(List.of(new Finding(finding.ruleId(), finding.severity(),
                    finding.message(), Source.file(path), finding.related(), finding.fix(), finding.profiles()))));
        }
        return byFile;
    }

    private void publish(LintRoot root, Map<Path, List<Finding>> findings, Set<Path> forced, Map<Path, String> buffers) {
        Map<Path, LineIndex> texts = new HashMap<>();
        RootSetup setup = root.setup;
        FindingMapper mapper = new FindingMapper(path -> text(path, buffers, texts), this::uriOf,
                setup == null ? Map.of() : setup.invocation().knownRules());
        Set<Path> paths = new LinkedHashSet<>(findings.keySet());
        paths.addAll(root.published.keySet());
        paths.addAll(forced);
        for (Path path : paths) {
            if (!path.startsWith(root.directory) && !documents.containsKey(path)) continue;
            List<Diagnostic> diagnostics = new ArrayList<>();
            for (Finding finding : findings.getOrDefault(path, List.of())) diagnostics.add(mapper.diagnostic(finding));
            List<Diagnostic> before = root.published.get(path);
            if (diagnostics.equals(before == null ? List.of() : before) && !forced.contains(path)) continue;
            if (diagnostics.isEmpty()) root.published.remove(path);
            else root.published.put(path, diagnostics);
            OpenDocument document = documents.get(path);
            PublishDiagnosticsParams params = new PublishDiagnosticsParams(uriOf(path), diagnostics);
            if (document != null && buffers.containsKey(path)) params.setVersion(document.version());
            if (client != null) client.publishDiagnostics(params);
        }
    }

    /** The text of a file for positions: the buffer linted, else the file on disk (null when unreadable). */
    private static LineIndex text(Path path, Map<Path, String> buffers, Map<Path, LineIndex> cache) {
        return cache.computeIfAbsent(path, p -> {
            String buffer = buffers.get(p);
            if (buffer != null) return LineIndex.of(buffer);
            WorkspaceFiles.Content content = WorkspaceFiles.readRegular(p, MAX_TEXT_BYTES);
            return content.ok() ? LineIndex.of(new String(content.bytes(), StandardCharsets.UTF_8)) : null;
        });
    }

    /** The URI the client uses for an open document, else the file's URI. */
    String uriOf(Path path) {
        OpenDocument document = documents.get(path);
        return document != null ? document.uri() : path.toUri().toString();
    }

    static Optional<Path> toPath(String uri) {
        try {
            URI parsed = URI.create(uri);
            if (!"file".equalsIgnoreCase(parsed.getScheme())) return Optional.empty();
            return Optional.of(Path.of(parsed).toAbsolutePath().normalize());
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- requests

    /** The open document a request names, linted up to date; an unknown document is an InvalidParams error. */
    private Request request(String uri) {
        OpenDocument document = toPath(uri).map(documents::get).orElseThrow(() -> new ResponseErrorException(
                new ResponseError(ResponseErrorCode.InvalidParams, "unknown document: " + uri
                        + " (open it with textDocument/didOpen first)", null)));
        LintRoot root = rootOf(document.path());
        flush(root);
        return new Request(document, root, root.snapshot);
    }

    record Request(OpenDocument document, LintRoot root, Snapshot snapshot) {

        List<Finding> findings() {
            return snapshot.findings().getOrDefault(document.path(), List.of());
        }

        FindingMapper mapper(ComposeLanguageServer server) {
            Map<Path, LineIndex> cache = new HashMap<>();
            RootSetup setup = root.setup;
            return new FindingMapper(path -> text(path, snapshot.buffers(), cache), server::uriOf,
                    setup == null ? Map.of() : setup.invocation().knownRules());
        }
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return CompletableFuture.supplyAsync(() -> {
            Request request = request(params.getTextDocument().getUri());
            return Hovers.hover(request.findings(), request.mapper(this), params.getPosition(),
                    request.root().setup == null ? Map.of() : request.root().setup.invocation().knownRules());
        });
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return CompletableFuture.supplyAsync(() -> {
            Request request = request(params.getTextDocument().getUri());
            Map<Path, String> buffers = new LinkedHashMap<>();
            documents.values().forEach(document -> buffers.put(document.path(), document.text()));
            RootSetup setup = request.root().setup;
            CodeActions actions = new CodeActions(request.root().directory, request.mapper(this), this::uriOf,
                    buffers, setup == null ? null : current -> setup.invocation().linter()
                            .relint(request.snapshot().result(), Buffers.overlay(setup.request(), current), Set.of())
                            .findings());
            try {
                return actions.actions(request.document().path(), request.findings(), params);
            } catch (RuntimeException e) {
                log(MessageType.Error, "code actions failed for " + request.document().uri() + ": " + describe(e));
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError,
                        "composelint could not compute code actions: " + e.getClass().getSimpleName(), null));
            }
        });
    }

    /**
     * An internal error for the log: its class and where it happened, without its message (a message may quote a
     * value from the linted files, which may be a secret).
     */
    static String describe(Throwable e) {
        StringBuilder out = new StringBuilder(e.getClass().getName());
        StackTraceElement[] trace = e.getStackTrace();
        for (int i = 0; i < Math.min(8, trace.length); i++) out.append("\n    at ").append(trace[i]);
        return out.toString();
    }

    private void log(MessageType type, String message) {
        LanguageClient current = client;
        if (current != null) current.logMessage(new MessageParams(type, message));
    }
}
