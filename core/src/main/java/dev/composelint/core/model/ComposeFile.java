package dev.composelint.core.model;

import java.nio.file.Path;

/**
 * One file of a project with what the model keeps of its raw form: the top-level {@code version} and {@code name}
 * entries (null when absent).
 */
public record ComposeFile(Path path, Located<String> version, Located<String> name) {
}
