package dev.composelint.core.interp;

import dev.composelint.core.Source;
import dev.composelint.core.yaml.MergeTag;
import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;

import java.nio.file.Path;
import java.util.List;

/** Hand-built YAML trees for tests, independent of the YAML reader. */
final class Trees {

    static final Path FILE = Path.of("/project/compose.yaml");

    private Trees() {
    }

    static Source at(int line, int column) {
        return Source.of(FILE, line, column);
    }

    static YScalar str(String value, int line, int column) {
        return new YScalar(value, value, true, at(line, column), MergeTag.NONE);
    }

    static YScalar scalar(Object value, int line, int column) {
        return new YScalar(value, null, true, at(line, column), MergeTag.NONE);
    }

    static YEntry entry(String key, YNode value) {
        Source valueAt = value.source();
        return new YEntry(key, Source.of(FILE, valueAt.line(), Math.max(1, valueAt.column() - key.length() - 2)), value);
    }

    static YMap map(YEntry... entries) {
        return new YMap(List.of(entries), entries.length == 0 ? at(1, 1) : entries[0].keySource());
    }

    static YSeq seq(YNode... items) {
        return new YSeq(List.of(items), items.length == 0 ? at(1, 1) : items[0].source());
    }

    /**
     * A document holding {@code leaf} at a dotted path such as {@code services.web.ports.[].target}, where
     * {@code []} is a one-item sequence.
     */
    static YMap documentWith(String path, YNode leaf) {
        String[] segments = path.split("\\.");
        YNode node = leaf;
        for (int i = segments.length - 1; i >= 0; i--) {
            node = segments[i].equals("[]") ? seq(node) : map(entry(segments[i], node));
        }
        return (YMap) node;
    }

    /** The node at a dotted path built by {@link #documentWith}. */
    static YNode nodeAt(YNode root, String path) {
        YNode node = root;
        for (String segment : path.split("\\.")) {
            node = segment.equals("[]") ? ((YSeq) node).get(0) : ((YMap) node).get(segment);
        }
        return node;
    }
}
