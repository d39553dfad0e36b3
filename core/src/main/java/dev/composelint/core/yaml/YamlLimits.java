package dev.composelint.core.yaml;

/**
 * Bounds that keep hostile YAML from exhausting memory or the stack.
 *
 * @param maxFileBytes largest file read, in bytes
 * @param maxNodes     largest number of nodes of one document after alias expansion (the billion-laughs bound)
 * @param maxDepth     deepest nesting of mappings and sequences, aliases expanded
 */
public record YamlLimits(long maxFileBytes, int maxNodes, int maxDepth) {

    /**
     * 64 MiB files, 10 million nodes, 256 levels: real compose files nest about 10 levels, and the bound keeps every
     * recursive stage after the reader (merge, interpolation, schema) well inside a default thread stack.
     */
    public static final YamlLimits DEFAULT = new YamlLimits(64L * 1024 * 1024, 10_000_000, 256);

    public YamlLimits {
        if (maxFileBytes < 1 || maxNodes < 1 || maxDepth < 1) {
            throw new IllegalArgumentException("YAML limits must be positive");
        }
    }
}
