package dev.composelint.core.yaml;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

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

    /** Rewritten subtrees by identity, and the scalars that need no rewrite. */
    private record Memo(Map<YNode, YNode> done, Predicate<YScalar> kept) {
    }

    /**
     * Like {@link #rewrite}, for a rewrite that does not depend on the path (the path is only named in messages):
     * a subtree shared by several aliases is rewritten once and its result shared again, so an alias-expanded
     * document never turns into copies. The path given is the one of the first use. A scalar that {@code kept}
     * accepts is neither rewritten nor remembered: the rewrite must return such a scalar itself, with no effect.
     */
    public static YNode rewriteShared(YNode root, Rewrite rewrite, Predicate<YScalar> kept) {
        return visit(root, new ArrayList<>(), rewrite, new Memo(new IdentityHashMap<>(), kept));
    }

    private static YNode visit(YNode node, List<String> path, Rewrite rewrite, Memo memo) {
        if (memo == null) return rewriteNode(node, path, rewrite, null);
        if (node instanceof YScalar scalar && memo.kept().test(scalar)) return scalar;
        YNode known = memo.done().get(node);
        if (known != null) return known;
        YNode result = rewriteNode(node, path, rewrite, memo);
        memo.done().put(node, result);
        return result;
    }

    private static YNode rewriteNode(YNode node, List<String> path, Rewrite rewrite, Memo memo) {
        if (node instanceof YMap map) {
            return map.withValues(entry -> {
                path.add(entry.key());
                YNode value = visit(entry.value(), path, rewrite, memo);
                path.remove(path.size() - 1);
                return value;
            });
        }
        if (node instanceof YSeq seq) {
            path.add("[]");
            YSeq result = seq.withItems((i, item) -> visit(item, path, rewrite, memo));
            path.remove(path.size() - 1);
            return result;
        }
        return rewrite.apply((YScalar) node, path);
    }
}
