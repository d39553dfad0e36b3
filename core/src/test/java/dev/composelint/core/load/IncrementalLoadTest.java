package dev.composelint.core.load;

import dev.composelint.core.model.ComposeFile;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link WorkspaceLoader#load(LoadRequest, LoadState, Set)} on three projects: {@code a} includes a file and reads
 * {@code .env}, {@code b} extends a service of another file, {@code c} names an {@code env_file} and mounts a
 * Prometheus configuration. Only the project a change can touch is loaded again, and the workspace is always the one
 * a full load gives.
 */
class IncrementalLoadTest {

    @TempDir
    Path root;
    private final WorkspaceLoader loader = new WorkspaceLoader();
    private LoadRequest request;
    private WorkspaceLoader.Result first;

    @BeforeEach
    void threeProjects() throws IOException {
        write("a/compose.yaml", "include:\n  - inc/extra.yaml\nservices:\n  web:\n    image: nginx:${TAG}\n");
        write("a/.env", "TAG=1.25\n");
        write("a/inc/extra.yaml", "services:\n  cache:\n    image: redis:7\n");
        write("b/compose.yaml", "services:\n  app:\n    extends:\n      file: base.yaml\n      service: base\n");
        write("b/base.yaml", "services:\n  base:\n    image: alpine:3\n");
        write("c/compose.yaml", "services:\n  db:\n    image: postgres:16\n    env_file: db.env\n"
                + "  prometheus:\n    image: prom/prometheus\n    volumes:\n"
                + "      - ./prometheus.yml:/etc/prometheus/prometheus.yml\n");
        write("c/db.env", "POSTGRES_DB=app\n");
        write("c/prometheus.yml", "scrape_configs:\n  - job_name: db\n    static_configs:\n"
                + "      - targets: ['db:9187']\n");
        backdate();
        request = LoadRequest.of(root).withEnvironment(Map.of()).withWorkingDirectory(root);
        first = loader.load(request, null, Set.of());
    }

    @Test
    void theFirstLoadIsFullAndEqualsAPlainLoad() {
        assertThat(first.state().full()).isTrue();
        assertThat(names(first.state().reloaded())).containsExactlyInAnyOrder("a/compose.yaml", "a/inc/extra.yaml", "b/base.yaml", "b/compose.yaml", "c/compose.yaml");
        assertEquivalent(first.workspace(), loader.load(request));
    }

    @Test
    void noChangeReloadsNothing() {
        WorkspaceLoader.Result again = loader.load(request, first.state(), Set.of());
        assertThat(again.state().full()).isFalse();
        assertThat(again.state().reloaded()).isEmpty();
        assertThat(names(again.state().reused())).containsExactlyInAnyOrder("a/compose.yaml", "a/inc/extra.yaml", "b/base.yaml", "b/compose.yaml", "c/compose.yaml");
        assertEquivalent(again.workspace(), loader.load(request));
    }

    @Test
    void aBufferOfOneComposeFileReloadsOnlyItsProject() {
        LoadRequest edited = request.withBuffers(Map.of(root.resolve("c/compose.yaml"),
                "services:\n  db:\n    image: postgres:17\n    env_file: db.env\n"));
        WorkspaceLoader.Result again = loader.load(edited, first.state(), Set.of());
        assertThat(names(again.state().reloaded())).containsExactly("c/compose.yaml");
        assertThat(names(again.state().reused())).containsExactlyInAnyOrder("a/compose.yaml", "a/inc/extra.yaml", "b/base.yaml", "b/compose.yaml");
        assertEquivalent(again.workspace(), loader.load(edited));
        assertThat(service(again.workspace(), "c", "db")).contains("postgres:17");
    }

    @Test
    void anIncludedFileReloadsTheProjectIncludingIt() {
        LoadRequest edited = request.withBuffers(Map.of(root.resolve("a/inc/extra.yaml"),
                "services:\n  cache:\n    image: valkey:8\n"));
        WorkspaceLoader.Result again = loader.load(edited, first.state(), Set.of());
        assertThat(names(again.state().reloaded())).containsExactlyInAnyOrder("a/compose.yaml", "a/inc/extra.yaml");
        assertEquivalent(again.workspace(), loader.load(edited));
        assertThat(service(again.workspace(), "a", "cache")).contains("valkey:8");
    }

    @Test
    void anExtendedFileChangedOnDiskReloadsTheProjectExtendingIt() throws IOException {
        write("b/base.yaml", "services:\n  base:\n    image: busybox:1\n");
        WorkspaceLoader.Result again = loader.load(request, first.state(), Set.of());
        assertThat(names(again.state().reloaded())).containsExactlyInAnyOrder("b/compose.yaml", "b/base.yaml");
        assertEquivalent(again.workspace(), loader.load(request));
        assertThat(service(again.workspace(), "b", "app")).contains("busybox:1");
    }

    @Test
    void theDotEnvFileReloadsItsProject() {
        LoadRequest edited = request.withBuffers(Map.of(root.resolve("a/.env"), "TAG=1.27\n"));
        WorkspaceLoader.Result again = loader.load(edited, first.state(), Set.of());
        assertThat(names(again.state().reloaded())).containsExactly("a/compose.yaml");
        assertThat(service(again.workspace(), "a", "web")).contains("nginx:1.27");
        assertEquivalent(again.workspace(), loader.load(edited));
    }

