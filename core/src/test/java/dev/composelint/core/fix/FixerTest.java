package dev.composelint.core.fix;

import dev.composelint.core.Finding;
import dev.composelint.core.Fix;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.model.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FixerTest {

    @TempDir
    Path dir;

    private static Finding finding(String rule, Fix fix) {
        Source at = fix.edits().isEmpty() ? Source.file(Path.of("x")) : fix.edits().get(0).range();
        return new Finding(rule, Severity.WARNING, rule + " at " + at, at, List.of(), fix, List.of());
    }

    private static Fix.Edit edit(Path file, int line, int column, int endLine, int endColumn, String text) {
        return new Fix.Edit(new Source(file, line, column, endLine, endColumn), text);
    }

    private static LintResult result(Path root, List<Finding> findings) {
        return new LintResult(new Workspace(root, List.of(), List.of()), findings, List.of(), Duration.ZERO);
    }

    @Test
    void buffersKeepTheByteOrderMarkAndWriteInsertedLinesWithTheFilesLineEnding() {
        Path file = dir.resolve("compose.yaml");
        String text = "\uFEFFversion: '3'\r\nservices:\r\n  app:\r\n    image: x # é\r\n";
        Fix remove = new Fix("remove", List.of(edit(file, 1, 1, 2, 1, "")));
        Fix declare = new Fix("declare", List.of(edit(file, 5, 1, 5, 1, "volumes:\n  data: {}\n")));
        Fixer.BufferOutcome outcome = new Fixer(dir, false).applyToBuffers(Map.of(file, text),
                List.of(finding("a", remove), finding("b", declare)));
        assertThat(outcome.applied()).isEqualTo(2);
        assertThat(outcome.buffers().get(file))
                .isEqualTo("\uFEFFservices:\r\n  app:\r\n    image: x # é\r\nvolumes:\r\n  data: {}\r\n");
    }

    @Test
    void columnsCountCodePointsAsTheReaderDoes() {
        Path file = dir.resolve("compose.yaml");
        String text = "a: \uD83D\uDE00 old # keep\n";
        Fix fix = new Fix("replace", List.of(edit(file, 1, 6, 1, 9, "new")));
        String out = new Fixer(dir, false).applyToBuffers(Map.of(file, text), List.of(finding("r", fix)))
                .buffers().get(file);
        assertThat(out).isEqualTo("a: \uD83D\uDE00 new # keep\n");
    }

    @Test
    void unsafeFixesWaitForTheFlagAndAdviceIsNeverApplied() {
        Path file = dir.resolve("compose.yaml");
        Fix unsafe = Fix.unsafe("rename", List.of(edit(file, 1, 7, 1, 8, "b")));
        List<Finding> findings = List.of(finding("r", unsafe), finding("s", Fix.advice("think")));
        assertThat(new Fixer(dir, false).applyToBuffers(Map.of(file, "name: a\n"), findings).applied()).isZero();
        assertThat(new Fixer(dir, true).applyToBuffers(Map.of(file, "name: a\n"), findings).buffers().get(file))
                .isEqualTo("name: b\n");
        assertThat(new Fixer(dir, true).countFixable(findings)).isEqualTo(1);
        assertThat(new Fixer(dir, false).countFixable(findings)).isZero();
    }

    @Test
    void overlappingFixesWaitForTheNextPassAndIdenticalFixesApplyOnce() {
        Path file = dir.resolve("compose.yaml");
        String text = "services:\n  app:\n    image: nginx\n";
        Fix first = new Fix("one", List.of(edit(file, 3, 12, 3, 17, "nginx:1.27")));
        Fix overlapping = new Fix("two", List.of(edit(file, 3, 5, 3, 17, "image: httpd")));
        Fix insert = new Fix("insert", List.of(edit(file, 4, 1, 4, 1, "volumes: {}\n")));
        List<Finding> findings = List.of(finding("a", first), finding("b", overlapping), finding("c", insert),
                finding("d", insert));
        Fixer.BufferOutcome onePass = new Fixer(dir, false).applyToBuffers(Map.of(file, text), findings);
        assertThat(onePass.applied()).isEqualTo(2);
        // in position order: the fix starting first wins, the other waits
        assertThat(onePass.buffers().get(file)).isEqualTo("services:\n  app:\n    image: httpd\nvolumes: {}\n");

        AtomicInteger passes = new AtomicInteger();
        Fixer.BufferOutcome relinted = new Fixer(dir, false, 3).fixBuffers(Map.of(file, text), findings, buffers -> {
            passes.incrementAndGet();
            String now = buffers.get(file);
            return now.contains("nginx:1.27") ? List.of()
                    : List.of(finding("a", new Fix("one", List.of(edit(file, 3, 12, 3, 17, "nginx:1.27")))));
        });
        assertThat(relinted.applied()).isEqualTo(3);
        assertThat(relinted.buffers().get(file)).isEqualTo("services:\n  app:\n    image: nginx:1.27\nvolumes: {}\n");
        assertThat(passes.get()).isEqualTo(2);
    }

    @Test
    void filesAreWrittenAtomicallyAndADryRunWritesNothing() throws IOException {
        Path file = dir.resolve("compose.yaml");
        Files.writeString(file, "version: '3'\nservices: {}\n");
        Fix remove = new Fix("remove", List.of(edit(file, 1, 1, 2, 1, "")));
        List<Finding> findings = List.of(finding("obsolete-version", remove));
        AtomicInteger lints = new AtomicInteger();

        Fixer.FileOutcome dry = new Fixer(dir, false).fixFiles(() -> result(dir, findings), false);
        assertThat(Files.readString(file)).isEqualTo("version: '3'\nservices: {}\n");
        assertThat(dry.diff(dir)).isEqualTo("--- a/compose.yaml\n+++ b/compose.yaml\n@@ -1,2 +1,1 @@\n"
                + "-version: '3'\n services: {}\n");
        assertThat(dry.summary(false)).isEqualTo("1 fix would be applied in 1 file\n");

        Fixer.FileOutcome outcome = new Fixer(dir, false).fixFiles(() -> lints.getAndIncrement() == 0
                ? result(dir, findings) : result(dir, List.of()), true);
        assertThat(Files.readString(file)).isEqualTo("services: {}\n");
        assertThat(outcome.applied()).isEqualTo(1);
        assertThat(outcome.remaining().findings()).isEmpty();
        assertThat(outcome.summary(true)).isEqualTo("1 fix applied in 1 file\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("compose.yaml");
        }
    }

    @Test
    void aFileChangedOnDiskAfterTheLintIsNotWritten() throws IOException {
        Path file = dir.resolve("compose.yaml");
        Files.writeString(file, "version: '3'\nservices: {}\n");
        Fix remove = new Fix("remove", List.of(edit(file, 1, 1, 2, 1, "")));
        Fixer.FileOutcome outcome = new Fixer(dir, false).fixFiles(() -> {
            try {
                Thread.sleep(20);
                Files.writeString(file, "services: {}\nversion: '3'\n");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return result(dir, List.of(finding("obsolete-version", remove)));
        }, true);
        assertThat(Files.readString(file)).isEqualTo("services: {}\nversion: '3'\n");
        assertThat(outcome.applied()).isZero();
        assertThat(outcome.problems()).containsExactly(
                "compose.yaml: not fixed, the file changed on disk since it was read");
    }

    @Test
    void aFixNeverTouchesAFileOutsideTheWorkspace() throws IOException {
        Path root = Files.createDirectories(dir.resolve("root"));
        Path outside = dir.resolve("outside.yaml");
        Files.writeString(outside, "version: '3'\n");
        Path link = root.resolve("linked.yaml");
        Files.createSymbolicLink(link, outside);
        List<Finding> findings = new ArrayList<>();
        for (Path target : List.of(outside, link, root.resolve("../outside.yaml"))) {
            findings.add(finding("r", new Fix("remove", List.of(edit(target, 1, 1, 2, 1, "")))));
        }
        Fixer.FileOutcome outcome = new Fixer(root, true).fixFiles(() -> result(root, findings), true);
        assertThat(Files.readString(outside, StandardCharsets.UTF_8)).isEqualTo("version: '3'\n");
        assertThat(outcome.applied()).isZero();
        assertThat(outcome.problems()).isNotEmpty()
                .allMatch(p -> p.endsWith("not fixed, the file is outside the workspace"));
    }
}
