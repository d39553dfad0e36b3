package dev.composelint.core.evidence;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Which files are evidence, and how they are read: regular files only, bounded, never out of the root. */
class EvidenceFilesTest extends EvidenceTestSupport {

    @TempDir
    Path temp;

    @TempDir
    Path outside;

    @BeforeEach
    void setUp() {
        root = temp;
        touch("a.yml");
    }

    @Test
    void evidenceFileNames() {
        for (String name : List.of("run.sh", "x/setup.bash", "scripts/deploy", "hack/up", "Makefile", "GNUmakefile",
                "makefile", "build/compose.mk", "justfile", "Justfile", ".justfile", "Taskfile.yml", "taskfile.yaml",
                ".github/workflows/ci.yml", ".github/workflows/release.yaml", ".gitlab-ci.yml", "README.md",
                "docs/setup.markdown", ".env", ".env.example", ".env.sample", ".env.dist", "env.example",
                ".env.template", "example.env", "deploy/prod.env.example")) {
            assertThat(EvidenceScanner.isEvidenceFile(Path.of(name))).as(name).isTrue();
        }
        for (String name : List.of("compose.yml", "src/main.go", "deploy/up", "workflows/ci.yml", ".env.local",
                "prod.env", "Dockerfile", ".github/dependabot.yml", "scripts/tool.py")) {
            assertThat(EvidenceScanner.isEvidenceFile(Path.of(name))).as(name).isFalse();
        }
    }

    @Test
    void directoriesNamedLikeEvidenceAreSkipped() throws IOException {
        Files.createDirectories(root.resolve("dir.sh"));
        Evidence evidence = EvidenceScanner.scan(root, List.of(root.resolve("dir.sh")));
        assertThat(evidence).isEqualTo(Evidence.EMPTY);
    }

    @Test
    void filesOverTheLimitAreSkipped() {
        String command = "docker compose -f a.yml up\n";
        write("big.sh", command + "#".repeat((int) EvidenceScanner.MAX_FILE_BYTES) + "\n");
        write("small.sh", command.replace("up", "down") + "# " + "x".repeat(1000) + "\n");
        ComposeInvocation invocation = only(scan());
        assertThat(invocation.source().file()).isEqualTo(at("small.sh"));
    }

    @Test
    void symlinkOutOfTheRootIsNotRead() throws IOException {
        Path secret = outside.resolve("outside.sh");
        Files.writeString(secret, "docker compose -f a.yml up\n");
        Path link = root.resolve("linked.sh");
        try {
            Files.createSymbolicLink(link, secret);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("symbolic links are not supported here: " + e);
        }
        assertThat(EvidenceScanner.scan(root, List.of(link))).isEqualTo(Evidence.EMPTY);
        assertThat(EvidenceScanner.scan(root, List.of(secret))).isEqualTo(Evidence.EMPTY);
    }

    @Test
    void symlinkInsideTheRootIsRead() throws IOException {
        Path real = write("real/up.sh", "docker compose -f ../a.yml up\n");
        Path link = root.resolve("up.sh");
        try {
            Files.createSymbolicLink(link, real);
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("symbolic links are not supported here: " + e);
        }
        assertThat(EvidenceScanner.scan(root, List.of(link)).invocations()).hasSize(1);
    }

    @Test
    void missingFilesAndBinaryFilesAddNothing() {
        write("bin.sh", "docker compose -f a.yml up\n\0\0\0");
        assertThat(EvidenceScanner.scan(root, List.of(root.resolve("missing.sh"), root.resolve("bin.sh"))))
                .isEqualTo(Evidence.EMPTY);
    }

    @Test
    void hostileInputNeverThrowsNorHangs() {
        write("quotes.sh", "docker compose -f \"a.yml up\n'unclosed $(( ${ `x\n" + "$(".repeat(5000) + "\n");
        write("long.md", "```sh\n" + "docker compose -f a.yml ".repeat(20_000) + "\n```\n```\n");
        write("Makefile", "A = $(A) $(A)\nB = ${B\nall:\n\t$(A) $(B) $(\n");
        write(".github/workflows/bad.yml", "jobs: [ {\n  steps: : :\n");
        write("Taskfile.yml", "tasks:\n  x: 3\n  y:\n    cmds: [ {cmd: [1]}, null, {task: z} ]\n");
        write("justfile", "x := `date`\nup:\n\t{{x}} {{\n");
        write("double.sh", "A=x\n" + "A=\"$A$A\"\n".repeat(80) + "docker compose -f $A up\n");
        write("mk/double.mk", "A = x\n" + "A := $(A)$(A)$(A)$(A)$(A)$(A)$(A)$(A)\n".repeat(3)
                + "B = $(C)$(C)$(C)$(C)$(C)$(C)$(C)$(C)$(C)$(C)\nC = $(B)$(B)$(B)$(B)$(B)$(B)$(B)$(B)\nx:\n\t$(B) $(A)\n");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertThatCode(this::scan).doesNotThrowAnyException());
    }
}
