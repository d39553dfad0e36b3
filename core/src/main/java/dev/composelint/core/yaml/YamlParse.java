package dev.composelint.core.yaml;

import dev.composelint.core.Finding;

import java.nio.file.Path;
import java.util.List;

/**
 * The YAML documents of one file, in order, and the problems met while reading them. A document whose
 * conversion failed on a limit is left out; after a syntax error no further document is read.
 */
public record YamlParse(Path file, List<YNode> documents, List<Finding> diagnostics) {

    public YamlParse {
        documents = List.copyOf(documents);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasDiagnostics() {
        return !diagnostics.isEmpty();
    }
}
