package dev.composelint.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.composelint.core.Finding;
import dev.composelint.core.invocation.LintInvocation;
import dev.composelint.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server as an editor sees it: a child process on stdio, driven by {@link LspTestClient} through the incident
 * example (a copy, so that nothing is written to the fixtures).
 */
class LanguageServerEndToEndTest {

    static final String NETWORK_NAME = "secureconnect-backend_secureconnect-net";

    @TempDir
    Path temp;

    /** A copy of the incident example; returns its root. */
    static Path copyIncident(Path target) throws IOException {
        Path source = Fixtures.incident().getParent();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(copy);
                else Files.copy(file, copy);
            }
        }
        return target;
    }

    /** The monitoring compose file with {@code name:} set on its external network, the fix the finding asks for. */
    static String withNetworkName(String text) {
        return text.replace("    external: true\n", "    external: true\n    name: " + NETWORK_NAME + "\n");
    }

    @Test
    void incidentScenarioOverStdio() throws Exception {
        Path root = copyIncident(temp.resolve("incident"));
        Path project = root.resolve("secureconnect-backend");
        Path monitoring = project.resolve("docker-compose.monitoring.yml");
        Path prometheus = project.resolve("monitoring/prometheus.yml");
        String monitoringUri = monitoring.toUri().toString();
        String prometheusUri = prometheus.toUri().toString();
        String original = Files.readString(monitoring);

        try (LspTestClient client = LspTestClient.start(root)) {
            JsonObject capabilities = json("{\"workspace\":{\"didChangeWatchedFiles\":{\"dynamicRegistration\":true}},"
                    + "\"textDocument\":{\"publishDiagnostics\":{\"relatedInformation\":true}}}");
            JsonObject init = new JsonObject();
            init.addProperty("processId", ProcessHandle.current().pid());
            init.addProperty("rootUri", root.toUri().toString());
            init.add("capabilities", capabilities);
            JsonObject result = client.request("initialize", init).getAsJsonObject();
            assertThat(result.getAsJsonObject("capabilities").get("hoverProvider").getAsBoolean()).isTrue();
            assertThat(result.getAsJsonObject("capabilities").getAsJsonObject("textDocumentSync").get("change")
                    .getAsInt()).as("incremental sync").isEqualTo(2);
            client.notify("initialized", new JsonObject());

            // 2-3: open the monitoring compose file, receive external-network-mismatch
            client.notify("textDocument/didOpen", open(monitoringUri, original));
            JsonArray first = client.awaitDiagnostics(monitoringUri,
                    d -> LspTestClient.hasCode(d, "external-network-mismatch"), "external-network-mismatch");
            JsonObject mismatch = find(first, "external-network-mismatch");
            assertThat(mismatch.get("source").getAsString()).isEqualTo("composelint");
            assertThat(mismatch.get("severity").getAsInt()).isEqualTo(1);
            assertThat(mismatch.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt())
                    .isEqualTo(54);
            assertThat(mismatch.getAsJsonObject("codeDescription").get("href").getAsString())
                    .endsWith("docs/rules/external-network-mismatch.md");
            assertThat(mismatch.getAsJsonArray("relatedInformation").get(0).getAsJsonObject()
                    .getAsJsonObject("location").get("uri").getAsString()).endsWith("docker-compose.yml");
            JsonObject obsolete = find(first, "obsolete-version");
            assertThat(obsolete.getAsJsonArray("tags").get(0).getAsInt()).isEqualTo(1); // Unnecessary
            // the configuration watcher was registered dynamically
            assertThat(client.serverRequests()).anyMatch(r -> r.get("method").getAsString()
                    .equals("client/registerCapability"));

            // every finding of the CLI's run in that directory is published, each at its file and line
            JsonArray before = client.awaitDiagnostics(prometheusUri, d -> messages(d).contains("api-gateway"),
                    "prometheus.yml's findings, published though it is not open");
            List<String> cli = cliFindings(root);
            long deadline = System.nanoTime() + LspTestClient.TIMEOUT.toNanos();
            while (!published(client, root).equals(cli) && System.nanoTime() < deadline) Thread.sleep(50);
            assertThat(published(client, root)).isEqualTo(cli);

            // 4: set the right name: in the unsaved buffer, and the finding goes
            String fixed = withNetworkName(original);
            client.notify("textDocument/didChange", change(monitoringUri, 2, fixed));
            client.awaitDiagnostics(monitoringUri, d -> !LspTestClient.hasCode(d, "external-network-mismatch")
                    && LspTestClient.hasCode(d, "obsolete-version"), "external-network-mismatch cleared");
            assertThat(Files.readString(monitoring)).isEqualTo(original); // nothing was saved
            // prometheus now shares a network with the backend: the findings in the other file go too
            JsonArray cleared = client.awaitDiagnostics(prometheusUri, d -> !messages(d).contains("api-gateway"),
                    "prometheus.yml's api-gateway finding cleared");
            assertThat(cleared.size()).isLessThan(before.size());
            assertThat(messages(cleared)).contains("notification-service");

            // 5: prometheus.yml
            client.notify("textDocument/didOpen", open(prometheusUri, Files.readString(prometheus)));
            JsonArray scrape = client.awaitDiagnostics(prometheusUri,
                    d -> LspTestClient.hasCode(d, "absent-scrape-target"), "absent-scrape-target");
            assertThat(find(scrape, "absent-scrape-target").get("message").getAsString())
                    .contains("notification-service");

            // hover on the flagged target explains the rule
            int line = lineOf(Files.readString(prometheus), "- notification-service:8085");
            JsonObject hover = client.request("textDocument/hover", position(prometheusUri, line, 14))
                    .getAsJsonObject();
            assertThat(hover.getAsJsonObject("contents").get("value").getAsString())
                    .contains("absent-scrape-target").contains("What it finds");

            // 6: code actions on the version line; apply the obsolete-version fix
            JsonObject actionParams = new JsonObject();
            actionParams.add("textDocument", document(monitoringUri));
            actionParams.add("range", range(3, 0, 3, 0));
            actionParams.add("context", json("{\"diagnostics\":[]}"));
            JsonArray actions = client.request("textDocument/codeAction", actionParams).getAsJsonArray();
            List<String> titles = new ArrayList<>();
            actions.forEach(a -> titles.add(a.getAsJsonObject().get("title").getAsString()));
            assertThat(titles).contains("Disable obsolete-version for this line");
            JsonObject fix = null;
            for (JsonElement action : actions) {
                if (action.getAsJsonObject().get("title").getAsString().startsWith("Fix obsolete-version")) {
                    fix = action.getAsJsonObject();
                }
            }
            assertThat(fix).as("the obsolete-version fix among %s", titles).isNotNull();
            JsonArray edits = fix.getAsJsonObject("edit").getAsJsonObject("changes").getAsJsonArray(monitoringUri);
            String applied = apply(fixed, edits);
            assertThat(applied).doesNotContain("version: \"3.8\"")
                    .startsWith("# The monitoring stack of the incident")
                    .endsWith(fixed.substring(fixed.indexOf("\nservices:")));

            // fix all in file is offered
            assertThat(titles).anyMatch(t -> t.startsWith("Fix all composelint problems in this file"));

            // an unknown document is an error response, and the server lives on
            JsonObject unknown = client.requestRaw("textDocument/hover",
                    position(root.resolve("nope.yml").toUri().toString(), 0, 0));
            assertThat(unknown.getAsJsonObject("error").get("message").getAsString()).contains("unknown document");

            // a broken file is a located finding, and the server goes on
            Path broken = root.resolve("broken/compose.yaml");
            Files.createDirectories(broken.getParent());
            Files.writeString(broken, "services:\n  web:\n    image: [nginx\n\u0000\u0001\n");
            client.notify("textDocument/didOpen", open(broken.toUri().toString(), Files.readString(broken)));
            client.awaitDiagnostics(broken.toUri().toString(), d -> LspTestClient.hasCode(d, "yaml"), "a yaml finding");
            assertThat(client.request("textDocument/hover", position(prometheusUri, line, 14)).isJsonObject()).isTrue();

            // the scrape target removed in prometheus.yml's unsaved buffer: its finding goes, the others stay
            String scrapeConfig = Files.readString(prometheus);
            String withoutTarget = scrapeConfig.replace("          - notification-service:8085\n", "");
            assertThat(withoutTarget).isNotEqualTo(scrapeConfig);
            // as an incremental change: the line's range deleted
            int targetLine = lineOf(scrapeConfig, "          - notification-service:8085");
            client.notify("textDocument/didChange", rangeChange(prometheusUri, 2, range(targetLine, 0, targetLine + 1, 0),
                    ""));
            JsonArray scrapeCleared = client.awaitDiagnostics(prometheusUri,
                    d -> !messages(d).contains("notification-service"), "notification-service's finding cleared");
            assertThat(LspTestClient.hasCode(scrapeCleared, "absent-scrape-target")).isTrue();
            assertThat(Files.readString(prometheus)).isEqualTo(scrapeConfig); // nothing was saved

            // 7: shutdown and exit
            assertThat(client.request("shutdown", null).isJsonNull()).isTrue();
            // after shutdown every request but exit is refused with InvalidRequest
            JsonObject refused = client.requestRaw("textDocument/hover", position(prometheusUri, line, 14));
            assertThat(refused.getAsJsonObject("error").get("code").getAsInt()).isEqualTo(-32600);
            assertThat(client.requestRaw("shutdown", null).getAsJsonObject("error").get("code").getAsInt())
                    .isEqualTo(-32600);
            client.notify("exit", null);
            assertThat(client.awaitExit()).isZero();
        }
    }

    static String messages(JsonArray diagnostics) {
        StringBuilder out = new StringBuilder();
        diagnostics.forEach(d -> out.append(d.getAsJsonObject().get("message").getAsString()).append('\n'));
        return out.toString();
    }

    /** "file:line code" of every diagnostic the client holds, files relative to {@code root}, sorted. */
    static List<String> published(LspTestClient client, Path root) {
        List<String> out = new ArrayList<>();
        client.diagnostics().forEach((uri, diagnostics) -> diagnostics.forEach(d -> {
            JsonObject diagnostic = d.getAsJsonObject();
            out.add(root.relativize(Path.of(java.net.URI.create(uri))) + ":"
                    + (diagnostic.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt() + 1) + " "
                    + diagnostic.get("code").getAsString());
        }));
        out.sort(null);
        return out;
    }

    /** The same for what {@code composelint} run in {@code root} finds. */
    static List<String> cliFindings(Path root) throws Exception {
        List<String> out = new ArrayList<>();
        LintInvocation invocation = LintInvocation.builder(root).load(load -> load.environment(System.getenv())).build();
        for (Finding finding : invocation.lint().findings()) {
            Path file = root.resolve(finding.source().file()).toAbsolutePath().normalize();
            out.add(root.relativize(file) + ":" + finding.source().line() + " " + finding.ruleId());
        }
        out.sort(null);
        return out;
    }

    static JsonObject find(JsonArray diagnostics, String code) {
        for (JsonElement diagnostic : diagnostics) {
            if (diagnostic.getAsJsonObject().get("code").getAsString().equals(code)) return diagnostic.getAsJsonObject();
        }
        throw new AssertionError("no " + code + " in " + diagnostics);
    }

    static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(needle)) return i;
        throw new AssertionError(needle);
    }

    /** Applies LSP text edits (non-overlapping, any order) to a text. */
    static String apply(String text, JsonArray edits) {
        List<JsonObject> sorted = new ArrayList<>();
        edits.forEach(e -> sorted.add(e.getAsJsonObject()));
        LineIndex index = LineIndex.of(text);
        sorted.sort(Comparator.comparingInt((JsonObject e) -> offset(index, e, "start")).reversed());
        StringBuilder out = new StringBuilder(text);
        for (JsonObject edit : sorted) {
            out.replace(offset(index, edit, "start"), offset(index, edit, "end"), edit.get("newText").getAsString());
        }
        return out.toString();
    }

    private static int offset(LineIndex index, JsonObject edit, String which) {
        JsonObject position = edit.getAsJsonObject("range").getAsJsonObject(which);
        return index.offsetOf(new org.eclipse.lsp4j.Position(position.get("line").getAsInt(),
                position.get("character").getAsInt()));
    }

    static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    static JsonObject document(String uri) {
        JsonObject document = new JsonObject();
        document.addProperty("uri", uri);
        return document;
    }

    static JsonObject open(String uri, String text) {
        JsonObject item = document(uri);
        item.addProperty("languageId", "yaml");
        item.addProperty("version", 1);
        item.addProperty("text", text);
        JsonObject params = new JsonObject();
        params.add("textDocument", item);
        return params;
    }

    static JsonObject change(String uri, int version, String text) {
        JsonObject identifier = document(uri);
        identifier.addProperty("version", version);
        JsonObject whole = new JsonObject();
        whole.addProperty("text", text);
        JsonArray changes = new JsonArray();
        changes.add(whole);
        JsonObject params = new JsonObject();
        params.add("textDocument", identifier);
        params.add("contentChanges", changes);
        return params;
    }

    /** An incremental change: {@code range} replaced by {@code text}. */
    static JsonObject rangeChange(String uri, int version, JsonObject range, String text) {
        JsonObject edit = new JsonObject();
        edit.add("range", range);
        edit.addProperty("text", text);
        JsonObject params = change(uri, version, "");
        JsonArray changes = new JsonArray();
        changes.add(edit);
        params.add("contentChanges", changes);
        return params;
    }

    static JsonObject position(String uri, int line, int character) {
        JsonObject params = new JsonObject();
        params.add("textDocument", document(uri));
        JsonObject position = new JsonObject();
        position.addProperty("line", line);
        position.addProperty("character", character);
        params.add("position", position);
        return params;
    }

    static JsonObject range(int line, int character, int endLine, int endCharacter) {
        return json("{\"start\":{\"line\":" + line + ",\"character\":" + character + "},\"end\":{\"line\":" + endLine
                + ",\"character\":" + endCharacter + "}}");
    }
}
