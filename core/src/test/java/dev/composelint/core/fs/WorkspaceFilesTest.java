package dev.composelint.core.fs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceFilesTest {

    @TempDir
    Path dir;

    @Test
    void aRunReadsEachFileOnceAndKeepsItsText() throws IOException {
        Path file = Files.writeString(dir.resolve("compose.yaml"), "first\n");
        WorkspaceFiles run = WorkspaceFiles.within(List.of(dir));
        assertThat(run.text(file, 100)).contains("first\n");
        Files.writeString(file, "second\n");
        assertThat(run.text(file, 100)).contains("first\n");
        assertThat(run.read(file, 3).problem()).isEqualTo(WorkspaceFiles.Problem.TOO_LARGE);
        // the next run reads the disk again
        assertThat(WorkspaceFiles.within(List.of(dir)).text(file, 100)).contains("second\n");
    }

    @Test
    void aBufferWinsAndCountsAsARegularFileEvenWhenMissingOnDisk() throws IOException {
        Path file = Files.writeString(dir.resolve("compose.yaml"), "disk\n");
        Path missing = dir.resolve("sub/new.yaml");
        WorkspaceFiles run = WorkspaceFiles.within(List.of(dir))
                .withBuffers(Map.of(file, "buffer\n", dir.resolve("sub/../sub/new.yaml"), "new\n"));
        assertThat(run.text(file, 100)).contains("buffer\n");
        assertThat(new String(run.content(missing, 100).bytes(), StandardCharsets.UTF_8)).isEqualTo("new\n");
        assertThat(run.isRegularFile(missing)).isTrue();
        assertThat(run.exists(missing)).isTrue();
        assertThat(run.check(missing)).isNull();
        assertThat(run.read(missing, 2).problem()).isEqualTo(WorkspaceFiles.Problem.TOO_LARGE);
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void aBufferNeverWidensTheBoundary() throws IOException {
        Path inside = Files.createDirectories(dir.resolve("repo"));
        Path outside = dir.resolve("outside.env");
        WorkspaceFiles run = WorkspaceFiles.within(List.of(inside)).withBuffers(Map.of(outside, "TOKEN=x\n"));
        assertThat(run.read(outside).problem()).isEqualTo(WorkspaceFiles.Problem.OUTSIDE);
        assertThat(run.buffer(outside)).isNull();
        assertThat(run.exists(outside)).isFalse();
        assertThat(run.content(outside, 100).problem()).isEqualTo(WorkspaceFiles.Problem.MISSING);
    }
}
