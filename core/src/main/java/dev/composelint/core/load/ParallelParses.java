package dev.composelint.core.load;

import dev.composelint.core.concurrent.Parallel;
import dev.composelint.core.fs.WorkspaceFiles;
import dev.composelint.core.yaml.YamlParse;
import dev.composelint.core.yaml.YamlReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses the compose files of a workspace ahead of the loader, several at once on the machine's cores
 * ({@link Parallel}), into the run's map of parses. The loader then finds every file parsed; what it
 * does with them, and so every finding and its order, is unchanged. Files over {@value #MAX_PARALLEL_BYTES} bytes are
 * left to the loader's own thread, so peak memory stays that of one large file; a parse that fails here is simply
 * repeated there.
 */
final class ParallelParses {

    static final long MAX_PARALLEL_BYTES = 1L << 20;

    private ParallelParses() {
    }

    /** Parses through the run's file source {@code source} (its buffers and cache), like the loader. */
    static void parseAll(Collection<Path> files, Map<Path, YamlParse> parses, YamlReader reader,
                         WorkspaceFiles source) {
        Set<Path> todo = new LinkedHashSet<>();
        for (Path file : files) {
            Path key = file.toAbsolutePath().normalize();
            if (!parses.containsKey(key) && small(key)) todo.add(key);
        }
        if (Math.min(todo.size(), Parallel.threads()) < 2) return;
        List<Runnable> tasks = new ArrayList<>();
        for (Path file : todo) {
            tasks.add(() -> {
                try {
                    parses.computeIfAbsent(file, f -> reader.read(f, source));
                } catch (RuntimeException | Error e) {
                    // left unparsed: the loader parses it again on its own thread and reports what goes wrong
                }
            });
        }
        Parallel.run(tasks);
    }

    private static boolean small(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) <= MAX_PARALLEL_BYTES;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
