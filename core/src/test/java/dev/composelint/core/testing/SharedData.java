package dev.composelint.core.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one locator of the shared corpus and oracles for every module's tests: the system property
 * {@value #PROPERTY}, else a {@code shared} directory next to the module or to one of its parents (the repository's
 * {@code ../shared}). A test that needs it calls {@link #assume}: without the directory it is skipped with the
 * reason, or fails when {@code -D}{@value #REQUIRE}{@code =true} (as {@code .ci/run} sets), so CI cannot mistake a
 * skipped oracle for a passing one.
 */
public final class SharedData {

    public static final String PROPERTY = "composelint.shared";
    public static final String REQUIRE = "composelint.requireShared";
    private static final Path ABSENT = Path.of("composelint-shared-not-found");

    private SharedData() {
    }

    /** The shared directory (it holds {@code corpus/}), if there is one. */
    public static Optional<Path> find() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            Path dir = Path.of(property).toAbsolutePath().normalize();
            return Files.isDirectory(dir.resolve("corpus")) ? Optional.of(dir) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared");
            if (Files.isDirectory(candidate.resolve("corpus"))) return Optional.of(candidate.normalize());
        }
        return Optional.empty();
    }

    /** {@code relative} inside the shared directory; a path that does not exist when there is none. */
    public static Path path(String relative) {
        return find().orElse(ABSENT).resolve(relative);
    }

    /** Skips the test with {@code reason} unless {@code present}; fails instead when {@value #REQUIRE} is set. */
    public static void assume(boolean present, String reason) {
        if (present) return;
        String message = reason + " (shared data: -D" + PROPERTY + "=DIR or a ../shared directory)";
        if (Boolean.getBoolean(REQUIRE)) Assertions.fail(message + "; required by -D" + REQUIRE);
        Assumptions.abort(message);
    }

    /** The existing path {@code relative} in the shared directory, or skips (fails when required). */
    public static Path require(String relative) {
        Path path = path(relative);
        assume(Files.exists(path), relative + " not found in the shared data");
        return path;
    }
}
