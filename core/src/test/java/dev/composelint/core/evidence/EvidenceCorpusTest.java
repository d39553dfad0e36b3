package dev.composelint.core.evidence;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scans every repository of the shared corpus with the files {@link EvidenceScanner#isEvidenceFile} selects, and
 * checks facts verified by hand in repositories outside the held-out set. Writes one summary line per repository
 * to {@code target/evidence-corpus.txt}.
 */
class EvidenceCorpusTest {

    /** Repositories whose findings nobody tunes on: their facts are counted, never listed. */
    static final java.util.Set<String> HELD_OUT = java.util.Set.of("jitsi__docker-jitsi-meet", "ory__kratos",
            "grafana__pyroscope", "wodby__docker4drupal", "netbox-community__netbox-docker", "mattermost__docker",
            "docker-mailserver__docker-mailserver");

    private static Path corpus;
    private static final Map<String, EvidenceScanner.Result> RESULTS = new TreeMap<>();

    /** The shared corpus, found from the working directory upwards (or COMPOSELINT_SHARED), like Fixtures.shared(). */
    static Path corpus() {
        String env = System.getenv("COMPOSELINT_SHARED");
        if (env != null && Files.isDirectory(Path.of(env, "corpus"))) return Path.of(env, "corpus");
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared/corpus"))) return dir.resolve("shared/corpus").normalize();
        }
        return null;
    }

    @BeforeAll
    static void scanCorpus() throws IOException {
        corpus = corpus();
        Assumptions.assumeTrue(corpus != null, "shared/corpus not found (set COMPOSELINT_SHARED); skipping");
        List<Path> repositories;
        try (Stream<Path> dirs = Files.list(corpus)) {
            repositories = dirs.filter(Files::isDirectory).sorted().toList();
        }
        StringBuilder summary = new StringBuilder();
        StringBuilder detail = new StringBuilder();
        for (Path repository : repositories) {
            List<Path> files = evidenceFiles(repository);
            long started = System.nanoTime();
            EvidenceScanner.Result result = EvidenceScanner.scanCounting(repository, files);
            long millis = (System.nanoTime() - started) / 1_000_000;
            RESULTS.put(repository.getFileName().toString(), result);
            Evidence evidence = result.evidence();
            summary.append(String.format(
                    "%s files=%d invocations=%d stacks=%d settings=%d created=%d unresolved-dropped=%d ms=%d%n",
                    repository.getFileName(), files.size(), evidence.invocations().size(), evidence.stacks().size(),
                    evidence.settings().size(), evidence.created().size(), result.unresolvedDropped(), millis));
            if (!HELD_OUT.contains(repository.getFileName().toString())) describe(repository, evidence, detail);
        }
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("evidence-corpus.txt"), summary);
        Files.writeString(target.resolve("evidence-corpus-detail.txt"), detail);
    }

    /** Every fact of a repository outside the held-out set, paths relative to it, for reading by hand. */
    private static void describe(Path root, Evidence evidence, StringBuilder out) {
        String name = root.getFileName().toString();
        for (ComposeInvocation i : evidence.invocations()) {
            out.append(name).append(" compose ").append(at(root, i.source())).append(" dir=").append(rel(root, i.workingDirectory()))
                    .append(" files=").append(i.files().stream().map(f -> rel(root, f)).toList())
                    .append(" env=").append(i.envFiles().stream().map(f -> rel(root, f)).toList())
                    .append(" p=").append(i.projectName()).append(" profiles=").append(i.profiles())
                    .append(" pd=").append(i.projectDirectory() == null ? null : rel(root, i.projectDirectory()))
                    .append(" vars=").append(i.environment().keySet()).append('\n');
        }
        for (StackDeploy s : evidence.stacks()) {
            out.append(name).append(" stack ").append(at(root, s.source())).append(" dir=").append(rel(root, s.workingDirectory()))
                    .append(" files=").append(s.files().stream().map(f -> rel(root, f)).toList()).append(" name=")
                    .append(s.stackName()).append('\n');
        }
        for (EnvSetting s : evidence.settings()) {
            out.append(name).append(" setting ").append(at(root, s.source())).append(' ').append(s.key()).append('\n');
        }
        for (CreatedResource c : evidence.created()) {
            out.append(name).append(" created ").append(at(root, c.source())).append(' ').append(c.kind()).append(' ')
                    .append(c.name()).append('\n');
        }
    }

    private static String at(Path root, dev.composelint.core.Source source) {
        return rel(root, source.file()) + ":" + source.line() + ":" + source.column();
    }

    private static String rel(Path root, Path path) {
        return path.startsWith(root) ? root.relativize(path).toString() : "OUTSIDE:" + path;
    }

    static List<Path> evidenceFiles(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = String.valueOf(dir.getFileName());
                return !dir.equals(root) && (name.equals(".git") || name.equals("node_modules"))
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (EvidenceScanner.isEvidenceFile(root.relativize(file))) files.add(file);
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    private static Evidence evidence(String repository) {
        assertThat(RESULTS).containsKey(repository);
        return RESULTS.get(repository).evidence();
    }

    private static Path repo(String repository) {
        return corpus.resolve(repository);
    }

    @Test
    void everyRepositoryIsScanned() {
        assertThat(RESULTS).hasSizeGreaterThan(20);
        long withEvidence = RESULTS.values().stream()
                .filter(result -> !result.evidence().invocations().isEmpty()).count();
        assertThat(withEvidence).isGreaterThan(10);
    }

    @Test
    void readmeFilePairsOfDockerElkExtensions() {
        Path root = repo("deviantony__docker-elk");
        assertThat(evidence("deviantony__docker-elk").invocations()).anySatisfy(invocation -> {
            assertThat(invocation.source().file()).isEqualTo(root.resolve("extensions/filebeat/README.md"));
            assertThat(invocation.workingDirectory()).isEqualTo(root);
            assertThat(invocation.files()).containsExactly(root.resolve("docker-compose.yml"),
                    root.resolve("extensions/filebeat/filebeat-compose.yml"));
        });
    }

    @Test
    void ciProjectNameOfDockerElk() {
        assertThat(evidence("deviantony__docker-elk").invocations()).anySatisfy(invocation -> {
            assertThat(invocation.source().file().toString()).endsWith("ci.yml");
            assertThat(invocation.environment()).containsEntry("COMPOSE_PROJECT_NAME", "docker-elk");
        });
    }

    @Test
    void zipkinExamplesRunInTheirOwnDirectory() {
        Path examples = repo("openzipkin__zipkin").resolve("docker/examples");
        assertThat(evidence("openzipkin__zipkin").invocations()).anySatisfy(invocation -> {
            assertThat(invocation.workingDirectory()).isEqualTo(examples);
            assertThat(invocation.files()).containsExactly(examples.resolve("docker-compose.yml"),
                    examples.resolve("docker-compose-ui.yml"));
        });
    }

    @Test
    void openTelemetryDemoMakefileVariables() {
        Path root = repo("open-telemetry__opentelemetry-demo");
        assertThat(evidence("open-telemetry__opentelemetry-demo").invocations()).anySatisfy(invocation -> {
            assertThat(invocation.source().file()).isEqualTo(root.resolve("Makefile"));
            assertThat(invocation.envFiles()).containsExactly(root.resolve(".env"), root.resolve(".env.override"));
            assertThat(invocation.files()).startsWith(root.resolve("compose.yaml"), root.resolve("compose.full.yaml"));
        });
    }

    @Test
    void networksAndVolumesCreatedInDocs() {
        assertThat(evidence("nginx-proxy__nginx-proxy").created())
                .anyMatch(created -> created.kind() == CreatedResource.Kind.NETWORK && created.name().equals("nginx-gen"));
        assertThat(evidence("prometheus__prometheus").created())
                .anyMatch(created -> created.kind() == CreatedResource.Kind.VOLUME
                        && created.name().equals("prometheus-data"));
    }

    @Test
    void stackDeployAndEnvSettings() {
        assertThat(evidence("grafana__loki").stacks()).anySatisfy(stack -> {
            assertThat(stack.stackName()).isEqualTo("my_stack_name");
            assertThat(stack.files()).extracting(file -> file.getFileName().toString())
                    .containsExactly("docker-compose.yaml");
        });
        assertThat(evidence("paperless-ngx__paperless-ngx").settings())
                .anyMatch(setting -> setting.key().equals("COMPOSE_PROJECT_NAME") && setting.value().equals("paperless"));
    }
}
