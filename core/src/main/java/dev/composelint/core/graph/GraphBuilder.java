package dev.composelint.core.graph;

import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.graph.WorkspaceGraph.Cluster;
import dev.composelint.core.graph.WorkspaceGraph.Edge;
import dev.composelint.core.graph.WorkspaceGraph.EdgeKind;
import dev.composelint.core.graph.WorkspaceGraph.Node;
import dev.composelint.core.graph.WorkspaceGraph.NodeKind;
import dev.composelint.core.model.Dependency;
import dev.composelint.core.model.Network;
import dev.composelint.core.model.NetworkAttachment;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Service;
import dev.composelint.core.model.Workspace;
import dev.composelint.core.sidecar.common.ConfigUrl;
import dev.composelint.core.sidecar.SidecarUrls;
import dev.composelint.core.sidecar.Sidecars;
import dev.composelint.core.sidecar.grafana.GrafanaDatasource;
import dev.composelint.core.sidecar.grafana.GrafanaInstance;
import dev.composelint.core.sidecar.prometheus.AlertmanagerSet;
import dev.composelint.core.sidecar.prometheus.ScrapeJob;
import dev.composelint.core.sidecar.prometheus.Target;
import dev.composelint.core.topology.ServiceRef;
import dev.composelint.core.topology.WorkspaceTopology;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds the {@link WorkspaceGraph} of a lint result: the model, the monitoring configs and the findings. */
public final class GraphBuilder {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    private final Workspace workspace;
    private final WorkspaceTopology topology;
    private final Map<String, String> rulesByPlace = new HashMap<>();
    private final Map<String, Node> freeNodes = new TreeMap<>();
    private final Set<Edge> edges = new LinkedHashSet<>();
    /** Project labels, unique: projects that share a name (a finding in itself) are told apart by file. */
    private final Map<Project, String> labels = new IdentityHashMap<>();
    /** Short identifiers p1, p2, ... in label order. */
    private final Map<Project, String> ids = new IdentityHashMap<>();

    private GraphBuilder(LintResult result) {
        this.workspace = result.workspace();
        this.topology = new WorkspaceTopology(workspace);
        for (Finding finding : result.findings()) { // info findings (style, advice) never break an edge
            if (finding.severity() != Severity.INFO) {
                rulesByPlace.putIfAbsent(place(finding.source()), finding.ruleId());
            }
        }
        List<Project> projects = workspace.projects();
        Map<String, Long> sameName = new HashMap<>();
        for (Project project : projects) sameName.merge(project.name(), 1L, Long::sum);
        for (int i = 0; i < projects.size(); i++) {
            Project project = projects.get(i);
            String label = sameName.get(project.name()) > 1
                    ? project.name() + " (" + project.mainFile().getFileName() + ")" : project.name();
            labels.put(project, label);
        }
    }

    /** The graph of a linted workspace; an edge is broken when a finding sits on the line that declares it. */
    public static WorkspaceGraph of(LintResult result) {
        return new GraphBuilder(result).build();
    }

