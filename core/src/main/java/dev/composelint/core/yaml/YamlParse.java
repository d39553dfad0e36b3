package dev.composelint.core.yaml;

import dev.composelint.core.Finding;

import java.nio.file.Path;
import java.util.List;

/**
 * The YAML documents of one file, in order, and the problems met while reading them. A document whose
 * conversion failed on a limit is left out; after a syntax error no further document is read.
 *
 * @param aliases whether an alias occurs in the file, so that its trees may share nodes (an anchored node is
 *                converted once and used at every alias); false promises trees without shared nodes, which later
 *                steps then walk without remembering what they visited
 */
public record YamlParse(Path file, List<YNode> documents, List<Finding> diagnostics, boolean aliases) {

    public YamlParse {
        documents = List.copyOf(documents);
        diagnostics = List.copyOf(diagnostics);
    }

    /** A parse whose trees may share nodes. */
    public YamlParse(Path file, List<YNode> documents, List<Finding> diagnostics) {
        this(file, documents, diagnostics, true);
    }

    public boolean hasDiagnostics() {
        return !diagnostics.isEmpty();
    }
}
