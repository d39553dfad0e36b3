package dev.composelint.core.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.composelint.core.graph.WorkspaceGraph.Cluster;
import dev.composelint.core.graph.WorkspaceGraph.Edge;
import dev.composelint.core.graph.WorkspaceGraph.EdgeKind;
import dev.composelint.core.graph.WorkspaceGraph.Node;
import dev.composelint.core.graph.WorkspaceGraph.NodeKind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The SVG canvas holds every edge label, also the bow of an edge inside the last column. */
class SvgCanvasTest {

    @Test
    void aSameColumnEdgeLabelInTheLastColumnFitsTheCanvas() {
        Node web = new Node("p_web", "web", NodeKind.SERVICE);
        Node db = new Node("p_db", "db", NodeKind.SERVICE);
        WorkspaceGraph graph = new WorkspaceGraph(List.of(new Cluster("p", "p", List.of(web, db))), List.of(),
                List.of(new Edge("p_web", "p_db", EdgeKind.DEPENDS_ON, "unreachable-dependency")));

        String svg = GraphRenderers.svg(graph);

        int width = Integer.parseInt(match(svg, "<svg [^>]*width=\"(\\d+)\""));
        int labelX = Integer.parseInt(match(svg, "<text x=\"(\\d+)\"[^>]*font-size=\"10\""));
        int halfLabel = "unreachable-dependency".length() * 6 / 2;
        assertTrue(labelX + halfLabel <= width, "label ends at " + (labelX + halfLabel) + ", canvas " + width);
    }

    private static String match(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertTrue(matcher.find(), regex);
        return matcher.group(1);
    }
}
