package dev.composelint.core.sidecar.prometheus;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.sidecar.common.FieldReader;
import dev.composelint.core.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PrometheusConfigParserTest {

    @TempDir
    Path dir;

    private PrometheusParse parse(String yaml) throws IOException {
        Path file = dir.resolve("prometheus.yml");
        Files.writeString(file, yaml);
        return PrometheusConfigParser.parse(file);
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("url as a target", """
                        scrape_configs:
                          - job_name: a
                            static_configs:
                              - targets: ['http://x:8080/metrics']
                        """, 4, 19, "\"http://x:8080/metrics\" is not a valid hostname; a target is host:port"),
                Arguments.of("url as an alertmanager", """
                        alerting:
                          alertmanagers:
                            - static_configs:
                                - targets: [http://alertmanager:9093]
                        """, 4, 21, "\"http://alertmanager:9093\" is not a valid hostname"),
                Arguments.of("duplicate job name", """
                        scrape_configs:
                          - job_name: a
                          - job_name: a
                        """, 3, 15, "found multiple scrape configs with job name \"a\" (first at line 2)"),
                Arguments.of("missing job name", """
                        scrape_configs:
                          - scrape_interval: 5s
                        """, 2, 5, "the scrape config has no job_name"),
                Arguments.of("unknown scrape field", """
                        scrape_configs:
                          - job_name: a
                            static_config:
                              - targets: [x:1]
                        """, 3, 5, "field static_config is not a Prometheus scrape config setting"),
                Arguments.of("unknown top-level field", """
                        targets: [x:1]
                        """, 1, 1, "field targets is not a Prometheus top-level setting"),
                Arguments.of("unknown global field", """
                        global:
                          nonexistent_field: 1
                        """, 2, 3, "field nonexistent_field is not a Prometheus global setting"),
                Arguments.of("bad relabel regex", """
                        scrape_configs:
                          - job_name: a
                            relabel_configs:
                              - source_labels: [x]
                                regex: '[a-z)$'
                                target_label: y
                        """, 5, 16, "error parsing regexp: unclosed character class"),
                Arguments.of("dns A without port", """
                        scrape_configs:
                          - job_name: a
                            dns_sd_configs:
                              - names: [api]
                                type: A
                        """, 5, 15, "a port is required in DNS-SD configs for all record types except SRV"),
                Arguments.of("timeout over interval", """
                        scrape_configs:
                          - job_name: a
                            scrape_interval: 5s
                            scrape_timeout: 10s
                        """, 4, 5, "scrape timeout greater than scrape interval for scrape config with job name \"a\""),
                Arguments.of("global timeout over interval", """
                        global:
                          scrape_interval: 5s
                          scrape_timeout: 1m
                        """, 3, 3, "the global scrape_timeout is greater than the scrape_interval"),
                Arguments.of("empty label name", """
                        scrape_configs:
                          - job_name: a
                            static_configs:
                              - targets: [x:1]
                                labels: {"": v}
                        """, 5, 18, "\"\" is not a valid label name"),
                Arguments.of("legacy label name", """
                        global:
                          metric_name_validation_scheme: legacy
                          external_labels:
                            bad-label: v
                        """, 4, 5, "\"bad-label\" is not a valid label name"),
                Arguments.of("remote_write without url", """
                        remote_write:
                          - name: a
                        """, 2, 5, "url for remote_write is empty"),
                Arguments.of("remote_write url without scheme", """
                        remote_write:
                          - url: "://bad"
                        """, 2, 10, "the remote_write url \"://bad\" cannot be parsed: missing protocol scheme"),
                Arguments.of("dockerswarm without role", """
                        scrape_configs:
                          - job_name: a
                            dockerswarm_sd_configs:
                              - host: unix:///var/run/docker.sock
                        """, 4, 9, "dockerswarm_sd_configs needs role (one of nodes, services, tasks)"),
                Arguments.of("file_sd bad extension", """
                        scrape_configs:
                          - job_name: a
                            file_sd_configs:
                              - files: [targets/t.txt]
                        """, 4, 17, "path name \"targets/t.txt\" is not valid for file discovery"),
                Arguments.of("rule file glob in a directory", """
                        rule_files: ["my/*/rule"]
                        """, 1, 14, "invalid rule file path \"my/*/rule\""),
                Arguments.of("hashmod without modulus", """
                        scrape_configs:
                          - job_name: a
                            relabel_configs:
                              - source_labels: [x]
                                target_label: y
                                action: hashmod
                        """, 6, 17, "relabel configuration for hashmod requires non-zero modulus"),
                Arguments.of("duplicate key", """
                        scrape_configs: []
                        scrape_configs: []
                        """, 2, 1, "scrape_configs"),
                Arguments.of("alertmanager api v1", """
                        alerting:
                          alertmanagers:
                            - api_version: v1
                        """, 3, 20, "expected Alertmanager api version to be one of [v2] but got v1"),
                Arguments.of("bearer token twice", """
                        scrape_configs:
                          - job_name: a
                            bearer_token: x
                            bearer_token_file: f
                        """, 4, 5, "at most one of bearer_token & bearer_token_file must be configured"),
                Arguments.of("bad duration", """
                        global:
                          scrape_interval: 15
                        """, 2, 20, "not a valid duration string: \"15\""),
                Arguments.of("unknown scrape protocol", """
                        scrape_configs:
                          - job_name: a
                            scrape_protocols: [prometheusproto]
                        """, 3, 24, "unknown scrape protocol prometheusproto in scrape_protocols"),
                Arguments.of("duplicated scrape protocol", """
                        global:
                          scrape_protocols: [PrometheusProto, PrometheusProto]
                        """, 2, 39, "duplicated protocol PrometheusProto in scrape_protocols"),
                Arguments.of("unknown validation scheme", """
                        global:
                          metric_name_validation_scheme: invalid_scheme
                        """, 2, 34, "unknown metric_name_validation_scheme \"invalid_scheme\""),
                Arguments.of("utf8 escaping with legacy names", """
                        global:
                          metric_name_validation_scheme: legacy
                          metric_name_escaping_scheme: allow-utf-8
                        scrape_configs:
                          - job_name: a
                        """, 5, 15, "utf8 metric names requested but validation scheme is not set to UTF8"),
                Arguments.of("empty static config", """
                        scrape_configs:
                          - job_name: a
                            static_configs:
                              -
                        """, 4, 8, "empty or null section in static_configs"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void reportsWhatPrometheusRefusesAtItsPosition(String name, String yaml, int line, int column, String message)
            throws IOException {
        List<Finding> diagnostics = parse(yaml).diagnostics();
        assertThat(diagnostics).as(name).isNotEmpty();
        Finding first = diagnostics.get(0);
        assertThat(first.ruleId()).isEqualTo(Diagnostics.PROMETHEUS_CONFIG);
        assertThat(first.severity()).isEqualTo(Severity.ERROR);
        assertThat(first.message()).contains(message);
        assertThat(first.source().file()).isEqualTo(dir.resolve("prometheus.yml"));
        assertThat(first.source().line()).isEqualTo(line);
        assertThat(first.source().column()).isEqualTo(column);
    }

    @Test
    void acceptsCurrentPrometheusSettings() throws IOException {
        PrometheusParse parse = parse("""
                global:
                  scrape_interval: 15s
                  scrape_protocols: [PrometheusProto, OpenMetricsText1.0.0]
                  metric_name_validation_scheme: utf8
                  convert_classic_histograms_to_nhcb: true
                  external_labels: {cluster: a, "utf8.label": b}
                runtime: {gogc: 75}
                otlp: {promote_resource_attributes: [service.name]}
                storage: {tsdb: {out_of_order_time_window: 30m}}
                scrape_config_files: []
                scrape_configs:
                  - job_name: a
                    scrape_native_histograms: true
                    fallback_scrape_protocol: PrometheusText0.0.4
                    enable_compression: false
                    body_size_limit: 10MB
                    authorization: {credentials_file: /run/secrets/token}
                    tls_config: {insecure_skip_verify: true}
                    kubernetes_sd_configs: [{role: pod}]
                    static_configs: [{targets: ['a:1'], labels: {dotted.label: x}}]
                    relabel_configs:
                      - source_labels: [__address__]
                        regex: '(?P<host>[^:]+):\\d+'
                        target_label: host
                        replacement: '${host}'
                remote_write:
                  - url: http://mimir:9009/api/v1/push
                    protobuf_message: io.prometheus.write.v2.Request
                    queue_config: {max_shards: 10}
                """);
        assertThat(parse.diagnostics()).isEmpty();
    }

    @Test
    void urlTargetsPassWhenRelabelingRewritesTheAddress() throws IOException {
        PrometheusParse parse = parse("""
                scrape_configs:
                  - job_name: blackbox
                    static_configs: [{targets: ['http://web/health']}]
                    relabel_configs:
                      - {source_labels: [__address__], target_label: __param_target}
                      - {target_label: __address__, replacement: 'blackbox:9115'}
                """);
        assertThat(parse.diagnostics()).isEmpty();
        assertThat(parse.config().jobs().get(0).relabelConfigs()).hasSize(2);
    }

    @Test
    void buildsATypedPositionedModel() throws IOException {
        Files.createDirectories(dir.resolve("targets"));
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("rules/a.yml"), "groups: []\n");
        Files.writeString(dir.resolve("targets/nodes.json"), """
                [{"targets": ["node-a:9100", "node-b:9100"], "labels": {"env": "prod"}}]
                """);
        Files.writeString(dir.resolve("extra-jobs.yml"), """
                scrape_configs:
                  - job_name: extra
                    static_configs: [{targets: ['extra:1']}]
                """);
        PrometheusConfig config = parse("""
                global:
                  scrape_interval: 30s
                rule_files: [rules/*.yml]
                scrape_config_files: [extra-jobs.yml]
                scrape_configs:
                  - job_name: api
                    scheme: https
                    static_configs:
                      - targets:
                          - api:8443
                          - "[::1]:9090"
                  - job_name: nodes
                    file_sd_configs:
                      - files: [targets/*.json]
                  - job_name: dns
                    dns_sd_configs:
                      - names: [exporter]
                        type: a
                        port: 9100
                      - names: [_metrics._tcp.example.com]
                  - job_name: docker
                    docker_sd_configs:
                      - host: unix:///var/run/docker.sock
                alerting:
                  alertmanagers:
                    - path_prefix: /am
                      static_configs: [{targets: ['alertmanager:9093']}]
                remote_write:
                  - url: https://mimir.example.com/api/v1/push
                remote_read:
                  - url: http://victoria:8428/api/v1/read
                """).config();
        assertThat(config.scrapeInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.scrapeTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.ruleFiles()).singleElement().satisfies(p -> {
            assertThat(p.pattern()).isEqualTo("rules/*.yml");
            assertThat(p.source().line()).isEqualTo(3);
            assertThat(p.matches().files()).containsExactly(dir.resolve("rules/a.yml"));
        });
        assertThat(config.jobs()).extracting(ScrapeJob::name).containsExactly("api", "nodes", "dns", "docker", "extra");
        ScrapeJob api = config.jobs().get(0);
        assertThat(api.scheme()).isEqualTo("https");
        assertThat(api.metricsPath()).isEqualTo("/metrics");
        assertThat(api.scrapeInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(api.targets().targets()).extracting(Target::host, Target::port, t -> t.source().line(),
                        t -> t.source().column())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("api", 8443, 10, 13),
                        org.assertj.core.groups.Tuple.tuple("::1", 9090, 11, 13));
        List<Target> fileTargets = config.jobs().get(1).targets().targets();
        assertThat(fileTargets).extracting(Target::address).containsExactly("node-a:9100", "node-b:9100");
        assertThat(fileTargets.get(0).source().file()).isEqualTo(dir.resolve("targets/nodes.json"));
        assertThat(fileTargets.get(0).source().line()).isEqualTo(1);
        assertThat(fileTargets.get(0).origin()).isEqualTo(Target.Origin.FILE_SD);
        assertThat(fileTargets.get(0).labels()).containsEntry("env", "prod")
                .containsEntry("__meta_filepath", dir.resolve("targets/nodes.json").toString());
        ScrapeJob dns = config.jobs().get(2);
        assertThat(dns.targets().dnsSd()).extracting(DnsSd::type, DnsSd::port)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", 9100),
                        org.assertj.core.groups.Tuple.tuple("SRV", null));
        assertThat(dns.targets().targets()).singleElement().satisfies(t -> {
            assertThat(t.address()).isEqualTo("exporter:9100");
            assertThat(t.origin()).isEqualTo(Target.Origin.DNS_SD);
            assertThat(t.source().line()).isEqualTo(17);
        });
        assertThat(config.jobs().get(3).targets().otherSd()).extracting(OtherSd::kind).containsExactly("docker");
        assertThat(config.jobs().get(4).targets().targets().get(0).source().file())
                .isEqualTo(dir.resolve("extra-jobs.yml"));
        AlertmanagerSet am = config.alertmanagers().get(0);
        assertThat(am.pathPrefix()).isEqualTo("/am");
        assertThat(am.targets().targets()).extracting(Target::address).containsExactly("alertmanager:9093");
        assertThat(config.remoteWrite()).extracting(e -> e.url().host(), e -> e.url().port())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mimir.example.com", 443));
        assertThat(config.remoteRead()).extracting(e -> e.url().host(), e -> e.url().port())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("victoria", 8428));
    }

    @Test
    void fileSdFilesHoldingUrlsAreReportedInTheFile() throws IOException {
        Files.writeString(dir.resolve("targets.yml"), """
                - targets:
                    - http://bad:1
                """);
        List<Finding> diagnostics = parse("""
                scrape_configs:
                  - job_name: a
                    file_sd_configs: [{files: [targets.yml]}]
                """).diagnostics();
        assertThat(diagnostics).singleElement().satisfies(f -> {
            assertThat(f.source().file()).isEqualTo(dir.resolve("targets.yml"));
            assertThat(f.source().line()).isEqualTo(2);
            assertThat(f.message()).startsWith("\"http://bad:1\" is not a valid hostname");
        });
    }

    @Test
    void jobsOfScrapeConfigFilesMustNotRepeatJobNames() throws IOException {
        Files.writeString(dir.resolve("more.yml"), """
                scrape_configs:
                  - job_name: api
                """);
        List<Finding> diagnostics = parse("""
                scrape_config_files: [more.yml]
                scrape_configs:
                  - job_name: api
                """).diagnostics();
        assertThat(diagnostics).singleElement().satisfies(f -> {
            assertThat(f.source().file()).isEqualTo(dir.resolve("more.yml"));
            assertThat(f.source().line()).isEqualTo(2);
            assertThat(f.message()).isEqualTo("found multiple scrape configs with job name \"api\" (first at "
                    + "prometheus.yml line 3); give each job a unique job_name");
        });
    }

    @Test
    void missingFilesAndOddDocumentsNeverThrow() throws IOException {
        PrometheusParse missing = PrometheusConfigParser.parse(dir.resolve("absent.yml"));
        assertThat(missing.config().jobs()).isEmpty();
        assertThat(missing.diagnostics()).extracting(Finding::message).containsExactly("the file does not exist");
        assertThat(parse("").diagnostics()).isEmpty();
        assertThat(parse("- a\n- b\n").diagnostics()).extracting(Finding::message)
                .containsExactly("a Prometheus configuration must be a mapping, not a sequence");
        assertThat(parse("scrape_configs: {a: 1}\n").diagnostics()).extracting(Finding::message)
                .containsExactly("scrape_configs must be a list, not a mapping");
    }

    @Test
    void parsesDurations() {
        assertThat(FieldReader.parseDuration("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(FieldReader.parseDuration("1d")).isEqualTo(Duration.ofDays(1));
        assertThat(FieldReader.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(FieldReader.parseDuration("0")).isEqualTo(Duration.ZERO);
        assertThat(FieldReader.parseDuration("15")).isNull();
        assertThat(FieldReader.parseDuration("1.5s")).isNull();
        assertThat(FieldReader.parseDuration("")).isNull();
    }
}
