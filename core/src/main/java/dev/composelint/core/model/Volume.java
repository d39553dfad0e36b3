package dev.composelint.core.model;

import dev.composelint.core.Source;

/** A top-level volume; {@code name} is the actual volume name, computed like a network's. */
public record Volume(String key, String name, boolean external, boolean nameExplicit, String driver,
                     Source source) {
}
