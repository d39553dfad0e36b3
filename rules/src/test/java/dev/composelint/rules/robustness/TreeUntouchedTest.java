package dev.composelint.rules.robustness;

import dev.composelint.core.engine.LintResult;
import dev.composelint.core.engine.Linter;
import dev.composelint.core.load.LoadRequest;
import dev.composelint.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** composelint never writes: linting a tree leaves every file and directory byte-identical, mtimes included. */
class TreeUntouchedTest {

    @Test
    void lintingEveryFixtureLeavesTheTreeByteIdentical(@TempDir Path tree) throws Exception {
        copyTree(Fixtures.root(), tree);
        Map<String, String> before = snapshot(tree);

        LintResult result = Linter.builder().discoverRules().build()
                .lint(LoadRequest.of(tree).withEnvironment(Map.of()).withWorkingDirectory(tree));

        assertThat(result.workspace().projects()).as("projects linted").hasSizeGreaterThan(20);
        assertThat(result.findings()).as("findings").isNotEmpty();
        assertThat(snapshot(tree)).as("the tree after linting").isEqualTo(before);
    }

    /** Every path below {@code root}: its kind, size, last-modified time and, for files, the SHA-256 of its bytes. */
    private static Map<String, String> snapshot(Path root) throws IOException, NoSuchAlgorithmException {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.toList()) {
                String entry = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "dir"
                        : "file " + Files.size(p) + " " + sha256(p);
                state.put(root.relativize(p).toString(),
                        entry + " mtime " + Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis());
            }
        }
        return state;
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path p : paths.sorted().toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }
}
