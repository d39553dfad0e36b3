package dev.composelint.core.yaml;

/** Compose's merge tags on a mapping value: {@code !reset} removes it, {@code !override} replaces without merging. */
public enum MergeTag {
    NONE, RESET, OVERRIDE
}
