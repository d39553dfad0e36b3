package dev.composelint.core.dockerfile;

import dev.composelint.core.fs.WorkspaceFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DockerfileReaderTest {

    private static final Path FILE = Path.of("/repo/Dockerfile");

    @Test
    void finalStageInheritsTheHealthcheckOfTheStageItStartsFrom() {
        Dockerfile dockerfile = DockerfileReader.parse(FILE, """
                FROM node:20 AS base
                HEALTHCHECK --interval=5s \\
                  # a comment inside the continuation
                  CMD wget -qO- http://localhost:3000/health
                FROM base AS app
                COPY . /app
                """);
        Dockerfile.Verdict verdict = dockerfile.verdict(null);
        assertThat(verdict.decided()).isTrue();
        assertThat(verdict.healthcheck().none()).isFalse();
        assertThat(verdict.healthcheck().source().line()).isEqualTo(2);
    }

    @Test
    void stagesAreFoundByNumberAndTheLastHealthcheckOfAStageWins() {
        Dockerfile dockerfile = DockerfileReader.parse(FILE, """
                FROM golang:1.22
                HEALTHCHECK CMD ["/app", "health"]
                HEALTHCHECK NONE
                FROM 0
                """);
        assertThat(dockerfile.stages()).hasSize(2);
        assertThat(dockerfile.verdict(null).healthcheck().none()).isTrue();
        assertThat(dockerfile.verdict(null).healthcheck().source().line()).isEqualTo(3);
    }

    @Test
    void anExternalBaseIsNamedWhenNoStageDecides() {
        Dockerfile dockerfile = DockerfileReader.parse(FILE, """
                FROM --platform=$BUILDPLATFORM golang:1.22 AS build
                HEALTHCHECK CMD true
                FROM gcr.io/distroless/static-debian12
                COPY --from=build /out /out
                """);
        Dockerfile.Verdict verdict = dockerfile.verdict(null);
        assertThat(verdict.decided()).isFalse();
        assertThat(verdict.baseImage()).isEqualTo("gcr.io/distroless/static-debian12");
        assertThat(dockerfile.verdict("build").decided()).isTrue();
    }

    @Test
    void heredocBodiesAreNotInstructionsAndTheEscapeDirectiveIsHonoured() {
        Dockerfile dockerfile = DockerfileReader.parse(FILE, """
                # escape=`
                FROM mcr.microsoft.com/windows/servercore:ltsc2022
                RUN <<EOF
                HEALTHCHECK NONE
                EOF
                HEALTHCHECK `
                  CMD ping localhost
                """);
        Dockerfile.Verdict verdict = dockerfile.verdict(null);
        assertThat(verdict.healthcheck().none()).isFalse();
        assertThat(verdict.healthcheck().source().line()).isEqualTo(6);
    }

    @Test
    void filesOutsideTheRootAreNotRead(@TempDir Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("repo"));
        Path outside = Files.writeString(dir.resolve("Dockerfile"), "FROM alpine\nHEALTHCHECK NONE\n");
        Path link = root.resolve("Dockerfile");
        Files.createSymbolicLink(link, outside);
        assertThat(DockerfileReader.read(WorkspaceFiles.within(List.of(root)), link)).isEmpty();
        assertThat(DockerfileReader.read(WorkspaceFiles.within(List.of(dir)), outside)).isPresent();
        assertThat(DockerfileReader.read(WorkspaceFiles.within(List.of(root)), root)).isEmpty();
    }
}
