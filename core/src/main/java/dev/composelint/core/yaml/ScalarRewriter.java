package dev.composelint.core.yaml;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
        return visit(root, new ArrayList<>(), rewrite, null);
    }

    /**
     * Like {@link #rewrite}, for a rewrite that does not depend on the path (the path is only named in messages):
     * a subtree shared by several aliases is rewritten once and its result shared again, so an alias-expanded
     * document never turns into copies. The path given is the one of the first use.
     */
    public static YNode rewriteShared(YNode root, Rewrite rewrite) {
        return visit(root, new ArrayList<>(), rewrite, new IdentityHashMap<>());
    }

    private static YNode visit(YNode node, List<String> path, Rewrite rewrite, Map<YNode, YNode> done) {
        if (done == null) return rewriteNode(node, path, rewrite, null);
        YNode known = done.get(node);
        if (known != null) return known;
        YNode result = rewriteNode(node, path, rewrite, done);
        done.put(node, result);
        return result;
    }

    private static YNode rewriteNode(YNode node, List<String> path, Rewrite rewrite, Map<YNode, YNode> done) {
        if (node instanceof YMap map) {
            List<YEntry> entries = new ArrayList<>(map.size());
            boolean changed = false;
            for (YEntry entry : map.entries()) {
                path.add(entry.key());
                YNode value = visit(entry.value(), path, rewrite, done);
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
                YNode value = visit(item, path, rewrite, done);
                changed |= value != item;
                items.add(value);
            }
            path.remove(path.size() - 1);
            return changed ? new YSeq(items, seq.source(), seq.tag()) : seq;
        }
        return rewrite.apply((YScalar) node, path);
    }
}
