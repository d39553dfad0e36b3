package dev.composelint.core.graph;

import dev.composelint.core.graph.WorkspaceGraph.Cluster;
import dev.composelint.core.graph.WorkspaceGraph.Edge;
import dev.composelint.core.graph.WorkspaceGraph.EdgeKind;
import dev.composelint.core.graph.WorkspaceGraph.Node;
import dev.composelint.core.graph.WorkspaceGraph.NodeKind;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Text renderings of a {@link WorkspaceGraph}: Mermaid (for Markdown), Graphviz DOT, and SVG laid out by our own
 * code (one column per project, then a column of networks and missing names; no Graphviz needed). Broken edges are
 * red and labelled with the rule id.
 */
public final class GraphRenderers {

    /** The formats of {@code composelint graph --format}. */
    public static final List<String> FORMATS = List.of("mermaid", "dot", "svg");

    private static final String RED = "#d73a49";

    private GraphRenderers() {
    }

    /** The rendering in a named format (any case), or empty when the name is unknown. */
    public static Optional<String> render(WorkspaceGraph graph, String format) {
        return switch (format == null ? "" : format.trim().toLowerCase(Locale.ROOT)) {
            case "mermaid" -> Optional.of(mermaid(graph));
            case "dot" -> Optional.of(dot(graph));
            case "svg" -> Optional.of(svg(graph));
            default -> Optional.empty();
        };
    }

    public static String mermaid(WorkspaceGraph graph) {
        StringBuilder sb = new StringBuilder("flowchart LR\n");
        for (Cluster cluster : graph.clusters()) {
            sb.append("  subgraph ").append(cluster.id()).append("[\"").append(mermaidText(cluster.label()))
                    .append("\"]\n");
            for (Node node : cluster.nodes()) sb.append("    ").append(mermaidNode(node)).append('\n');
            sb.append("  end\n");
        }
        for (Node node : graph.freeNodes()) sb.append("  ").append(mermaidNode(node)).append('\n');
        StringBuilder styles = new StringBuilder();
        int index = 0;
        for (Edge edge : graph.edges()) {
            String arrow = dashed(edge) ? "-.->" : "-->";
            sb.append("  ").append(edge.from()).append(' ').append(arrow).append("|\"")
                    .append(mermaidText(edge.label())).append("\"| ").append(edge.to()).append('\n');
            if (edge.broken()) {
                styles.append("  linkStyle ").append(index).append(" stroke:").append(RED)
                        .append(",stroke-width:2px,color:").append(RED).append('\n');
            }
            index++;
        }
        for (Node node : graph.freeNodes()) {
            if (node.kind() == NodeKind.MISSING) {
                styles.append("  style ").append(node.id()).append(" stroke:").append(RED).append(",color:")
                        .append(RED).append('\n');
            }
        }
        return sb.append(styles).toString();
    }

    private static String mermaidNode(Node node) {
        String text = mermaidText(node.label());
        return switch (node.kind()) {
            case SERVICE -> node.id() + "[\"" + text + "\"]";
            case NETWORK -> node.id() + "([\"" + text + "\"])";
            case MISSING -> node.id() + "{{\"" + text + "\"}}";
        };
    }

    private static String mermaidText(String text) {
        return text.replace("\"", "#quot;");
    }

    public static String dot(WorkspaceGraph graph) {
        StringBuilder sb = new StringBuilder("digraph workspace {\n");
        sb.append("  rankdir=LR;\n  node [shape=box, fontname=\"sans-serif\"];\n")
                .append("  edge [fontname=\"sans-serif\", fontsize=10];\n");
        for (Cluster cluster : graph.clusters()) {
            sb.append("  subgraph cluster_").append(cluster.id()).append(" {\n    label=")
                    .append(dotText(cluster.label())).append(";\n");
            for (Node node : cluster.nodes()) sb.append("    ").append(dotNode(node)).append('\n');
            sb.append("  }\n");
        }
        for (Node node : graph.freeNodes()) sb.append("  ").append(dotNode(node)).append('\n');
        for (Edge edge : graph.edges()) {
            sb.append("  ").append(edge.from()).append(" -> ").append(edge.to()).append(" [label=")
                    .append(dotText(edge.label()));
            if (dashed(edge)) sb.append(", style=dashed");
            if (edge.broken()) sb.append(", color=\"").append(RED).append("\", fontcolor=\"").append(RED)
                    .append("\", penwidth=2");
            sb.append("];\n");
        }
        return sb.append("}\n").toString();
    }