    private WorkspaceGraph build() {
        List<Cluster> clusters = new ArrayList<>();
        List<Project> projects = workspace.projects().stream().sorted(Comparator.comparing(labels::get)).toList();
        for (Project project : projects) ids.put(project, "p" + (ids.size() + 1));
        for (Project project : projects) {
            List<Node> nodes = new TreeMap<>(project.services()).values().stream()
                    .map(service -> new Node(serviceId(project, service), service.name(), NodeKind.SERVICE)).toList();
            clusters.add(new Cluster(ids.get(project), labels.get(project), nodes));
        }
        for (Project project : projects) {
            for (Service service : new TreeMap<>(project.services()).values()) {
                dependencies(project, service);
                networks(project, service);
            }
        }
        Sidecars sidecars = Sidecars.compute(workspace);
        for (Sidecars.PrometheusInstance prometheus : sidecars.prometheus()) {
            for (ScrapeJob job : prometheus.config().jobs()) {
                for (Target target : job.targets().targets()) {
                    link(prometheus.service(), target.host(), target.source(), EdgeKind.SCRAPE);
                }
            }
            for (AlertmanagerSet set : prometheus.config().alertmanagers()) {
                for (Target target : set.targets().targets()) {
                    link(prometheus.service(), target.host(), target.source(), EdgeKind.ALERTMANAGER);
                }
            }
        }
        for (GrafanaInstance grafana : sidecars.grafana()) {
            for (GrafanaDatasource datasource : grafana.datasources()) {
                ConfigUrl endpoint = datasource.endpoint();
                if (endpoint != null) link(grafana.service(), endpoint.host(), endpoint.source(), EdgeKind.DATASOURCE);
            }
        }
        for (SidecarUrls promtail : sidecars.promtail()) {
            for (ConfigUrl url : promtail.urls()) link(promtail.service(), url.host(), url.source(), EdgeKind.PROMTAIL);
        }
        List<Edge> sorted = edges.stream().sorted(Comparator.comparing(Edge::from).thenComparing(Edge::to)
                .thenComparing(Edge::kind)).toList();
        return new WorkspaceGraph(clusters, List.copyOf(freeNodes.values()), sorted);
    }

    private void dependencies(Project project, Service service) {
        for (Dependency dependency : service.dependsOn().values()) {
            Service target = project.services().get(dependency.service());
            String to = target != null ? serviceId(project, target) : missing(dependency.service());
            edges.add(new Edge(serviceId(project, service), to, EdgeKind.DEPENDS_ON, rule(dependency.source())));
        }
    }

    /** Networks shared between projects, and external references, become nodes with an edge from each member. */
    private void networks(Project project, Service service) {
        for (NetworkAttachment attachment : service.networks().values()) {
            Network network = project.networks().get(attachment.network());
            String actual = network != null ? network.name() : project.name() + "_" + attachment.network();
            boolean external = network != null && network.external();
            Set<String> users = new TreeSet<>();
            for (ServiceRef ref : topology.attachedTo(actual)) users.add(ref.project().name());
            if (!external && users.size() < 2) continue;
            String id = id("network", actual);
            freeNodes.putIfAbsent(id, new Node(id, actual, NodeKind.NETWORK));
            String rule = external ? rule(network.source()) : null;
            edges.add(new Edge(serviceId(project, service), id, external ? EdgeKind.EXTERNAL_NETWORK
                    : EdgeKind.NETWORK, rule));
        }
    }

    private void link(ServiceRef from, String host, Source source, EdgeKind kind) {
        if (host == null || host.isBlank()) return;
        String fromId = serviceId(from.project(), from.service());
        List<ServiceRef> targets = topology.lookup(host);
        String rule = source == null ? null : rule(source);
        if (LOOPBACK.contains(host.toLowerCase(Locale.ROOT))) {
            edges.add(new Edge(fromId, fromId, kind, rule));
            return;
        }
        if (targets.isEmpty()) {
            edges.add(new Edge(fromId, missing(host), kind, rule));
            return;
        }
        for (ServiceRef target : targets) {
            edges.add(new Edge(fromId, serviceId(target.project(), target.service()), kind, rule));
        }
    }

    private String missing(String host) {
        String id = id("missing", host);
        freeNodes.putIfAbsent(id, new Node(id, host + "?", NodeKind.MISSING));
        return id;
    }

    private String rule(Source source) {
        return source == null ? null : rulesByPlace.get(place(source));
    }

    private String place(Source source) {
        Path file = workspace.root().resolve(source.file()).toAbsolutePath().normalize();
        return file + ":" + source.line();
    }

    private String serviceId(Project project, Service service) {
        return id(ids.get(project), service.name());
    }

    /** An identifier safe in Mermaid, DOT and SVG: letters, digits and underscores. */
    static String id(String prefix, String name) {
        return prefix + "_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }
}
