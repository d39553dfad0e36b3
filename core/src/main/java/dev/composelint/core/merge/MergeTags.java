package dev.composelint.core.merge;

import dev.composelint.core.yaml.MergeTag;
import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;

import java.util.ArrayList;
import java.util.List;

/**
 * Compose's {@code !reset} and {@code !override} tags. A tagged mapping entry removes the same key path from what
 * was accumulated before; a {@code !reset} entry is also dropped from its own file. Paths never reach into
 * sequences: a tagged sequence item only loses its tag, and a tag under a list-form value matches nothing.
 */
final class MergeTags {

    private MergeTags() {
    }

    /** {@code accumulated} without every key path that {@code incoming} tags, at any mapping depth. */
    static YMap dropTaggedPaths(YMap accumulated, YMap incoming) {
        if (!incoming.hasMergeTags()) return accumulated;
        List<YEntry> kept = new ArrayList<>(accumulated.size());
        boolean changed = false;
        for (YEntry entry : accumulated.entries()) {
            YEntry other = incoming.entry(entry.key());
            if (other == null) {
                kept.add(entry);
            } else if (other.value().tag() != MergeTag.NONE) {
                changed = true;
            } else if (entry.value() instanceof YMap inner && other.value() instanceof YMap otherInner) {
                YMap pruned = dropTaggedPaths(inner, otherInner);
                changed |= pruned != inner;
                kept.add(entry.withValue(pruned));
            } else {
                kept.add(entry);
            }
        }
        return changed ? new YMap(kept, accumulated.source(), accumulated.tag()) : accumulated;
    }

    /**
     * The node as later stages see it: {@code !reset} mapping entries removed, no tags anywhere. An untagged
     * subtree is returned as it is, unwalked.
     */
    static YNode resolve(YNode node) {
        if (!node.hasMergeTags()) return node;
        if (node instanceof YMap map) {
            List<YEntry> entries = map.entries();
            List<YEntry> kept = null;
            for (int i = 0; i < entries.size(); i++) {
                YEntry entry = entries.get(i);
                YNode value = entry.value();
                YNode resolved = switch (value.tag()) {
                    case RESET -> null;
                    case OVERRIDE -> untag(value);
                    case NONE -> resolve(value);
                };
                if (kept == null && resolved != value) kept = new ArrayList<>(entries.subList(0, i));
                if (kept != null && resolved != null) kept.add(resolved == value ? entry : entry.withValue(resolved));
            }
            if (kept == null) return map.tag() == MergeTag.NONE ? map : new YMap(entries, map.source());
            return new YMap(kept, map.source());
        }
        if (node instanceof YSeq seq) {
            List<YNode> items = null;
            for (int i = 0; i < seq.size(); i++) {
                YNode item = seq.get(i);
                YNode resolved = item.tag() == MergeTag.NONE ? resolve(item) : untag(item);
                if (items == null && resolved != item) items = new ArrayList<>(seq.items().subList(0, i));
                if (items != null) items.add(resolved);
            }
            if (items == null) return seq.tag() == MergeTag.NONE ? seq : new YSeq(seq.items(), seq.source());
            return new YSeq(items, seq.source());
        }
        return node.tag() == MergeTag.NONE ? node : node.withTag(MergeTag.NONE);
    }

    static YMap resolve(YMap map) {
        return (YMap) resolve((YNode) map);
    }

    /** The node with every tag cleared and nothing removed (Compose does not look inside a tagged value). */
    private static YNode untag(YNode node) {
        if (node instanceof YMap map) {
            List<YEntry> entries = new ArrayList<>(map.size());
            for (YEntry entry : map.entries()) {
                entries.add(entry.withValue(untag(entry.value())));
            }
            return new YMap(entries, map.source());
        }
        if (node instanceof YSeq seq) {
            return new YSeq(seq.items().stream().map(MergeTags::untag).toList(), seq.source());
        }
        return ((YScalar) node).withTag(MergeTag.NONE);
    }
}
