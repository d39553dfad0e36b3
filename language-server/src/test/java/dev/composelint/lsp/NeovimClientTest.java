package dev.composelint.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incident scenario through a real editor client: Neovim's built-in LSP client, headless, with
 * {@code nvim-scenario.lua}. Skips (with the reason) when {@code nvim} is not installed; {@code .ci/run} installs
 * Debian's {@code neovim} when it can.
 */
class NeovimClientTest {

    @TempDir
    Path temp;

    @Test
    void incidentScenarioThroughNeovim() throws Exception {
        Path nvim = onPath("nvim");
        Assumptions.assumeTrue(nvim != null,
                "nvim is not installed (apt-get install -y neovim); skipping the Neovim client check");
        Path root = LanguageServerEndToEndTest.copyIncident(temp.resolve("incident"));
        Path monitoring = root.resolve("secureconnect-backend/docker-compose.monitoring.yml");
        Path prometheus = root.resolve("secureconnect-backend/monitoring/prometheus.yml");
        String original = Files.readString(monitoring);
        Path script = temp.resolve("nvim-scenario.lua");
        try (InputStream in = NeovimClientTest.class.getResourceAsStream("nvim-scenario.lua")) {
            Files.copy(in, script);
        }
        Path out = temp.resolve("results.json");

        JsonObject config = new JsonObject();
        JsonArray cmd = new JsonArray();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xshare:auto");
        cmd.add("-cp");
        cmd.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        cmd.add(LanguageServerMain.class.getName());
        config.add("cmd", cmd);
        config.addProperty("root", root.toString());
        config.addProperty("monitoring", monitoring.toString());
        config.addProperty("prometheus", prometheus.toString());
        config.addProperty("network", LanguageServerEndToEndTest.NETWORK_NAME);
        config.addProperty("out", out.toString());

        ProcessBuilder builder = new ProcessBuilder(List.of(nvim.toString(), "--headless", "-u", "NONE", "-i", "NONE",
                "-c", "luafile " + script)).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(temp.resolve("nvim.log").toFile());
        builder.environment().put("COMPOSELINT_NVIM_CONFIG", config.toString());
        builder.environment().put("XDG_STATE_HOME", temp.resolve("state").toString());
        builder.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
        builder.environment().put("XDG_DATA_HOME", temp.resolve("data").toString());
        Process process = builder.start();
        process.getOutputStream().close();
        boolean finished = process.waitFor(180, TimeUnit.SECONDS);
        if (!finished) process.destroyForcibly();
        String log = Files.exists(temp.resolve("nvim.log")) ? Files.readString(temp.resolve("nvim.log")) : "";
        assertThat(finished).as("nvim finished; its output:\n%s", log).isTrue();
        assertThat(out).as("nvim wrote its results; its output:\n%s", log).exists();

        JsonObject results = JsonParser.parseString(Files.readString(out, StandardCharsets.UTF_8)).getAsJsonObject();
        assertThat(results.get("ok").getAsBoolean()).as("the scenario: %s\nnvim output:\n%s", results, log).isTrue();
        assertThat(results.get("mismatch").getAsBoolean()).isTrue();
        assertThat(results.get("cleared").getAsBoolean()).isTrue();
        assertThat(results.get("absent").getAsBoolean()).isTrue();
        String fixed = LanguageServerEndToEndTest.withNetworkName(original);
        assertThat(results.get("text").getAsString()).doesNotContain("version: \"3.8\"")
                .startsWith("# The monitoring stack of the incident")
                .endsWith(fixed.substring(fixed.indexOf("\nservices:")));
        assertThat(results.get("stopped").getAsBoolean()).isTrue();
        assertThat(Files.readString(monitoring)).isEqualTo(original); // the client never saved
    }

    private static Path onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) return candidate;
        }
        return null;
    }
}
