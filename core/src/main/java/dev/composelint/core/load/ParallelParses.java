package dev.composelint.core.load;

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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Parses the compose files of a workspace ahead of the loader, several at once on a pool of one thread per core
 * (at most {@value #MAX_THREADS}), into the run's map of parses. The loader then finds every file parsed; what it
 * does with them, and so every finding and its order, is unchanged. Files over {@value #MAX_PARALLEL_BYTES} bytes are
 * left to the loader's own thread, so peak memory stays that of one large file; a parse that fails here is simply
 * repeated there.
 */
final class ParallelParses {

    static final int MAX_THREADS = 4;
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
        int threads = Math.min(Math.min(todo.size(), MAX_THREADS), Runtime.getRuntime().availableProcessors());
        if (threads < 2) return;
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "composelint-parse");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (Path file : todo) pending.add(pool.submit(() -> parses.computeIfAbsent(file, f -> reader.read(f, source))));
            for (Future<?> future : pending) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    // left unparsed: the loader parses it again on its own thread and reports what goes wrong
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean small(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) <= MAX_PARALLEL_BYTES;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
