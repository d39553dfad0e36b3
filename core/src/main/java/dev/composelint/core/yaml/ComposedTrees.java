package dev.composelint.core.yaml;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.nodes.Node;

import java.nio.file.Path;
import java.util.List;

/**
 * The two-pass reading: snakeyaml's {@code Composer} makes a node graph of each document, {@link TreeBuilder}
 * converts it. {@link EventTreeBuilder} gives the same in one pass; this path reads the files it leaves (an
 * explicit {@code !!merge} tag, which the composer applies itself), and the tests hold the two to agreement.
 */
final class ComposedTrees {

    private ComposedTrees() {
    }

    /** Like {@link EventTreeBuilder#read}, through the composer reading {@code guarded}'s events. */
    static void read(EventGuard guarded, LoadSettings settings, Path file, YamlLimits limits, List<YNode> documents,
            List<Finding> diagnostics) {
        Composer composer = new Composer(settings, guarded);
        while (composer.hasNext()) {
            Node root = composer.next();
            try {
                documents.add(new TreeBuilder(file, limits, diagnostics, guarded.aliases()).build(root));
            } catch (LimitExceeded e) {
                diagnostics.add(new Finding(Diagnostics.YAML, Severity.ERROR, e.getMessage(), e.source()));
            }
        }
    }
}
