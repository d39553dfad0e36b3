package dev.composelint.core.model;

import dev.composelint.core.Source;

import java.nio.file.Path;

/** A top-level config or secret; {@code file} is resolved against the project directory, or null. */
public record Resource(String key, String name, boolean external, Path file, String environment, Source source) {
}
