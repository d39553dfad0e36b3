package dev.composelint.core.graph;

import java.util.List;

/**
 * The workspace as a picture: one cluster per compose project holding its services, the networks more than one
 * project uses (or that a project references as external), services a config names but nothing provides, and the
 * edges between them. Everything is sorted, so renderers produce the same text for the same workspace.
 */
public record WorkspaceGraph(List<Cluster> clusters, List<Node> freeNodes, List<Edge> edges) {

    public WorkspaceGraph {
        clusters = List.copyOf(clusters);
        freeNodes = List.copyOf(freeNodes);
        edges = List.copyOf(edges);
    }

    /** A compose project and its services. */
    public record Cluster(String id, String label, List<Node> nodes) {
        public Cluster {
            nodes = List.copyOf(nodes);
        }
    }

    public enum NodeKind { SERVICE, NETWORK, MISSING }

    /** A service, a shared network, or a name a configuration points at that no service provides. */
    public record Node(String id, String label, NodeKind kind) {
    }

    public enum EdgeKind {
        DEPENDS_ON("depends_on"), SCRAPE("scrape"), DATASOURCE("datasource"), PROMTAIL("push"),
        ALERTMANAGER("alerts"), EXTERNAL_NETWORK("external"), NETWORK("network");

        private final String label;

        EdgeKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** An edge; {@code ruleId} is the rule of a finding at the edge's declaration (a broken edge), else null. */
    public record Edge(String from, String to, EdgeKind kind, String ruleId) {
        public boolean broken() {
            return ruleId != null;
        }

        /** The label renderers show: the rule id of a broken edge, else the kind. */
        public String label() {
            return broken() ? ruleId : kind.label();
        }
    }
}
