package dev.composelint.core.syntax;

import dev.composelint.core.Source;
import dev.composelint.core.yaml.MergeTag;
import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds YAML trees by hand for tests: nested Java maps, lists and scalars become nodes. Every node and key gets its
 * own line in {@link #FILE}, in construction order, so positions can be asserted.
 */
public final class YTrees {

    public static final Path FILE = Path.of("/project/compose.yaml");

    private int line;

    /** A scalar whose decoded value differs from its text as written (e.g. after interpolation). */
    public record Raw(Object value, String text) {
    }

    public YNode node(Object value) {
        Source source = Source.of(FILE, ++line, 1);
        if (value instanceof Map<?, ?> map) {
            List<YEntry> entries = new ArrayList<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Source keySource = Source.of(FILE, ++line, 3);
                entries.add(new YEntry((String) e.getKey(), keySource, node(e.getValue())));
            }
            return new YMap(entries, source);
        }
        if (value instanceof List<?> list) {
            List<YNode> items = new ArrayList<>();
            for (Object item : list) items.add(node(item));
            return new YSeq(items, source);
        }
        if (value instanceof Raw raw) return new YScalar(raw.value(), raw.text(), true, source, MergeTag.NONE);
        if (value instanceof Integer i) return YScalar.of(i.longValue(), source);
        if (value instanceof String s) return YScalar.string(s, source);
        return YScalar.of(value, source);
    }

    public YMap map(Object value) {
        return (YMap) node(value);
    }

    /** An insertion-ordered map from alternating keys and values (Map.of has no order and no nulls). */
    public static Map<String, Object> m(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return map;
    }

    public static List<Object> l(Object... items) {
        return Arrays.asList(items);
    }
}
