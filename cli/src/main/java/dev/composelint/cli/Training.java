package dev.composelint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The launcher's training run: lints a small bundled project (copied to a temporary directory, removed again even
 * when the run is interrupted) as a user would, with the text and the JSON report, and prints nothing. The launcher
 * runs it with the flags that write the JVM's class-data-sharing archive or AOT cache, so that the cache holds the
 * classes of a whole lint run whatever the user's first command was.
 */
public final class Training {

    /** The bundled files, relative to the project; {@code env} becomes {@code .env}. */
    private static final List<String> FILES = List.of("compose.yaml", "compose.override.yaml", "env",
            "monitoring/prometheus.yml", "monitoring/grafana/datasources.yml");

    private Training() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("composelint-training");
        Thread cleanUp = new Thread(() -> delete(dir));
        Runtime.getRuntime().addShutdownHook(cleanUp);
        for (String name : FILES) {
            Path target = dir.resolve(name.equals("env") ? ".env" : name);
            Files.createDirectories(target.getParent());
            try (InputStream in = Training.class.getResourceAsStream("training/" + name)) {
                if (in == null) throw new IOException("training file missing from the jar: " + name);
                Files.copy(in, target);
            }
        }
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        Main.run(new String[] {"."}, sink, sink, dir, Map.of());
        Main.run(new String[] {"--format", "json", "--list-projects", "."}, sink, sink, dir, Map.of());
        Main.run(new String[] {"--format", "json", "."}, sink, sink, dir, Map.of());
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
