package dev.composelint.core.model;

import java.nio.file.Path;

/**
 * One file of a project with what the model keeps of its raw form: the top-level {@code version} and {@code name}
 * entries (null when absent) and its {@link FileLayout layout} (key order and quoting, for style rules).
 */
public record ComposeFile(Path path, Located<String> version, Located<String> name, FileLayout layout) {

    public ComposeFile {
        layout = layout == null ? FileLayout.EMPTY : layout;
    }

    public ComposeFile(Path path, Located<String> version, Located<String> name) {
        this(path, version, name, FileLayout.EMPTY);
    }
}
