package dev.composelint.rules;

import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.engine.Linter;
import dev.composelint.core.load.LoadRequest;
import dev.composelint.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** unreachable-datasource and alerting-not-configured on their fixtures: exact messages, positions, severities. */
class SidecarRulesMessagesTest {

    private static final Linter LINTER = Linter.builder().discoverRules().build();

    private static List<Finding> findings(String ruleId, String fixture) {
        return findings(ruleId, Fixtures.root().resolve("rules").resolve(ruleId).resolve(fixture));
    }

    private static List<Finding> findings(String ruleId, Path dir) {
        assertThat(dir).isDirectory();
        LintResult result = LINTER.lint(LoadRequest.of(dir).withEnvironment(Map.of()).withWorkingDirectory(dir));
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "grafana-no-such-host | datasources.yaml | 8 | 10 | Grafana datasource \"Prometheus\" url "
                    + "\"http://prometheus:9090\" names host prometheus, which is no service, alias, container_name "
                    + "or hostname of the workspace (grafana is on grafana-no-such-host_monitoring); fix the host or "
                    + "add the service",
            "grafana-no-shared-network | datasources.yml | 7 | 10 | Grafana datasource \"Loki\" url "
                    + "\"http://loki:3100\" names service loki, which shares no network with grafana (grafana is on "
                    + "grafana-no-shared-network_frontend; loki is on grafana-no-shared-network_logging); attach both "
                    + "to one network",
            "custom-provisioning-path-and-variable | metrics.yaml | 7 | 10 | Grafana datasource \"Metrics\" url "
                    + "\"${METRICS_URL}\" names host victoria, which is no service, alias, container_name or hostname "
                    + "of the workspace (grafana is on custom-provisioning-path-and-variable_default); fix the host "
                    + "or add the service",
            "prometheus-remote-write | prometheus.yml | 11 | 10 | Prometheus remote_write url "
                    + "\"http://mimir:9009/api/v1/push\" names service mimir, which shares no network with prometheus "
                    + "(prometheus is on prometheus-remote-write_monitoring; mimir is on "
                    + "prometheus-remote-write_storage); attach both to one network",
    })
    void unreachableDatasourceNamesTheHostTheNetworksAndTheFix(String fixture, String file, int line, int column,
                                                               String message) {
        assertThat(findings("unreachable-datasource", "positive/" + fixture))
                .extracting(f -> f.source().file().getFileName().toString(), f -> f.source().line(),
                        f -> f.source().column(), Finding::message, Finding::severity)
                .containsExactly(tuple(file, line, column, message, Severity.ERROR));
    }

    @Test
    void publishedPortsOfGrafanaAndPromtailNameTheContainerPort() {
        assertThat(findings("unreachable-datasource", "positive/published-port"))
                .extracting(f -> f.source().file().getFileName().toString(), f -> f.source().line(),
                        Finding::message)
                .containsExactly(
                        tuple("loki.yml", 7, "Grafana datasource \"Loki\" url \"http://loki:13100\" uses port 13100 "
                                + "of service loki, but 13100 is the host port published for container port 3100; "
                                + "inside the network (published-port_default) use the container port"),
                        tuple("promtail.yml", 9, "Promtail client url \"http://loki:13100/loki/api/v1/push\" uses "
                                + "port 13100 of service loki, but 13100 is the host port published for container "
                                + "port 3100; inside the network (published-port_default) use the container port"));
    }

    @Test
    void anAlertmanagerTargetIsOnlyCheckedForThePublishedPort() {
        assertThat(findings("unreachable-datasource", "positive/alertmanager-published-port"))
                .extracting(f -> f.source().line(), Finding::message)
                .containsExactly(tuple(9, "Alertmanager target \"alertmanager:19093\" uses port 19093 of service "
                        + "alertmanager, but 19093 is the host port published for container port 9093; inside the "
                        + "network (alertmanager-published-port_default) use the container port"));
        assertThat(findings("absent-scrape-target", Fixtures.root()
                .resolve("rules/unreachable-datasource/positive/alertmanager-published-port"))).isEmpty();
    }

    @Test
    void promtailClientAndLokiRulerUrlsAreChecked() {
        assertThat(findings("unreachable-datasource", "positive/promtail-and-loki-ruler"))
                .extracting(f -> f.source().file().getFileName().toString(), f -> f.source().line(),
                        Finding::message)
                .containsExactly(
                        tuple("loki.yaml", 15, "Loki ruler alertmanager_url \"http://alertmanager:9093\" names "
                                + "service alertmanager, which shares no network with loki (loki is on "
                                + "promtail-and-loki-ruler_logging; alertmanager is on promtail-and-loki-ruler_alerting);"
                                + " attach both to one network"),
                        tuple("promtail.yml", 9, "Promtail client url \"http://loki-gateway:3100/loki/api/v1/push\" "
                                + "names host loki-gateway, which is no service, alias, container_name or hostname of "
                                + "the workspace (promtail is on promtail-and-loki-ruler_logging); fix the host or add "
                                + "the service"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "no-rule-files | 3 | 1 | INFO | prometheus loads no rule files (prometheus.yml has no rule_files), so no "
                    + "alert ever fires; add rule_files: with alerting rules and an Alertmanager under "
                    + "alerting.alertmanagers",
            "rule-glob-matches-nothing | 3 | 5 | ERROR | rule_files pattern \"rules/*.yml\" matches no file "
                    + "(/etc/prometheus/rules is bind-mounted from {dir}/prometheus/rules), so prometheus loads no "
                    + "rules from it; fix the pattern or add the rule files",
            "rule-file-not-mounted | 4 | 5 | ERROR | rule_files pattern \"/etc/prometheus/recording/*.yml\" matches no "
                    + "file: no mount covers /etc/prometheus/recording and the prom/prometheus image has no rule "
                    + "files; mount the rule files into prometheus",
            "alerts-without-alertmanager | 2 | 1 | WARNING | prometheus loads 1 alerting rule (e.g. \"TargetDown\")"
                    + " but lists no Alertmanager under alerting.alertmanagers, so their alerts show only in its own"
                    + " UI; add an Alertmanager service and list it",
            "alertmanager-unreachable | 5 | 1 | ERROR | prometheus loads 1 alerting rule (e.g. \"TargetDown\") but of its "
                    + "alerting.alertmanagers none is reachable: alertmanager:9093 shares no network with prometheus;"
                    + " point alerting.alertmanagers at an Alertmanager on a shared network",
    })
    void alertingNotConfiguredPointsAtTheMissingPiece(String fixture, int line, int column, Severity severity,
                                                      String message) {
        Path dir = Fixtures.root().resolve("rules/alerting-not-configured/positive").resolve(fixture)
                .toAbsolutePath().normalize();
        assertThat(findings("alerting-not-configured", "positive/" + fixture))
                .extracting(f -> f.source().file().getFileName().toString(), f -> f.source().line(),
                        f -> f.source().column(), Finding::message, Finding::severity)
                .containsExactly(tuple("prometheus.yml", line, column, message.replace("{dir}", dir.toString()),
                        severity));
    }

    @Test
    void theIncidentHasNoRuleFilesButReachableDatasources() {
        Path incident = Fixtures.incident();
        LintResult result = LINTER.lint(LoadRequest.of(incident).withEnvironment(Map.of())
                .withWorkingDirectory(incident));
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("unreachable-datasource")).isEmpty();
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("alerting-not-configured"))
                .extracting(f -> f.source().line(), Finding::message)
                .containsExactly(tuple(2, "prometheus loads no rule files (prometheus.yml has no rule_files), so no "
                        + "alert ever fires; add rule_files: with alerting rules and an Alertmanager under "
                        + "alerting.alertmanagers"));
    }
}
