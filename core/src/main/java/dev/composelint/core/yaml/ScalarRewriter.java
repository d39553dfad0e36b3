package dev.composelint.core.yaml;

import java.util.ArrayList;
import java.util.List;

/** Rebuilds a tree with some scalars replaced, sharing every unchanged subtree. */
public final class ScalarRewriter {

    /** A scalar's replacement (or the scalar itself) given its path: keys, with {@code []} for sequence items. */
    @FunctionalInterface
    public interface Rewrite {
        YNode apply(YScalar scalar, List<String> path);
    }

    private ScalarRewriter() {
    }

    public static YNode rewrite(YNode root, Rewrite rewrite) {
        return visit(root, new ArrayList<>(), rewrite);
    }

    private static YNode visit(YNode node, List<String> path, Rewrite rewrite) {
        if (node instanceof YMap map) {
            List<YEntry> entries = new ArrayList<>(map.size());
            boolean changed = false;
            for (YEntry entry : map.entries()) {
                path.add(entry.key());
                YNode value = visit(entry.value(), path, rewrite);
                path.remove(path.size() - 1);
                changed |= value != entry.value();
                entries.add(value == entry.value() ? entry : entry.withValue(value));
            }
            return changed ? new YMap(entries, map.source(), map.tag()) : map;
        }
        if (node instanceof YSeq seq) {
            List<YNode> items = new ArrayList<>(seq.size());
            boolean changed = false;
            path.add("[]");
            for (YNode item : seq.items()) {
                YNode value = visit(item, path, rewrite);
                changed |= value != item;
                items.add(value);
            }
            path.remove(path.size() - 1);
            return changed ? new YSeq(items, seq.source(), seq.tag()) : seq;
        }
        return rewrite.apply((YScalar) node, path);
    }
}
