package dev.composelint.core.yaml;

import dev.composelint.core.Source;
import dev.composelint.core.redact.Redaction;
import org.snakeyaml.engine.v2.common.ScalarStyle;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The conversion rules both tree builders apply ({@link EventTreeBuilder}, and {@link TreeBuilder} of the composer
 * path): merge keys, standard tags on scalars, quoting styles and Compose's merge tags. Problems go to a reporter
 * (message, source).
 */
final class NodeConversions {

    private static final String YAML_TAG = "tag:yaml.org,2002:";

    private NodeConversions() {
    }

    /**
     * The entries of a mapping with merge keys, from {@code order} (a {@link YEntry} for an explicit key, the value
     * of a merge key otherwise): explicit keys win over merged ones; among merged mappings the earlier wins; merged
     * keys sit at the {@code <<}.
     */
    static List<YEntry> withMerges(List<Object> order, List<YEntry> explicit, BiConsumer<String, Source> report) {
        Set<String> explicitKeys = new HashSet<>();
        explicit.forEach(e -> explicitKeys.add(e.key()));
        LinkedHashMap<String, YEntry> result = new LinkedHashMap<>();
        for (Object item : order) {
            if (item instanceof YEntry entry) {
                result.put(entry.key(), entry);
                continue;
            }
            for (YMap source : mergeSources((YNode) item, report)) {
                for (YEntry entry : source.entries()) {
                    if (!explicitKeys.contains(entry.key())) result.putIfAbsent(entry.key(), entry);
                }
            }
        }
        return new ArrayList<>(result.values());
    }

    private static List<YMap> mergeSources(YNode value, BiConsumer<String, Source> report) {
        if (value instanceof YMap map) return List.of(map);
        if (value instanceof YSeq seq && seq.items().stream().allMatch(YMap.class::isInstance)) {
            return seq.items().stream().map(YMap.class::cast).toList();
        }
        report.accept("map merge requires map or sequence of maps as the value", value.source());
        return List.of();
    }

    /**
     * The value of a scalar written as {@code text} with the explicit tag {@code tag} (null for none) and, without
     * the tag, {@code untagged}: {@code !!str} forces a string; int, float, bool and null must fit, else the text
     * stays and a problem is reported (showing the text unless {@code path} may name a secret).
     */
    static Object value(String tag, String text, Object untagged, Source source, Supplier<String> path,
            BiConsumer<String, Source> report) {
        if (tag == null || !tag.startsWith(YAML_TAG)) return untagged;
        String name = tag.substring(YAML_TAG.length());
        Object resolved = GoScalars.resolvePlain(text);
        switch (name) {
            case "str":
                return text;
            case "int":
                if (resolved instanceof Long || resolved instanceof BigInteger) return resolved;
                break;
            case "float":
                if (resolved instanceof Double) return resolved;
                if (resolved instanceof Long || resolved instanceof BigInteger) {
                    return ((Number) resolved).doubleValue();
                }
                break;
            case "bool":
                if (resolved instanceof Boolean) return resolved;
                break;
            case "null":
                if (resolved == null) return null;
                break;
            default:
                return untagged;
        }
        String shown = Redaction.isSensitivePath(path.get()) ? "" : " `" + text + "`";
        report.accept("cannot decode !!" + kindTag(resolved) + shown + " as a !!" + name, source);
        return text;
    }

    private static String kindTag(Object value) {
        if (value == null) return "null";
        if (value instanceof Boolean) return "bool";
        if (value instanceof Double) return "float";
        if (value instanceof String) return "str";
        return "int";
    }

    static YScalar.Quote quote(ScalarStyle style) {
        return switch (style) {
            case SINGLE_QUOTED -> YScalar.Quote.SINGLE;
            case DOUBLE_QUOTED -> YScalar.Quote.DOUBLE;
            case LITERAL, FOLDED -> YScalar.Quote.BLOCK;
            default -> YScalar.Quote.NONE;
        };
    }

    /** Compose's merge tag of a node with the explicit tag {@code tag} (null for none). */
    static MergeTag mergeTag(String tag) {
        if (tag == null) return MergeTag.NONE;
        return switch (tag) {
            case "!reset" -> MergeTag.RESET;
            case "!override" -> MergeTag.OVERRIDE;
            default -> MergeTag.NONE;
        };
    }

    /** Records where a mapping key was first written; a repeated key is reported at the repetition. */
    static void recordKey(Map<String, Source> firstKeys, YScalar key, BiConsumer<String, Source> report) {
        Source first = firstKeys.putIfAbsent(key.text(), key.source());
        if (first != null) {
            report.accept("mapping key \"" + key.text() + "\" already defined at line " + first.line(), key.source());
        }
    }

    /** A scalar as Go prints it in a message: {@code <nil>} for null. */
    static String goValue(YScalar scalar) {
        return scalar.isNull() ? "<nil>" : scalar.asText();
    }
}
