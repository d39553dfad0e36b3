package dev.composelint.rules;

import dev.composelint.core.Finding;
import dev.composelint.core.engine.Linter;
import dev.composelint.core.Related;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.model.ExtraHost;
import dev.composelint.core.model.Located;
import dev.composelint.core.model.Mount;
import dev.composelint.core.model.MountType;
import dev.composelint.core.model.NameOrigin;
import dev.composelint.core.model.Network;
import dev.composelint.core.model.NetworkAttachment;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Service;
import dev.composelint.core.model.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule on hand-built workspaces: exact messages, positions and related locations. */
class AbsentScrapeTargetRuleTest {

    @TempDir
    Path repo;

    private final Path compose = Path.of("/repo/compose.yaml");

    private Service service(String name, String image, List<Mount> mounts, Map<String, List<String>> networks,
                            int line) {
        return service(name, image, mounts, networks, line, List.of());
    }

    private Service service(String name, String image, List<Mount> mounts, Map<String, List<String>> networks,
                            int line, List<String> extraHosts) {
        Map<String, NetworkAttachment> attachments = new LinkedHashMap<>();
        networks.forEach((key, aliases) -> attachments.put(key,
                new NetworkAttachment(key, aliases, null, null, Source.of(compose, line + 1, 7))));
        return new Service(name, Source.of(compose, line, 3), Located.of(image, Source.of(compose, line + 1, 12)),
                null, List.of(), List.of(), mounts, attachments, Map.of(), List.of(), Map.of(), null, List.of(),
                true, null, null, null, null, null, null, List.of(), List.of(), Map.of(),
                extraHosts.stream().map(h -> ExtraHost.parse(h, Source.of(compose, line + 2, 9))).toList(), false);
    }

    private Project project(String name, Map<String, String> networkNames, Service... services) {
        Map<String, Service> byName = new LinkedHashMap<>();
        for (Service s : services) byName.put(s.name(), s);
        Map<String, Network> networks = new LinkedHashMap<>();
        networkNames.forEach((key, actual) -> networks.put(key, new Network(key, actual,
                !actual.startsWith(name + "_"), false, null, false, Source.of(compose, 40, 3), null)));
        return new Project(name, NameOrigin.DIRECTORY, repo, List.of(), Map.of(), Set.of(), byName, networks,
                Map.of(), Map.of(), Map.of(), Map.of());
    }

    private Mount bind(Path host, String target) {
        return new Mount(MountType.BIND, host.toString(), host.toString(), target, true, null, false,
                Source.of(compose, 6, 9));
    }

    private List<Finding> run(Project... projects) {
        Workspace workspace = new Workspace(repo, List.of(projects), List.of());
        return Linter.builder().rule(new AbsentScrapeTargetRule()).suppressions(false).build().check(workspace)
                .findings().stream().filter(f -> f.ruleId().equals("absent-scrape-target")).toList();
    }

    @Test
    void reportsUnknownHostsAndTargetsOnOtherNetworks() throws IOException {
        Path config = Files.writeString(repo.resolve("prometheus.yml"), """
                scrape_configs:
                  - job_name: all
                    static_configs:
                      - targets: ['api:8080', 'ghost:9100', 'cache-alias:6379', 'localhost:9090', '10.1.2.3:80']
                """);
        Service prometheus = service("prometheus", "prom/prometheus:v3.1.0",
                List.of(bind(config, "/etc/prometheus/prometheus.yml")), Map.of("monitoring", List.of()), 2);
        Service api = service("api", "ghcr.io/example/api:1.0", List.of(), Map.of("backend", List.of()), 10);
        Service cache = service("cache", "redis:7.4.1", List.of(),
                Map.of("monitoring", List.of("cache-alias")), 20);
        List<Finding> findings = run(project("app", Map.of("monitoring", "app_monitoring", "backend", "app_backend"),
                prometheus, api, cache));
        assertThat(findings).extracting(f -> f.source().line() + ":" + f.source().column(), Finding::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("4:19", "scrape target \"api:8080\" names service api, "
                                + "which shares no network with prometheus (prometheus is on app_monitoring; api is "
                                + "on app_backend); attach both to one network"),
                        org.assertj.core.groups.Tuple.tuple("4:31", "scrape target \"ghost:9100\" names no service, "
                                + "alias, container_name or hostname of the workspace; fix the host or add the "
                                + "service"));
        assertThat(findings.get(0).related()).containsExactly(
                new Related(Source.of(compose, 10, 3), "service api is declared here"));
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("absent-scrape-target");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.source().file()).isEqualTo(config);
        });
    }

    @Test
    void namesTheProjectOfATargetInAnotherProjectAndChecksAlertmanagersAfterRelabeling() throws IOException {
        Path config = Files.writeString(repo.resolve("prometheus.yml"), """
                alerting:
                  alertmanagers:
                    - static_configs: [{targets: ['alertmanager:9093']}]
                scrape_configs:
                  - job_name: probe
                    static_configs: [{targets: ['http://shop-api/health']}]
                    relabel_configs:
                      - {source_labels: [__address__], target_label: __param_target}
                      - {target_label: __address__, replacement: 'blackbox:9115'}
                """);
        Service prometheus = service("prometheus", "prom/prometheus:v3.1.0",
                List.of(bind(config, "/etc/prometheus/prometheus.yml")), Map.of("default", List.of()), 2);
        Service alertmanager = service("alertmanager", "prom/alertmanager:v0.27.0", List.of(),
                Map.of("default", List.of()), 3);
        List<Finding> findings = run(
                project("monitoring", Map.of("default", "monitoring_default"), prometheus),
                project("alerts", Map.of("default", "alerts_default"), alertmanager));
        // the engine orders findings by position
        assertThat(findings).extracting(f -> f.source().line(), Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "Alertmanager target \"alertmanager:9093\" names service "
                        + "alerts/alertmanager, which shares no network with prometheus (prometheus is on "
                        + "monitoring_default; alerts/alertmanager is on alerts_default); attach both to one network"),
                org.assertj.core.groups.Tuple.tuple(6, "scrape target \"http://shop-api/health\" (relabeled to "
                        + "\"blackbox:9115\") names no service, alias, container_name or hostname of the workspace; "
                        + "fix the host or add the service"));
    }

    @Test
    void hostsFromExtraHostsAndUnreadableConfigsAreLeftAlone() throws IOException {
        Path config = Files.writeString(repo.resolve("prometheus.yml"), """
                scrape_configs:
                  - job_name: legacy
                    static_configs: [{targets: ['legacy-box:9100', 'gateway:9100', 'metrics.example.com:443']}]
                """);
        Service prometheus = service("prometheus", "prom/prometheus:v3.1.0",
                List.of(bind(config, "/etc/prometheus/prometheus.yml")), Map.of("default", List.of()), 2,
                List.of("legacy-box:10.0.0.7", "gateway=host-gateway"));
        Service baked = service("baked", "prom/prometheus:v3.1.0", List.of(), Map.of("default", List.of()), 12);
        assertThat(run(project("p", Map.of("default", "p_default"), prometheus, baked))).isEmpty();
    }
}
