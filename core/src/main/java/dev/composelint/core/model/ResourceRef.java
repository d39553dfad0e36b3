package dev.composelint.core.model;

import dev.composelint.core.Source;

/** A service's use of a top-level secret or config: its key and the container target. */
public record ResourceRef(String source, String target, Source location) {
}
