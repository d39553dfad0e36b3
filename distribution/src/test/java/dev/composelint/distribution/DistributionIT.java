package dev.composelint.distribution;

import dev.composelint.fixtures.Fixtures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The binary distribution as a user gets it: unpacked into an empty directory and run through {@code bin/composelint}
 * with only Java and a few POSIX tools on PATH (no Maven), on the incident example.
 */
class DistributionIT {

    /** What the launcher script calls besides java; nothing else is on PATH. */
    private static final List<String> POSIX_TOOLS =
            List.of("sh", "dirname", "readlink", "ls", "cksum", "cut", "mkdir", "mv", "rm", "tail");

    private static final String VERSION = System.getProperty("composelint.version");

    @Test
    void unpackedTarballLintsTheIncidentWithoutMaven(@TempDir Path temp) throws Exception {
        Path archive = Path.of(System.getProperty("composelint.archive"));
        assertThat(archive).isRegularFile();
        Path unpacked = Files.createDirectories(temp.resolve("install"));
        assertThat(run(List.of("tar", "xzf", archive.toString()), unpacked, System.getenv()).exitCode).isZero();

        Path home = unpacked.resolve("composelint-" + VERSION);
        assertThat(home.resolve("bin/composelint")).isExecutable();
        assertThat(home.resolve("bin/composelint.cmd")).isRegularFile();
        assertThat(home.resolve("lib/composelint.jar")).isRegularFile();
        assertThat(home.resolve("LICENSE")).isRegularFile();
        assertThat(home.resolve("README.md")).isRegularFile();
        assertThat(home.resolve("docs/rules")).isDirectory();

        Map<String, String> env = toolsOnlyEnvironment(temp);
        assertThat(run(List.of("sh", "-c", "command -v mvn"), temp, env).exitCode)
                .as("mvn must not be reachable on the test's PATH").isNotZero();

        Path incident = Fixtures.root().resolve("projects/incident").toAbsolutePath();
        Result lint = run(List.of(home.resolve("bin/composelint").toString(), "--no-color", incident.toString()),
                temp, env);
        assertThat(lint.exitCode).as(lint.output).isEqualTo(1);
        assertThat(lint.output).contains("external-network-mismatch").contains("problems").doesNotContain("mvn");

        Result version = run(List.of(home.resolve("bin/composelint").toString(), "--version"), temp, env);
        assertThat(version.exitCode).as(version.output).isZero();
        assertThat(version.output).contains(VERSION);

        // the first run trained the start-up cache: one finished file, nothing half-written left
        try (Stream<Path> cached = Files.list(temp.resolve("cache/composelint"))) {
            assertThat(cached.map(p -> p.getFileName().toString()).toList())
                    .singleElement().matches(name -> name.matches("\\d+\\.(jsa|aot|none)"));
        }
        Result again = run(List.of(home.resolve("bin/composelint").toString(), "--no-color", incident.toString()),
                temp, env);
        String noTimes = "[0-9.]+ s\\b";
        assertThat(again.output.replaceAll(noTimes, "")).isEqualTo(lint.output.replaceAll(noTimes, ""));

        // the language server is in the archive: initialize, shutdown and exit over standard input and output
        Path session = temp.resolve("lsp-session");
        Files.writeString(session, frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
                + "{\"processId\":null,\"rootUri\":\"" + incident.toUri() + "\",\"capabilities\":{}}}")
                + frame("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}")
                + frame("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}")
                + frame("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}"), StandardCharsets.UTF_8);
        Result lsp = run(List.of("sh", "-c", "exec \"$0\" lsp < \"$1\"", home.resolve("bin/composelint").toString(),
                session.toString()), temp, env);
        assertThat(lsp.exitCode).as(lsp.output).isZero();
        assertThat(lsp.output).contains("Content-Length:").contains("\"textDocumentSync\"")
                .contains("\"id\":2");
    }

    @Test
    void composelintJavaChoosesTheJava(@TempDir Path temp) throws Exception {
        Path archive = Path.of(System.getProperty("composelint.archive"));
        Path unpacked = Files.createDirectories(temp.resolve("install"));
        assertThat(run(List.of("tar", "xzf", archive.toString()), unpacked, System.getenv()).exitCode).isZero();
        Path launcher = unpacked.resolve("composelint-" + VERSION + "/bin/composelint");
        Map<String, String> env = toolsOnlyEnvironment(temp);

        env.put("COMPOSELINT_JAVA", temp.resolve("no-such-java").toString());
        Result missing = run(List.of(launcher.toString(), "--version"), temp, env);
        assertThat(missing.exitCode).isEqualTo(2);
        assertThat(missing.output).contains("COMPOSELINT_JAVA").contains("is not a java executable");

        env.put("COMPOSELINT_JAVA", System.getProperty("java.home"));
        Result chosen = run(List.of(launcher.toString(), "--version"), temp, env);
        assertThat(chosen.exitCode).as(chosen.output).isZero();
        assertThat(chosen.output).contains(VERSION);
    }

    /** One JSON-RPC message with its Content-Length header. */
    private static String frame(String json) {
        return "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json;
    }

    @Test
    void zipHoldsTheSameLayout() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(System.getProperty("composelint.zip"))) {
            zip.stream().map(ZipEntry::getName).forEach(names::add);
        }
        String base = "composelint-" + VERSION + "/";
        assertThat(names).contains(base + "bin/composelint", base + "bin/composelint.cmd", base + "lib/composelint.jar",
                base + "LICENSE", base + "README.md");
        assertThat(names).anyMatch(name -> name.startsWith(base + "docs/rules/") && name.endsWith(".md"));
    }

    /** PATH holds one directory of wrappers: java of this JVM and the POSIX tools the launcher uses. */
    private static Map<String, String> toolsOnlyEnvironment(Path temp) throws IOException {
        Path tools = Files.createDirectories(temp.resolve("tools"));
        wrapper(tools, "java", Path.of(System.getProperty("java.home"), "bin", "java"));
        for (String tool : POSIX_TOOLS) {
            wrapper(tools, tool, which(tool));
        }
        Map<String, String> env = new HashMap<>();
        env.put("PATH", tools.toString());
        env.put("HOME", temp.toString());
        env.put("XDG_CACHE_HOME", temp.resolve("cache").toString());
        env.put("LANG", "C.UTF-8");
        return env;
    }

    /** A script that runs {@code target} (a wrapper rather than a link, so the temp dir holds no outward links). */
    private static void wrapper(Path tools, String name, Path target) throws IOException {
        Path script = tools.resolve(name);
        Files.writeString(script, "#!/bin/sh\nexec '" + target + "' \"$@\"\n", StandardCharsets.UTF_8);
        assertThat(script.toFile().setExecutable(true)).isTrue();
    }

    private static Path which(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) return candidate;
        }
        throw new AssertionError(tool + " not found on PATH");
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, Path directory, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished: " + command).isTrue();
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
