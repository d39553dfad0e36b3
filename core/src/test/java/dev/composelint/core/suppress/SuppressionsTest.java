package dev.composelint.core.suppress;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SuppressionsTest {

    private static final Set<String> KNOWN = Set.of("a", "b", "c", "off-rule", Diagnostics.UNUSED_SUPPRESSION);
    private static final Set<String> CHECKED = Set.of("a", "b", "c", Diagnostics.UNUSED_SUPPRESSION);

    @TempDir
    Path dir;

    @Test
    void disableLineSuppressesOnlyItsOwnLineAndNamedRules() throws Exception {
        Path file = write("compose.yaml", """
                x: 1 # composelint-disable-line a
                y: 2
                """);
        List<Finding> out = apply(List.of(at("a", file, 1), at("b", file, 1), at("a", file, 2)));
        assertThat(out).containsExactly(at("b", file, 1), at("a", file, 2));
    }

    @Test
    void disableNextLineSuppressesTheLineBelow() throws Exception {
        Path file = write("compose.yaml", """
                # composelint-disable-next-line a, b
                x: 1
                y: 2
                """);
        List<Finding> out = apply(List.of(at("a", file, 2), at("b", file, 2), at("a", file, 3), at("a", file, 1)));
        assertThat(out).containsExactly(at("a", file, 3), at("a", file, 1));
    }

    @Test
    void disableFileSuppressesEveryLineButOnlyInItsFile() throws Exception {
        Path file = write("compose.yaml", "x: 1\ny: 2\n# composelint-disable-file a\n");
        Path other = write("other.yaml", "x: 1\n");
        List<Finding> out = apply(List.of(at("a", file, 1), at("a", file, 2), at("b", file, 1), at("a", other, 1)));
        assertThat(out).containsExactly(at("b", file, 1), at("a", other, 1));
    }

    @Test
    void reportsUnusedUnknownAndMalformedCommentsAsInfo() throws Exception {
        Path file = write("compose.yaml", """
                x: 1 # composelint-disable-line a, b
                # composelint-disable-next-line c
                y: 2
                # composelint-disable-file nope
                z: 3 # composelint-disable-line off-rule
                # composelint-disable-line
                """);
        List<Finding> out = apply(List.of(at("a", file, 1)));
        assertThat(out).containsExactly(
                unused(file, 1, 6, 37, "unused suppression: no 'b' finding on this line; remove it from the comment"),
                unused(file, 2, 1, 34, "unused suppression: no 'c' finding on the next line; remove it from the "
                        + "comment"),
                unused(file, 4, 1, 32, "unknown rule id 'nope' in composelint-disable-file; it suppresses nothing"),
                unused(file, 6, 1, 27, "composelint-disable-line needs at least one rule id, "
                        + "e.g. '# composelint-disable-line <rule-id>'"));
    }

    @Test
    void scansExtraFilesForUnusedComments() throws Exception {
        Path clean = write("clean.yaml", "x: 1 # composelint-disable-line a\n");
        assertThat(apply(List.of())).isEmpty();
        assertThat(new Suppressions(dir, KNOWN, CHECKED).apply(List.of(), List.of(clean))).containsExactly(
                unused(clean, 1, 6, 34, "unused suppression: no 'a' finding on this line; remove it from the comment"));
    }

    @Test
    void unusedSuppressionFindingsCanThemselvesBeSuppressed() throws Exception {
        Path file = write("compose.yaml", """
                # composelint-disable-file unused-suppression
                x: 1 # composelint-disable-line a
                """);
        assertThat(new Suppressions(dir, KNOWN, CHECKED).apply(List.of(), List.of(file))).isEmpty();
    }

    @Test
    void relativeFindingPathsAreResolvedAgainstTheBaseDirectory() throws Exception {
        write("compose.yaml", "x: 1 # composelint-disable-line a\n");
        Finding relative = at("a", Path.of("compose.yaml"), 1);
        assertThat(apply(List.of(relative))).isEmpty();
    }

    @Test
    void unreadableOrMissingFilesSuppressNothing() {
        Finding missing = at("a", dir.resolve("missing.yaml"), 1);
        Finding directory = at("a", dir, 1);
        assertThat(apply(List.of(missing, directory))).containsExactly(missing, directory);
    }

    private List<Finding> apply(List<Finding> findings) {
        return new Suppressions(dir, KNOWN, CHECKED).apply(findings, List.of());
    }

    private static Finding at(String rule, Path file, int line) {
        return new Finding(rule, Severity.ERROR, rule + " here", Source.of(file, line, 1));
    }

    private static Finding unused(Path file, int line, int column, int endColumn, String message) {
        return new Finding(Diagnostics.UNUSED_SUPPRESSION, Severity.INFO, message,
                new Source(file, line, column, line, endColumn));
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }
}
