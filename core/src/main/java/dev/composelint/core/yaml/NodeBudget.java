package dev.composelint.core.yaml;

import dev.composelint.core.Source;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The nodes one run may make beyond what it parsed, counted over every file and project: alias expansion (each use
 * of an anchor counts its whole subtree), copies made by interpolation and type casting, by include and extends
 * merges and by merging files, and the schema validator's JSON tree while it is alive. One budget is created per
 * load and passed down; {@link #charge} refuses what would pass the limit, so that many files each just under the
 * per-document limit ({@link YamlLimits#maxNodes()}), or copies of copies, cannot exhaust memory.
 */
public final class NodeBudget {

    /**
     * Four million nodes, a few hundred megabytes of trees at most: 8,000 services use about 400,000. Stricter than
     * the per-document limit, which bounds one parse, not what the run keeps and walks.
     */
    public static final long DEFAULT_LIMIT = 4_000_000;

    /** Thrown by {@link #charge} when the run would pass its limit; the charge is not kept. */
    public static final class Exhausted extends RuntimeException {
        private final transient Source source;

        Exhausted(long limit, Source source) {
            super("the run exceeds its budget of " + limit + " nodes (expanded aliases, interpolated, cast and merged"
                    + " copies)", null, false, false);
            this.source = source;
        }

        /** Where the step that passed the limit was. */
        public Source source() {
            return source;
        }
    }

    private final long limit;
    private final AtomicLong used = new AtomicLong();

    public NodeBudget(long limit) {
        if (limit < 1) throw new IllegalArgumentException("the node budget must be positive");
        this.limit = limit;
    }

    /** A budget of {@link #DEFAULT_LIMIT}. */
    public static NodeBudget standard() {
        return new NodeBudget(DEFAULT_LIMIT);
    }

    public long limit() {
        return limit;
    }

    public long used() {
        return used.get();
    }

    /** Counts {@code nodes} made at {@code at}; throws {@link Exhausted} (and keeps nothing) past the limit. */
    public void charge(long nodes, Source at) {
        if (nodes <= 0) return;
        if (used.addAndGet(nodes) > limit) {
            used.addAndGet(-nodes);
            throw new Exhausted(limit, at);
        }
    }

    /** Gives back nodes that are no longer held (a dropped document). */
    public void refund(long nodes) {
        if (nodes > 0) used.addAndGet(-nodes);
    }

    /** The nodes alias expansion adds to {@code root}: its expanded size minus its distinct nodes. */
    public static long aliasExpansion(YNode root) {
        Map<YNode, Long> sizes = new IdentityHashMap<>();
        long expanded = expandedSize(root, sizes);
        return expanded - sizes.size();
    }

    private static long expandedSize(YNode node, Map<YNode, Long> sizes) {
        Long known = sizes.get(node);
        if (known != null) return known;
        long size = 1;
        if (node instanceof YMap map) {
            for (YEntry entry : map.entries()) size = saturated(size, expandedSize(entry.value(), sizes));
        } else if (node instanceof YSeq seq) {
            for (YNode item : seq.items()) size = saturated(size, expandedSize(item, sizes));
        }
        sizes.put(node, size);
        return size;
    }

    private static long saturated(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE / 2 : sum;
    }

    /**
     * The nodes of {@code result} that a step made: those that are not the node of one of its {@code inputs} at
     * the same place (a mapping entry of the same key, or any item of the sequence there), each new mapping or
     * sequence counting its entries or items too. Shared subtrees are walked once; an unchanged one not at all.
     */
    public static long newNodes(YNode result, YNode... inputs) {
        Set<YNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return newNodes(result, inputs, seen);
    }

    private static long newNodes(YNode node, YNode[] inputs, Set<YNode> seen) {
        for (YNode input : inputs) {
            if (input == node) return 0;
        }
        if (!seen.add(node)) return 0;
        long count = 1;
        if (node instanceof YMap map) {
            count += map.size(); // a new mapping holds new entries, even when their values are old
            for (YEntry entry : map.entries()) {
                YNode[] below = new YNode[inputs.length];
                for (int i = 0; i < inputs.length; i++) {
                    below[i] = inputs[i] instanceof YMap m ? m.get(entry.key()) : null;
                }
                count += newNodes(entry.value(), below, seen);
            }
        } else if (node instanceof YSeq seq) {
            Set<YNode> old = Collections.newSetFromMap(new IdentityHashMap<>());
            for (YNode input : inputs) {
                if (input instanceof YSeq s) old.addAll(s.items());
            }
            count += seq.size();
            for (int i = 0; i < seq.size(); i++) {
                YNode item = seq.get(i);
                if (old.contains(item)) continue;
                YNode[] below = new YNode[inputs.length];
                for (int k = 0; k < inputs.length; k++) {
                    below[k] = inputs[k] instanceof YSeq s && i < s.size() ? s.get(i) : null;
                }
                count += newNodes(item, below, seen);
            }
        }
        return count;
    }
}