    private static String dotNode(Node node) {
        String shape = switch (node.kind()) {
            case SERVICE -> "";
            case NETWORK -> ", shape=ellipse";
            case MISSING -> ", shape=octagon, color=\"" + RED + "\", fontcolor=\"" + RED + "\"";
        };
        return node.id() + " [label=" + dotText(node.label()) + shape + "];";
    }

    private static String dotText(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static boolean dashed(Edge edge) {
        return edge.kind() == EdgeKind.NETWORK || edge.kind() == EdgeKind.EXTERNAL_NETWORK;
    }

    // SVG: a column per cluster, nodes stacked in it; free nodes in a last column.
    private static final int NODE_WIDTH = 170;
    private static final int NODE_HEIGHT = 30;
    private static final int ROW = 46;
    private static final int COLUMN_GAP = 150;
    private static final int MARGIN = 20;
    private static final int TITLE = 28;
    /** A generous width of one character at the edge labels' font size 10, for the canvas size only. */
    private static final int LABEL_CHAR_WIDTH = 7;

    private record Box(int x, int y) {
    }

    public static String svg(WorkspaceGraph graph) {
        Map<String, Box> boxes = new HashMap<>();
        StringBuilder body = new StringBuilder();
        int column = 0;
        int height = 0;
        for (Cluster cluster : graph.clusters()) {
            int x = MARGIN + column * (NODE_WIDTH + 2 * MARGIN + COLUMN_GAP);
            int clusterHeight = TITLE + cluster.nodes().size() * ROW + MARGIN / 2;
            body.append("  <g class=\"cluster\"><rect x=\"").append(x).append("\" y=\"").append(MARGIN)
                    .append("\" width=\"").append(NODE_WIDTH + 2 * MARGIN).append("\" height=\"").append(clusterHeight)
                    .append("\" rx=\"6\" fill=\"#f6f8fa\" stroke=\"#8c959f\"/><text x=\"").append(x + MARGIN)
                    .append("\" y=\"").append(MARGIN + 19).append("\" font-weight=\"bold\">")
                    .append(xml(cluster.label())).append("</text></g>\n");
            int row = 0;
            for (Node node : cluster.nodes()) {
                boxes.put(node.id(), new Box(x + MARGIN, MARGIN + TITLE + row++ * ROW));
            }
            height = Math.max(height, MARGIN + clusterHeight);
            column++;
        }
        int freeX = MARGIN + column * (NODE_WIDTH + 2 * MARGIN + COLUMN_GAP) + MARGIN;
        int row = 0;
        for (Node node : graph.freeNodes()) {
            boxes.put(node.id(), new Box(freeX, MARGIN + TITLE + row++ * ROW));
        }
        height = Math.max(height, MARGIN + TITLE + row * ROW);
        int width = graph.freeNodes().isEmpty() ? freeX - COLUMN_GAP : freeX + NODE_WIDTH + MARGIN;
        StringBuilder edges = new StringBuilder();
        for (Edge edge : graph.edges()) {
            Box from = boxes.get(edge.from());
            Box to = boxes.get(edge.to());
            if (from == null || to == null) continue;
            edges.append(svgEdge(edge, from, to));
            width = Math.max(width, rightEdgeOf(edge, from, to) + MARGIN);
        }
        StringBuilder nodes = new StringBuilder();
        for (Cluster cluster : graph.clusters()) {
            for (Node node : cluster.nodes()) nodes.append(svgNode(node, boxes.get(node.id())));
        }
        for (Node node : graph.freeNodes()) nodes.append(svgNode(node, boxes.get(node.id())));
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + (height + MARGIN)
                + "\" viewBox=\"0 0 " + width + " " + (height + MARGIN) + "\" font-family=\"sans-serif\" "
                + "font-size=\"12\">\n"
                + "  <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" "
                + "fill=\"context-stroke\"/></marker></defs>\n"
                + body + edges + nodes + "</svg>\n";
    }

    private static String svgNode(Node node, Box box) {
        String stroke = node.kind() == NodeKind.MISSING ? RED : "#57606a";
        int radius = node.kind() == NodeKind.SERVICE ? 4 : NODE_HEIGHT / 2;
        return "  <g class=\"node " + node.kind().name().toLowerCase(Locale.ROOT) + "\" id=\"" + node.id()
                + "\"><rect x=\"" + box.x() + "\" y=\"" + box.y() + "\" width=\"" + NODE_WIDTH + "\" height=\""
                + NODE_HEIGHT + "\" rx=\"" + radius + "\" fill=\"#ffffff\" stroke=\"" + stroke + "\"/><text x=\""
                + (box.x() + NODE_WIDTH / 2) + "\" y=\"" + (box.y() + 19) + "\" text-anchor=\"middle\" fill=\""
                + (node.kind() == NodeKind.MISSING ? RED : "#24292f") + "\">" + xml(node.label()) + "</text></g>\n";
    }

    private static String svgEdge(Edge edge, Box from, Box to) {
        int y1 = from.y() + NODE_HEIGHT / 2;
        int y2 = to.y() + NODE_HEIGHT / 2;
        int x1;
        int x2;
        String path;
        if (from.x() == to.x()) { // same column: bow out to the right
            x1 = from.x() + NODE_WIDTH;
            x2 = to.x() + NODE_WIDTH;
            int bow = x1 + 30 + Math.abs(y2 - y1) / 6;
            path = "M" + x1 + "," + y1 + " C" + bow + "," + y1 + " " + bow + "," + y2 + " " + x2 + "," + y2;
        } else {
            boolean rightwards = to.x() > from.x();
            x1 = rightwards ? from.x() + NODE_WIDTH : from.x();
            x2 = rightwards ? to.x() : to.x() + NODE_WIDTH;
            int middle = (x1 + x2) / 2;
            path = "M" + x1 + "," + y1 + " C" + middle + "," + y1 + " " + middle + "," + y2 + " " + x2 + "," + y2;
        }
        String color = edge.broken() ? RED : "#8c959f";
        String dash = dashed(edge) ? " stroke-dasharray=\"5,4\"" : "";
        int labelX = from.x() == to.x() ? x1 + 34 : (x1 + x2) / 2;
        int labelY = (y1 + y2) / 2 - 3;
        return "  <g class=\"edge" + (edge.broken() ? " broken" : "") + "\" data-from=\"" + edge.from()
                + "\" data-to=\"" + edge.to() + "\"><path d=\"" + path + "\" fill=\"none\" stroke=\"" + color
                + "\" stroke-width=\"" + (edge.broken() ? 2 : 1) + "\"" + dash + " marker-end=\"url(#arrow)\"/>"
                + "<text x=\"" + labelX + "\" y=\"" + labelY + "\" text-anchor=\"middle\" font-size=\"10\" fill=\""
                + (edge.broken() ? RED : "#57606a") + "\">" + xml(edge.label()) + "</text></g>\n";
    }

    /** How far right an edge and its label reach, so that a bow in the last column is not clipped. */
    private static int rightEdgeOf(Edge edge, Box from, Box to) {
        if (from.x() != to.x()) return Math.max(from.x(), to.x()) + NODE_WIDTH;
        int x1 = from.x() + NODE_WIDTH;
        int bow = x1 + 30 + Math.abs(to.y() - from.y()) / 6;
        int labelHalfWidth = edge.label().length() * LABEL_CHAR_WIDTH / 2;
        return Math.max(bow, x1 + 34 + labelHalfWidth);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
