package dev.composelint.core.model;

import dev.composelint.core.Finding;
import dev.composelint.core.evidence.Evidence;
import dev.composelint.core.fs.WorkspaceFiles;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything one run looks at: several projects, and what the loader reported while loading them.
 *
 * @param root        the directory paths in reports are relative to
 * @param diagnostics loader findings (YAML, schema, interpolation, compose, io)
 * @param evidence    how the repository says it runs its files (scripts, docs, CI, env templates)
 * @param composeFiles every compose file found, linted or not (empty: nothing to lint was found)
 * @param files       the files the run may read (the workspace boundary); later stages such as the sidecar
 *                    configs read through it
 */
public record Workspace(Path root, List<Project> projects, List<Finding> diagnostics, Evidence evidence,
                        List<Path> composeFiles, WorkspaceFiles files) {

    public Workspace {
        projects = List.copyOf(projects);
        diagnostics = List.copyOf(diagnostics);
        evidence = evidence == null ? Evidence.EMPTY : evidence;
        composeFiles = composeFiles == null ? List.of() : List.copyOf(composeFiles);
        files = files == null ? WorkspaceFiles.unrestricted() : files;
    }

    /** A workspace without a boundary (regular files only, anywhere). */
    public Workspace(Path root, List<Project> projects, List<Finding> diagnostics, Evidence evidence,
                     List<Path> composeFiles) {
        this(root, projects, diagnostics, evidence, composeFiles, null);
    }

    public Workspace(Path root, List<Project> projects, List<Finding> diagnostics) {
        this(root, projects, diagnostics, Evidence.EMPTY, projects.stream().flatMap(p -> p.files().stream())
                .map(ComposeFile::path).distinct().toList());
    }
}
