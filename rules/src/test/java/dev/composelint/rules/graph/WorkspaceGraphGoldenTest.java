package dev.composelint.rules.graph;

import dev.composelint.core.engine.LintResult;
import dev.composelint.core.engine.Linter;
import dev.composelint.core.graph.GraphBuilder;
import dev.composelint.core.graph.GraphRenderers;
import dev.composelint.core.graph.WorkspaceGraph;
import dev.composelint.core.load.LoadRequest;
import dev.composelint.fixtures.Fixtures;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incident's workspace graph in every format against golden files under {@code src/test/resources/graph/}.
 * Regenerate after an intended change with {@code -Dcomposelint.updateGolden=true}, then read the diff.
 */
class WorkspaceGraphGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/graph");
    private static WorkspaceGraph graph;

    @BeforeAll
    static void lintTheIncident() {
        Path incident = Fixtures.root().resolve("projects/incident");
        LintResult result = Linter.builder().discoverRules().build()
                .lint(LoadRequest.of(incident).withEnvironment(Map.of()).withWorkingDirectory(incident));
        graph = GraphBuilder.of(result);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"mermaid, incident.mmd", "dot, incident.dot", "svg, incident.svg"})
    void matchesTheGoldenFile(String format, String golden) throws Exception {
        String rendered = GraphRenderers.render(graph, format).orElseThrow();
        assertThat(GraphRenderers.render(graph, format)).contains(rendered); // deterministic
        Path file = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("composelint.updateGolden")) Files.writeString(file, rendered, StandardCharsets.UTF_8);
        assertThat(rendered).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void brokenEdgesCarryTheRuleAndTheIncidentHasThem() {
        assertThat(graph.edges()).anyMatch(e -> "absent-scrape-target".equals(e.ruleId()))
                .anyMatch(e -> "external-network-mismatch".equals(e.ruleId()))
                .anyMatch(e -> e.kind() == WorkspaceGraph.EdgeKind.DEPENDS_ON && !e.broken())
                .anyMatch(e -> e.kind() == WorkspaceGraph.EdgeKind.DATASOURCE)
                .anyMatch(e -> e.kind() == WorkspaceGraph.EdgeKind.PROMTAIL);
        assertThat(graph.clusters()).hasSize(2);
        assertThat(GraphRenderers.dot(graph)).contains("label=\"absent-scrape-target\", color=\"#d73a49\"");
    }

    @Test
    void svgIsWellFormedXml() throws Exception {
        byte[] svg = GraphRenderers.svg(graph).getBytes(StandardCharsets.UTF_8);
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(new String(svg, StandardCharsets.UTF_8)).contains("class=\"edge broken\"");
    }
}
