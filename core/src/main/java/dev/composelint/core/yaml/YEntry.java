package dev.composelint.core.yaml;

import dev.composelint.core.Source;

/** A mapping entry: the key with its own position, and the value. */
public record YEntry(String key, Source keySource, YNode value) {

    public YEntry withValue(YNode newValue) {
        return new YEntry(key, keySource, newValue);
    }
}
