package dev.composelint.core.sidecar.common;

import dev.composelint.core.sidecar.TestServices;
import dev.composelint.core.Source;
import dev.composelint.core.fs.WorkspaceFiles;
import dev.composelint.core.model.Resource;
import dev.composelint.core.model.ResourceRef;
import dev.composelint.core.model.Service;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.composelint.core.sidecar.TestServices.bind;
import static dev.composelint.core.sidecar.TestServices.service;
import static dev.composelint.core.sidecar.TestServices.tmpfs;
import static dev.composelint.core.sidecar.TestServices.volume;
import static org.assertj.core.api.Assertions.assertThat;

class MountMapTest {

    @TempDir
    Path repo;
    private MountMap mounts;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(repo.resolve("monitoring/targets"));
        Files.writeString(repo.resolve("monitoring/prometheus.yml"), "scrape_configs: []\n");
        Files.writeString(repo.resolve("override.yml"), "global: {}\n");
        Files.writeString(repo.resolve("monitoring/targets/a.yml"), "[]\n");
        Files.writeString(repo.resolve("monitoring/targets/b.yml"), "[]\n");
        Files.writeString(repo.resolve("monitoring/targets/c.json"), "[]\n");
        Files.writeString(repo.resolve("extra.yml"), "[]\n");
        Service prometheus = service("prometheus", "prom/prometheus:v3.1.0", null, null, List.of(
                bind(repo.resolve("monitoring"), "/etc/prometheus"),
                bind(repo.resolve("override.yml"), "/etc/prometheus/prometheus.yml"),
                bind(repo.resolve("extra.yml"), "/etc/prometheus/targets/extra.yml"),
                volume("data", "/prometheus"),
                volume(null, "/cache"),
                tmpfs("/tmp/scratch"),
                bind(repo.resolve("prom"), "/etc/prom")));
        mounts = MountMap.of(prometheus);
    }

    @ParameterizedTest
    @CsvSource({
            "/etc/prometheus/prometheus.yml, override.yml",
            "/etc/prometheus/rules/alerts.yml, monitoring/rules/alerts.yml",
            "/etc/prometheus, monitoring",
            "/etc/prometheus/./targets/../prometheus.yml, override.yml",
            "//etc//prometheus/targets/a.yml, monitoring/targets/a.yml",
            "/etc/prom/x.yml, prom/x.yml"})
    void bindMountsMapToHostPathsWithTheLongestTargetWinning(String containerPath, String hostPath) {
        HostFile file = mounts.map(containerPath);
        assertThat(file.status()).isEqualTo(HostFile.Status.MAPPED);
        assertThat(file.path()).isEqualTo(repo.resolve(hostPath).normalize());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/prometheus/prometheus.yml | VOLUME      | it lives in the named volume data",
            "/cache/x                   | VOLUME      | it lives in an anonymous volume",
            "/tmp/scratch/file          | TMPFS       | it lives in a tmpfs mount",
            "/etc/prometheus2/x.yml     | NOT_MOUNTED | no mount covers it, so it comes from the image",
            "/opt/bitnami/prometheus.yml| NOT_MOUNTED | no mount covers it, so it comes from the image"})
    void unmappedPathsSayWhy(String containerPath, HostFile.Status status, String reason) {
        HostFile file = mounts.map(containerPath);
        assertThat(file.status()).isEqualTo(status);
        assertThat(file.path()).isNull();
        assertThat(file.reason()).isEqualTo(reason);
    }

    @Test
    void globListsMatchingFilesOfTheMountedDirectoryAndSingleFileMounts() {
        assertThat(mounts.glob("/etc/prometheus/targets/*.yml").files()).containsExactly(
                repo.resolve("extra.yml"), repo.resolve("monitoring/targets/a.yml"),
                repo.resolve("monitoring/targets/b.yml"));
        assertThat(mounts.glob("/etc/prometheus/targets/?.json").files())
                .containsExactly(repo.resolve("monitoring/targets/c.json"));
        assertThat(mounts.glob("/etc/prometheus/targets/[ab].yml").files()).hasSize(2);
        assertThat(mounts.glob("/etc/prometheus/targets/none-*.yml").files()).isEmpty();
        assertThat(mounts.glob("/etc/prometheus/targets/none-*.yml").resolvable()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "/, /", "/etc/prometheus, /etc/prometheus", "/etc/.hidden/x.yml, /etc/.hidden/x.yml", "/a/.../b, /a/.../b",
            "etc/prometheus, /etc/prometheus", "/etc/prometheus/, /etc/prometheus", "//etc//p, /etc/p",
            "/etc/./p, /etc/p", "/etc/x/../p, /etc/p", "/.., /", "/etc/p/., /etc/p", "'\\etc\\p', /etc/p",
            "'', /"})
    void normalizesContainerPaths(String path, String normal) {
        assertThat(MountMap.normalize(path)).isEqualTo(normal);
    }

    @Test
    void globSeesUnsavedBuffersOfFilesNotYetOnDisk() {
        Service prometheus = service("prometheus", "prom/prometheus:v3.1.0", null, null, List.of(
                bind(repo.resolve("monitoring"), "/etc/prometheus")));
        Path draft = repo.resolve("monitoring/targets/draft.yml");
        WorkspaceFiles files = WorkspaceFiles.within(List.of(repo)).withBuffers(Map.of(draft, "[]\n"));
        MountMap buffered = MountMap.of(TestServices.project("p", Map.of(), prometheus), prometheus, files);

        assertThat(buffered.glob("/etc/prometheus/targets/*.yml").files()).containsExactly(
                repo.resolve("monitoring/targets/a.yml"), repo.resolve("monitoring/targets/b.yml"), draft);
        assertThat(buffered.glob("/etc/prometheus/targets/draft.yml").files()).containsExactly(draft);
        assertThat(mounts.glob("/etc/prometheus/targets/draft.yml").files()).isEmpty();
    }

    @Test
    void globWithoutWildcardIsTheFileWhenItExists() {
        assertThat(mounts.glob("/etc/prometheus/targets/a.yml").files())
                .containsExactly(repo.resolve("monitoring/targets/a.yml"));
        assertThat(mounts.glob("/etc/prometheus/targets/missing.yml").files()).isEmpty();
    }

    @Test
    void globOutsideTheRepositoryIsUnknowable() {
        FileMatches inVolume = mounts.glob("/prometheus/targets/*.json");
        assertThat(inVolume.resolvable()).isFalse();
        assertThat(inVolume.unresolvable()).isEqualTo("it lives in the named volume data");
        FileMatches wildcardDir = mounts.glob("/etc/prometheus/*/targets.yml");
        assertThat(wildcardDir.unresolvable())
                .isEqualTo("only the last path segment of /etc/prometheus/*/targets.yml may hold a wildcard");
    }

    @Test
    void fileBackedConfigsMountLikeBindMounts() {
        Path config = repo.resolve("monitoring/prometheus.yml");
        Service service = service("prometheus", "prom/prometheus:v3.1.0", null, null, List.of(), List.of(
                new ResourceRef("prom_config", "/etc/prometheus/prometheus.yml", Source.of(TestServices.COMPOSE, 9, 9)),
                new ResourceRef("rules", null, Source.of(TestServices.COMPOSE, 10, 9))));
        var project = TestServices.project("mon", Map.of(
                "prom_config", new Resource("prom_config", "mon_prom_config", false, config, null,
                        Source.of(TestServices.COMPOSE, 20, 3)),
                "rules", new Resource("rules", "mon_rules", false, repo.resolve("monitoring/targets/a.yml"), null,
                        Source.of(TestServices.COMPOSE, 22, 3))), service);
        MountMap map = MountMap.of(project, service);
        assertThat(map.map("/etc/prometheus/prometheus.yml").path()).isEqualTo(config);
        assertThat(map.map("/rules").path()).isEqualTo(repo.resolve("monitoring/targets/a.yml"));
        assertThat(MountMap.of(service).map("/etc/prometheus/prometheus.yml").status())
                .isEqualTo(HostFile.Status.NOT_MOUNTED);
    }
}
