package dev.composelint.core.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Writes mini-repositories into a temporary directory and scans them the way discovery will. */
abstract class EvidenceTestSupport {

    Path root;

    Path write(String relative, String content) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates empty files (compose files that commands name). */
    void touch(String... relatives) {
        for (String relative : relatives) write(relative, "services: {}\n");
    }

    EvidenceScanner.Result scanResult() {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(path -> EvidenceScanner.isEvidenceFile(root.relativize(path))).toList();
            return EvidenceScanner.scanCounting(root, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Evidence scan() {
        return scanResult().evidence();
    }

    Path at(String relative) {
        return root.resolve(relative).normalize();
    }

    List<Path> paths(String... relatives) {
        return Stream.of(relatives).map(this::at).toList();
    }

    ComposeInvocation only(Evidence evidence) {
        org.assertj.core.api.Assertions.assertThat(evidence.invocations()).hasSize(1);
        return evidence.invocations().get(0);
    }
}
