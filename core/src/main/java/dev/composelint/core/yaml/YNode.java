package dev.composelint.core.yaml;

import dev.composelint.core.Source;

/**
 * An immutable YAML node with its position. Anchors, aliases and merge keys are already resolved, so the tree is
 * a plain tree of mappings, sequences and scalars. Scalars carry the value Compose's Go YAML decoder would produce.
 */
public sealed interface YNode permits YMap, YSeq, YScalar {

    Source source();

    MergeTag tag();

    YNode withTag(MergeTag tag);

    /**
     * Whether this node or a node below it carries a {@code !reset} or {@code !override} tag (known from the
     * construction of each node, so that merge-tag handling skips untagged subtrees without walking them).
     */
    boolean hasMergeTags();

    /** A short name of the node's kind for messages: mapping, sequence, string, integer, number, boolean, null. */
    String kindName();
}
