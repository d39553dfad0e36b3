package dev.composelint.core.model;

import dev.composelint.core.Source;

/**
 * A top-level network. {@code name} is the actual network name Docker uses: {@code name:} when set, the key when
 * external, else {@code <project>_<key>}. {@code implicit} marks the {@code default} network Compose adds.
 * {@code nameSource} is where {@code name:} is written (also when it interpolated to empty), or null.
 */
public record Network(String key, String name, boolean external, boolean nameExplicit, String driver,
                      boolean implicit, Source source, Source nameSource) {
}
