package dev.composelint.core.fs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads small text files of the workspace safely: only regular files (never a FIFO or device, which could block),
 * only inside the workspace root after resolving symbolic links, and only up to a size limit.
 */
public final class BoundedFiles {

    private BoundedFiles() {
    }

    /** True when {@code file} is a regular file whose real path lies inside the real path of {@code root}. */
    public static boolean inside(Path root, Path file) {
        try {
            if (!Files.isRegularFile(file)) return false;
            Path realRoot = root.toAbsolutePath().normalize().toRealPath();
            return file.toAbsolutePath().normalize().toRealPath().startsWith(realRoot);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The file's text (UTF-8, malformed bytes replaced) when it is inside {@code root} and at most {@code maxBytes}. */
    public static Optional<String> read(Path root, Path file, int maxBytes) {
        if (!inside(root, file)) return Optional.empty();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) return Optional.empty();
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
