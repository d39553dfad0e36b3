package dev.composelint.core.schema;

import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Equality of YAML values as the JSON data they stand for, as Jackson's tree nodes compare them: mappings equal
 * whatever their key order, lists item by item, scalars when their decoded values have the same Java type and value
 * (so 1 and 1.0 differ, as do 1 and "1").
 */
final class JsonEquality {

    private JsonEquality() {
    }

    static boolean same(YNode a, YNode b) {
        if (a == b) return true;
        if (a instanceof YScalar x && b instanceof YScalar y) return Objects.equals(x.value(), y.value());
        if (a instanceof YSeq x && b instanceof YSeq y) {
            List<YNode> left = x.items();
            List<YNode> right = y.items();
            if (left.size() != right.size()) return false;
            for (int i = 0; i < left.size(); i++) {
                if (!same(left.get(i), right.get(i))) return false;
            }
            return true;
        }
        if (a instanceof YMap x && b instanceof YMap y) {
            if (x.size() != y.size()) return false;
            for (String key : x.keys()) {
                YNode other = y.get(key);
                if (other == null || !same(x.get(key), other)) return false;
            }
            return true;
        }
        return false;
    }

    /** Whether some item of {@code items} equals an earlier one. */
    static boolean hasRepetition(List<YNode> items) {
        Set<Value> seen = new HashSet<>();
        for (YNode item : items) {
            if (!seen.add(new Value(item))) return true;
        }
        return false;
    }

    /** The positions of the items of {@code items} that equal an earlier one, in order. */
    static List<Integer> repetitions(List<YNode> items) {
        List<Integer> repeated = new ArrayList<>();
        Set<Value> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(new Value(items.get(i)))) repeated.add(i);
        }
        return repeated;
    }

    private static int hash(YNode node) {
        if (node instanceof YScalar scalar) return Objects.hashCode(scalar.value());
        int hash;
        if (node instanceof YSeq seq) {
            hash = 1;
            for (YNode item : seq.items()) hash = 31 * hash + hash(item);
        } else {
            hash = 7;
            YMap map = (YMap) node;
            for (String key : map.keys()) hash += key.hashCode() ^ hash(map.get(key));
        }
        return hash;
    }

    /** A node as a hash key under this equality. */
    private static final class Value {
        final YNode node;
        final int hash;

        Value(YNode node) {
            this.node = node;
            this.hash = hash(node);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Value other && hash == other.hash && same(node, other.node);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
