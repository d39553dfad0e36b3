package dev.composelint.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A JSON-RPC client of our own for the language server: starts {@link LanguageServerMain} as a child JVM, frames
 * messages with {@code Content-Length} headers on its standard streams, answers the server's requests and keeps the
 * last diagnostics published for each URI.
 */
final class LspTestClient implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final OutputStream toServer;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> diagnostics = new ConcurrentHashMap<>();
    private final List<JsonObject> serverRequests = new ArrayList<>();
    private final Object lock = new Object();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private LspTestClient(Process process) {
        this.process = process;
        this.toServer = process.getOutputStream();
        Thread reader = new Thread(this::readLoop, "lsp-test-client");
        reader.setDaemon(true);
        reader.start();
        Thread errors = new Thread(() -> {
            try {
                process.getErrorStream().transferTo(stderr);
            } catch (IOException ignored) {
                // the process ended
            }
        }, "lsp-test-stderr");
        errors.setDaemon(true);
        errors.start();
    }

    /** Starts the server in a child JVM on this test's class path. */
    static LspTestClient start(Path workingDirectory) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xshare:auto", "-cp", classPath,
                LanguageServerMain.class.getName()).directory(workingDirectory.toFile());
        builder.environment().remove("COMPOSE_PROJECT_NAME");
        return new LspTestClient(builder.start());
    }

    /** Sends a request and waits for its response; an error response fails with its message. */
    JsonElement request(String method, JsonElement params) {
        JsonObject response = requestRaw(method, params);
        if (response.has("error")) throw new AssertionError(method + " failed: " + response.get("error"));
        return response.get("result");
    }

    /** Sends a request and returns the whole response (result or error). */
    JsonObject requestRaw(String method, JsonElement params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonObject> response = new CompletableFuture<>();
        pending.put(id, response);
        JsonObject message = new JsonObject();
        message.addProperty("jsonrpc", "2.0");
        message.addProperty("id", id);
        message.addProperty("method", method);
        message.add("params", params);
        send(message);
        try {
            return response.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no response to " + method + " (" + e + "); server log:\n" + log(), e);
        }
    }

    void notify(String method, JsonElement params) {
        JsonObject message = new JsonObject();
        message.addProperty("jsonrpc", "2.0");
        message.addProperty("method", method);
        message.add("params", params == null ? JsonNull.INSTANCE : params);
        send(message);
    }

    /** Waits until the last diagnostics published for {@code uri} satisfy {@code condition}; returns them. */
    JsonArray awaitDiagnostics(String uri, Predicate<JsonArray> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        synchronized (lock) {
            while (true) {
                JsonObject last = diagnostics.get(uri);
                if (last != null && condition.test(last.getAsJsonArray("diagnostics"))) {
                    return last.getAsJsonArray("diagnostics");
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("timed out waiting for " + what + " on " + uri + "; last: " + last
                            + "\nserver log:\n" + log());
                }
                lock.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    /** The last diagnostics published for each URI. */
    Map<String, JsonArray> diagnostics() {
        synchronized (lock) {
            Map<String, JsonArray> out = new java.util.TreeMap<>();
            diagnostics.forEach((uri, params) -> out.put(uri, params.getAsJsonArray("diagnostics")));
            return out;
        }
    }

    /** The requests the server sent to this client (method and params). */
    List<JsonObject> serverRequests() {
        synchronized (lock) {
            return List.copyOf(serverRequests);
        }
    }

    /** Waits for the server process to end; its exit code. */
    int awaitExit() throws InterruptedException {
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) throw new AssertionError("the server did not exit");
        return process.exitValue();
    }

    String log() {
        synchronized (stderr) {
            return stderr.toString(StandardCharsets.UTF_8);
        }
    }

    static boolean hasCode(JsonArray diagnostics, String code) {
        for (JsonElement diagnostic : diagnostics) {
            JsonElement value = diagnostic.getAsJsonObject().get("code");
            if (value != null && value.getAsString().equals(code)) return true;
        }
        return false;
    }

    private void send(JsonObject message) {
        byte[] body = message.toString().getBytes(StandardCharsets.UTF_8);
        synchronized (toServer) {
            try {
                toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                toServer.write(body);
                toServer.flush();
            } catch (IOException e) {
                throw new AssertionError("cannot write to the server: " + e + "\n" + log(), e);
            }
        }
    }

    private void readLoop() {
        InputStream in = process.getInputStream();
        try {
            while (true) {
                int length = -1;
                String line;
                while (!(line = readLine(in)).isEmpty()) {
                    if (line.toLowerCase().startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring("content-length:".length()).trim());
                    }
                }
                if (length < 0) throw new IOException("a message without Content-Length");
                JsonObject message = JsonParser.parseString(new String(in.readNBytes(length), StandardCharsets.UTF_8))
                        .getAsJsonObject();
                dispatch(message);
            }
        } catch (IOException | RuntimeException e) {
            pending.values().forEach(f -> f.completeExceptionally(e));
        }
    }

    private void dispatch(JsonObject message) {
        if (message.has("id") && !message.has("method")) {
            CompletableFuture<JsonObject> response = pending.remove(message.get("id").getAsInt());
            if (response != null) response.complete(message);
            return;
        }
        String method = message.get("method").getAsString();
        synchronized (lock) {
            if (method.equals("textDocument/publishDiagnostics")) {
                JsonObject params = message.getAsJsonObject("params");
                diagnostics.put(params.get("uri").getAsString(), params);
            } else if (message.has("id")) {
                serverRequests.add(message);
            }
            lock.notifyAll();
        }
        if (message.has("id")) { // registerCapability and the like: accept
            JsonObject response = new JsonObject();
            response.addProperty("jsonrpc", "2.0");
            response.add("id", message.get("id"));
            response.add("result", JsonNull.INSTANCE);
            send(response);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') return line.toString().strip();
            line.append((char) c);
        }
        throw new IOException("the server closed its output");
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