    @Test
    void aServiceEnvFileThatDisappearsReloadsItsProject() throws IOException {
        Files.delete(root.resolve("c/db.env"));
        WorkspaceLoader.Result again = loader.load(request, first.state(), Set.of());
        assertThat(names(again.state().reloaded())).containsExactly("c/compose.yaml");
        Workspace full = loader.load(request);
        assertEquivalent(again.workspace(), full);
        assertThat(full.diagnostics()).anyMatch(f -> f.message().contains("db.env"));
    }

    @Test
    void theGitIgnoreRulesAboutAMissingEnvFileAreInputs() throws IOException {
        Files.createDirectories(root.resolve(".git"));
        write(".gitignore", "db.env\n");
        Files.delete(root.resolve("c/db.env"));
        backdate();
        WorkspaceLoader.Result ignored = loader.load(request, first.state(), Set.of());
        assertThat(ignored.workspace().diagnostics()).anyMatch(f -> f.message().contains("git ignores it"));
        assertThat(ignored.state().inputs()).contains(root.resolve(".gitignore"), root.resolve(".git"));

        write(".gitignore", "other.env\n");
        WorkspaceLoader.Result notIgnored = loader.load(request, ignored.state(), Set.of());
        assertThat(names(notIgnored.state().reloaded())).containsExactly("c/compose.yaml");
        assertThat(notIgnored.workspace().diagnostics()).noneMatch(f -> f.message().contains("git ignores it"));
        assertEquivalent(notIgnored.workspace(), loader.load(request));
    }

    @Test
    void aSidecarConfigurationReloadsNoProject() {
        LoadRequest edited = request.withBuffers(Map.of(root.resolve("c/prometheus.yml"), "scrape_configs: []\n"));
        WorkspaceLoader.Result again = loader.load(edited, first.state(), Set.of());
        assertThat(again.state().reloaded()).isEmpty();
        assertEquivalent(again.workspace(), loader.load(edited));
    }

    @Test
    void aNewComposeFileIsDiscoveredAndOnlyItIsLoaded() throws IOException {
        write("d/compose.yaml", "services:\n  worker:\n    image: busybox:1\n");
        WorkspaceLoader.Result again = loader.load(request, first.state(), Set.of());
        assertThat(names(again.state().reloaded())).containsExactly("d/compose.yaml");
        assertThat(names(again.state().reused())).containsExactlyInAnyOrder("a/compose.yaml", "a/inc/extra.yaml", "b/base.yaml", "b/compose.yaml", "c/compose.yaml");
        assertEquivalent(again.workspace(), loader.load(request));
    }

    @Test
    void aPathNamedAsChangedIsLoadedAgainEvenWhenItLooksTheSame() {
        WorkspaceLoader.Result again = loader.load(request, first.state(), Set.of(root.resolve("b/base.yaml")));
        assertThat(names(again.state().reloaded())).containsExactlyInAnyOrder("b/compose.yaml", "b/base.yaml");
    }

    @Test
    void anotherRequestLoadsEverythingAfresh() {
        LoadRequest strict = request.withStrictEnv(true);
        WorkspaceLoader.Result again = loader.load(strict, first.state(), Set.of());
        assertThat(again.state().full()).isTrue();
        assertThat(names(again.state().reloaded())).containsExactlyInAnyOrder("a/compose.yaml", "a/inc/extra.yaml", "b/base.yaml", "b/compose.yaml", "c/compose.yaml");
    }

    @Test
    void aFileModifiedJustBeforeTheLoadIsNotTrusted() throws IOException {
        write("b/base.yaml", "services:\n  base:\n    image: alpine:3\n"); // same size, modified now
        WorkspaceLoader.Result touched = loader.load(request, first.state(), Set.of());
        assertThat(names(touched.state().reloaded())).containsExactlyInAnyOrder("b/compose.yaml", "b/base.yaml");
        // its stamp is racy: the next load takes no chance with it either
        WorkspaceLoader.Result again = loader.load(request, touched.state(), Set.of());
        assertThat(names(again.state().reloaded())).containsExactlyInAnyOrder("b/compose.yaml", "b/base.yaml");
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Files written an hour ago: their stamps are trusted (see {@code LoadState}). */
    private void backdate() throws IOException {
        FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3600));
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) Files.setLastModifiedTime(p, hourAgo);
        }
    }

    /**
     * Each project loaded by its first file. A discovered file that another project includes or extends is loaded
     * as a candidate project of its own too, then left out of the workspace.
     */
    private List<String> names(List<List<Path>> projects) {
        return projects.stream().map(files -> root.relativize(files.get(0)).toString()).toList();
    }

    private String service(Workspace workspace, String dir, String service) {
        Project project = workspace.projects().stream()
                .filter(p -> p.files().get(0).path().startsWith(root.resolve(dir))).findFirst().orElseThrow();
        return String.valueOf(project.services().get(service).image());
    }

    private static void assertEquivalent(Workspace actual, Workspace expected) {
        assertThat(actual.projects()).isEqualTo(expected.projects());
        assertThat(actual.projects().stream().flatMap(p -> p.files().stream()).map(ComposeFile::path).toList())
                .isNotEmpty();
        assertThat(Set.copyOf(actual.diagnostics())).isEqualTo(Set.copyOf(expected.diagnostics()));
        assertThat(actual.composeFiles()).isEqualTo(expected.composeFiles());
    }
}
