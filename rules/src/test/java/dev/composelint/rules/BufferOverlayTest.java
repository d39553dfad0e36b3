package dev.composelint.rules;

import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.engine.Linter;
import dev.composelint.core.fix.Fixer;
import dev.composelint.core.load.LoadRequest;
import dev.composelint.core.model.Project;
import dev.composelint.core.report.ReportContext;
import dev.composelint.core.report.TextReporter;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Unsaved editor buffers ({@link LoadRequest#buffers()}) win over the disk for every reader of a run. */
class BufferOverlayTest {

    private static final Linter LINTER = Linter.builder().discoverRules().build();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
        return path;
    }

    private LintResult lint(Linter linter, Map<Path, String> buffers) {
        return linter.lint(LoadRequest.builder().paths(List.of(dir)).workingDirectory(dir).buffers(buffers).build());
    }

    private static List<Finding> of(LintResult result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private static Project project(LintResult result) {
        assertThat(result.workspace().projects()).hasSize(1);
        return result.workspace().projects().get(0);
    }

    @Test
    void aComposeBufferWinsOverTheFileOnDisk() throws IOException {
        Path compose = write("compose.yaml", "services:\n  app:\n    image: nginx:1.27\n");
        assertThat(of(lint(LINTER, Map.of()), "obsolete-version")).isEmpty();
        LintResult buffered = lint(LINTER, Map.of(compose, "version: '3'\nservices:\n  app:\n    image: nginx:1.27\n"));
        assertThat(of(buffered, "obsolete-version")).singleElement()
                .satisfies(f -> assertThat(f.source().line()).isEqualTo(1));
    }

    @Test
    void envFileBuffersWinAndABufferedEnvFileMissingOnDiskExists() throws IOException {
        write("compose.yaml", "services:\n  app:\n    image: nginx:${TAG}\n    env_file: app.env\n");
        Path dotEnv = write(".env", "TAG=disk\n");
        Path appEnv = dir.resolve("app.env");
        LintResult onDisk = lint(LINTER, Map.of());
        assertThat(project(onDisk).services().get("app").image().value()).isEqualTo("nginx:disk");
        assertThat(onDisk.findings()).anySatisfy(f -> assertThat(f.message()).contains("app.env"));

        LintResult buffered = lint(LINTER, Map.of(dotEnv, "TAG=buffer\n", appEnv, "MODE=x\n"));
        assertThat(project(buffered).services().get("app").image().value()).isEqualTo("nginx:buffer");
        assertThat(buffered.findings()).noneSatisfy(f -> assertThat(f.message()).contains("app.env"));
        assertThat(appEnv).doesNotExist();
    }

    @Test
    void anIncludedFileMayExistOnlyAsABuffer() throws IOException {
        write("compose.yaml", "include:\n  - extra.yaml\nservices:\n  app:\n    image: nginx:1.27\n");
        Path extra = dir.resolve("extra.yaml");
        LintResult onDisk = lint(LINTER, Map.of());
        assertThat(onDisk.findings()).anySatisfy(f -> assertThat(f.message()).contains("does not exist"));

        LintResult buffered = lint(LINTER, Map.of(extra, "services:\n  cache:\n    image: redis:7\n"));
        assertThat(project(buffered).services()).containsKeys("app", "cache");
        assertThat(buffered.findings()).noneSatisfy(f -> assertThat(f.message()).contains("does not exist"));
    }

    @Test
    void sidecarConfigsReadByRulesSeeTheBuffer() throws IOException {
        oneService("nginx:1.27", "./conf/app.conf:/etc/app.conf:ro");
        Path onDisk = write("conf/app.conf", "upstream disk\n");
        Path onlyBuffered = dir.resolve("conf/new.conf");
        Rule reader = new Rule() {
            private final RuleMeta meta = new RuleMeta("test-host-files", "reads host files", Category.CORRECTNESS,
                    Severity.INFO);

            @Override
            public RuleMeta meta() {
                return meta;
            }

            @Override
            public void check(RuleContext context) {
                for (Path file : List.of(onDisk, onlyBuffered)) {
                    String text = context.hostFiles().read(file, 1024).orElse("<none>");
                    context.at(Source.file(file), context.hostFiles().exists(file) + " " + text.strip()).report();
                }
            }
        };
        Linter linter = Linter.builder().rule(reader).build();
        assertThat(of(lint(linter, Map.of()), "test-host-files")).extracting(Finding::message)
                .containsExactlyInAnyOrder("true upstream disk", "false <none>");
        assertThat(of(lint(linter, Map.of(onDisk, "upstream buffer\n", onlyBuffered, "fresh\n")), "test-host-files"))
                .extracting(Finding::message).containsExactlyInAnyOrder("true upstream buffer", "true fresh");
        // a buffer never widens the boundary
        Path outside = dir.getParent().resolve(dir.getFileName() + "-outside.conf");
        LoadRequest request = LoadRequest.builder().paths(List.of(dir)).workingDirectory(dir)
                .buffers(Map.of(outside, "secret")).build();
        assertThat(request.workspaceFiles().read(outside).ok()).isFalse();
    }

    @Test
    void dockerfileBuffersWin() throws IOException {
        write("compose.yaml", "services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db:\n"
                + "        condition: service_healthy\n  db:\n    build: ./db\n");
        Path dockerfile = write("db/Dockerfile", "FROM alpine:3.20\nHEALTHCHECK CMD true\n");
        assertThat(of(lint(LINTER, Map.of()), "healthcheck-missing")).isEmpty();
        assertThat(of(lint(LINTER, Map.of(dockerfile, "FROM alpine:3.20\n")), "healthcheck-missing")).isNotEmpty();
    }

    @Test
    void aSuppressionCommentInTheBufferApplies() throws IOException {
        Path compose = write("compose.yaml", "version: '3'\nservices:\n  app:\n    image: nginx:1.27\n");
        assertThat(of(lint(LINTER, Map.of()), "obsolete-version")).hasSize(1);
        String buffer = "# composelint-disable-next-line obsolete-version\n" + Files.readString(compose);
        LintResult buffered = lint(LINTER, Map.of(compose, buffer));
        assertThat(of(buffered, "obsolete-version")).isEmpty();
        assertThat(of(buffered, "unused-suppression")).isEmpty();
    }

    @Test
    void codeFramesShowTheBufferText() throws IOException {
        Path compose = write("compose.yaml", "services:\n  app:\n    image: nginx:1.27\n");
        LintResult buffered = lint(LINTER, Map.of(compose,
                "version: '3.9' # from the buffer\nservices:\n  app:\n    image: nginx:1.27\n"));
        StringBuilder out = new StringBuilder();
        new TextReporter().write(buffered, ReportContext.of(dir, "test"), out);
        assertThat(out.toString()).contains("version: '3.9' # from the buffer");
    }

    @Test
    void fixesAreComputedAgainstTheBufferAndTheDiskIsUntouched() throws IOException {
        String disk = "version: '3'\nservices:\n  app:\n    image: nginx:1.27\n";
        Path compose = write("compose.yaml", disk);
        String buffer = "name: demo\nx-note: added in the editor\n\nversion: '3'\nservices:\n  app:\n"
                + "    image: nginx:1.27\n";
        Map<Path, String> buffers = Map.of(compose, buffer);
        LintResult buffered = lint(LINTER, buffers);
        List<Finding> obsolete = of(buffered, "obsolete-version");
        assertThat(obsolete).singleElement().satisfies(f -> assertThat(f.source().line()).isEqualTo(4));

        Fixer.BufferOutcome outcome = new Fixer(dir, false).applyToBuffers(buffers, obsolete);
        assertThat(outcome.applied()).isEqualTo(1);
        assertThat(outcome.buffers().get(compose)).isEqualTo("name: demo\nx-note: added in the editor\n\n"
                + "services:\n  app:\n    image: nginx:1.27\n");
        assertThat(Files.readString(compose)).isEqualTo(disk);

        Fixer.BufferOutcome relinted = new Fixer(dir, false).fixBuffers(buffers,
                now -> of(lint(LINTER, now), "obsolete-version"));
        assertThat(relinted.buffers().get(compose)).isEqualTo(outcome.buffers().get(compose));
        assertThat(Files.readString(compose)).isEqualTo(disk);
    }

    /** A compose file with one service running {@code image} with one bind mount. */
    private void oneService(String image, String volume) throws IOException {
        write("compose.yaml", "services:\n  sidecar:\n    image: " + image + "\n    volumes:\n      - " + volume
                + "\n");
    }

    /** The findings of {@code ruleId} on disk and with {@code file} buffered as {@code buffer}. */
    private void onlyWithTheBuffer(String ruleId, Path file, String buffer) throws IOException {
        String disk = Files.readString(file);
        assertThat(of(lint(LINTER, Map.of()), ruleId)).isEmpty();
        assertThat(of(lint(LINTER, Map.of(file, buffer)), ruleId)).isNotEmpty()
                .allSatisfy(f -> assertThat(f.source().file()).isEqualTo(file));
        assertThat(Files.readString(file)).isEqualTo(disk);
    }

    @Test
    void aPrometheusConfigBufferWins() throws IOException {
        write("compose.yaml", "services:\n  prometheus:\n    image: prom/prometheus:v3.1.0\n    volumes:\n"
                + "      - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro\n  app:\n    image: nginx:1.27\n");
        Path config = write("prometheus.yml", "scrape_configs:\n  - job_name: app\n    static_configs:\n"
                + "      - targets: [app:80]\n");
        onlyWithTheBuffer("absent-scrape-target", config, "scrape_configs:\n  - job_name: app\n"
                + "    static_configs:\n      - targets: [app:80, exporter:9100]\n");
        onlyWithTheBuffer("prometheus-config", config, "scrape_configs:\n  - job_name: app\n"
                + "    scrape_interval: often\n");
    }

    @Test
    void aRuleFileBufferWins() throws IOException {
        oneService("prom/prometheus:v3.1.0", "./prometheus:/etc/prometheus:ro");
        write("prometheus/prometheus.yml", "rule_files:\n  - rules/*.yml\nscrape_configs:\n"
                + "  - job_name: prometheus\n    static_configs:\n      - targets: [localhost:9090]\n");
        Path rules = write("prometheus/rules/availability.yml", "groups: []\n");
        assertThat(of(lint(LINTER, Map.of()), "alerting-not-configured")).isEmpty();
        LintResult buffered = lint(LINTER, Map.of(rules, "groups:\n  - name: availability\n    rules:\n"
                + "      - alert: TargetDown\n        expr: up == 0\n"));
        assertThat(of(buffered, "alerting-not-configured")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("TargetDown"));
    }

    /** A config per sidecar kind, valid on disk, refused by the tool in the buffer. */
    static Stream<Arguments> refusedSidecarConfigs() {
        return Stream.of(
                Arguments.of("alertmanager-config", "prom/alertmanager:v0.27.0",
                        "./alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro", "alertmanager.yml",
                        "route:\n  receiver: ops\nreceivers:\n  - name: ops\n", "receivers:\n  - name: ops\n"),
                Arguments.of("loki-config", "grafana/loki:3.2.1", "./loki.yaml:/etc/loki/local-config.yaml:ro",
                        "loki.yaml", "auth_enabled: false\n",
                        "auth_enabled: false\nruler:\n  - alertmanager_url: x\n"),
                Arguments.of("promtail-config", "grafana/promtail:3.2.1", "./promtail.yml:/etc/promtail/config.yml:ro",
                        "promtail.yml", "positions:\n  filename: /tmp/positions.yaml\n",
                        "clients:\n  url: http://loki:3100/loki/api/v1/push\n"),
                Arguments.of("grafana-config", "grafana/grafana:11.3.0", "./provisioning:/etc/grafana/provisioning:ro",
                        "provisioning/datasources/datasources.yaml", "apiVersion: 1\ndatasources: []\n",
                        "apiVersion: 1\ndatasources:\n  - http://prometheus:9090\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedSidecarConfigs")
    void aSidecarConfigBufferWins(String ruleId, String image, String volume, String configPath, String disk,
                                  String buffer) throws IOException {
        oneService(image, volume);
        onlyWithTheBuffer(ruleId, write(configPath, disk), buffer);
    }
}
