package dev.composelint.core.model;

import dev.composelint.core.Finding;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything one run looks at: several projects, and what the loader reported while loading them.
 *
 * @param root        the directory paths in reports are relative to
 * @param diagnostics loader findings (YAML, schema, interpolation, compose, io)
 */
public record Workspace(Path root, List<Project> projects, List<Finding> diagnostics) {

    public Workspace {
        projects = List.copyOf(projects);
        diagnostics = List.copyOf(diagnostics);
    }
}
