package dev.composelint.core.yaml;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * TEST SUPPORT: compares {@link YamlReader#parse} (built straight from parser events) with the composer path
 * ({@link YamlReader#parseComposed}, the former implementation): the same documents, deeply equal with every source,
 * key source, scalar text, style and tag, the same sharing of subtrees between aliases, the same word on whether the
 * file uses aliases, and the same diagnostics in the same order.
 */
final class YamlAgreement {

    private YamlAgreement() {
    }

    /** Null when both readings of {@code text} agree, else what differs first. */
    static String difference(YamlReader reader, Path file, String text) {
        YamlParse expected = reader.parseComposed(file, text);
        YamlParse actual = reader.parse(file, text);
        return difference(expected, actual);
    }

    static String difference(YamlParse expected, YamlParse actual) {
        if (!Objects.equals(expected.file(), actual.file())) return "file " + expected.file() + " vs " + actual.file();
        if (expected.aliases() != actual.aliases()) return "aliases " + expected.aliases() + " vs " + actual.aliases();
        if (!expected.diagnostics().equals(actual.diagnostics())) {
            return "diagnostics\n    composer " + expected.diagnostics() + "\n    events   " + actual.diagnostics();
        }
        List<YNode> a = expected.documents();
        List<YNode> b = actual.documents();
        if (a.size() != b.size()) return "documents: " + a.size() + " vs " + b.size();
        Map<YNode, YNode> pairs = new IdentityHashMap<>();
        for (int i = 0; i < a.size(); i++) {
            String difference = node(a.get(i), b.get(i), "document " + i, pairs);
            if (difference != null) return difference;
        }
        return null;
    }

    /** Deep comparison; {@code pairs} holds the nodes already matched, so that sharing must match too. */
    private static String node(YNode a, YNode b, String at, Map<YNode, YNode> pairs) {
        YNode paired = pairs.get(a);
        if (paired != null) return paired == b ? null : at + ": shared differently";
        pairs.put(a, b);
        if (a.getClass() != b.getClass()) return at + ": " + a.kindName() + " vs " + b.kindName();
        if (!a.source().equals(b.source())) return at + ": source " + a.source() + " vs " + b.source();
        if (a.tag() != b.tag()) return at + ": tag " + a.tag() + " vs " + b.tag();
        if (a instanceof YScalar x) {
            YScalar y = (YScalar) b;
            boolean same = Objects.equals(x.value(), y.value())
                    && (x.value() == null || x.value().getClass() == y.value().getClass())
                    && x.text().equals(y.text()) && x.plain() == y.plain() && x.quote() == y.quote();
            return same ? null : at + ": scalar " + describe(x) + " vs " + describe(y);
        }
        if (a instanceof YSeq x) {
            YSeq y = (YSeq) b;
            if (x.size() != y.size()) return at + ": " + x.size() + " items vs " + y.size();
            for (int i = 0; i < x.size(); i++) {
                String difference = node(x.get(i), y.get(i), at + "[" + i + "]", pairs);
                if (difference != null) return difference;
            }
            return null;
        }
        List<YEntry> x = ((YMap) a).entries();
        List<YEntry> y = ((YMap) b).entries();
        if (x.size() != y.size()) return at + ": " + x.size() + " entries vs " + y.size();
        for (int i = 0; i < x.size(); i++) {
            YEntry ex = x.get(i);
            YEntry ey = y.get(i);
            if (!ex.key().equals(ey.key())) return at + ": key " + ex.key() + " vs " + ey.key();
            if (!ex.keySource().equals(ey.keySource())) {
                return at + "." + ex.key() + ": key source " + ex.keySource() + " vs " + ey.keySource();
            }
            String difference = node(ex.value(), ey.value(), at + "." + ex.key(), pairs);
            if (difference != null) return difference;
        }
        return null;
    }

    /** The scalar's kind and style, and a hash of its value and text: no value is printed (it may be a secret). */
    private static String describe(YScalar s) {
        return (s.value() == null ? "null" : s.value().getClass().getSimpleName()) + " #" + Objects.hashCode(s.value())
                + ", text of " + s.text().length() + " chars #" + s.text().hashCode() + ", plain " + s.plain() + ", "
                + s.quote();
    }
}
