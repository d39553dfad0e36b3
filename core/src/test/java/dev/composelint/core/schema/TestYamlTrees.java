package dev.composelint.core.schema;

import dev.composelint.core.Source;
import dev.composelint.core.yaml.MergeTag;
import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TEST SUPPORT ONLY: a minimal snakeyaml-engine to {@link YNode} converter (YAML 1.2 core schema, quoted scalars are
 * strings, {@code <<} merges expanded). It stands in for dev.composelint.core.yaml.YamlReader, which is written
 * separately; swap it for the real reader once that exists. Returns null for input it does not handle.
 */
final class TestYamlTrees {

    private static final int MAX_DEPTH = 200;

    private final Path file;

    private TestYamlTrees(Path file) {
        this.file = file;
    }

    /** The first document of {@code text} when it is a mapping, else null; throws on YAML errors. */
    static YMap parse(String text, Path file) {
        LoadSettings settings = LoadSettings.builder()
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(500)
                .setUseMarks(true)
                .build();
        Node root = new Compose(settings).composeString(text).orElse(null);
        YNode tree = root == null ? null : new TestYamlTrees(file).convert(root, 0);
        return tree instanceof YMap map ? map : null;
    }

    static YMap parse(String text) {
        return parse(text, Path.of("compose.yaml"));
    }

    private YNode convert(Node node, int depth) {
        if (depth > MAX_DEPTH || node.isRecursive()) {
            throw new IllegalArgumentException("recursive or too deep");
        }
        if (node instanceof MappingNode mapping) return mapping(mapping, depth);
        if (node instanceof SequenceNode sequence) {
            List<YNode> items = new ArrayList<>();
            for (Node item : sequence.getValue()) items.add(convert(item, depth + 1));
            return new YSeq(items, source(node), tag(node));
        }
        return scalar((ScalarNode) node);
    }

    private YMap mapping(MappingNode mapping, int depth) {
        Map<String, YEntry> entries = new LinkedHashMap<>();
        List<Node> merges = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (keyNode.getTag().equals(Tag.MERGE)) {
                merges.add(tuple.getValueNode());
                continue;
            }
            String key = keyNode instanceof ScalarNode s ? s.getValue() : keyNode.toString();
            entries.put(key, new YEntry(key, source(keyNode), convert(tuple.getValueNode(), depth + 1)));
        }
        for (Node merge : merges) {
            List<Node> sources = merge instanceof SequenceNode seq ? seq.getValue() : List.of(merge);
            for (Node mergedNode : sources) {
                if (convert(mergedNode, depth + 1) instanceof YMap merged) {
                    for (YEntry entry : merged.entries()) entries.putIfAbsent(entry.key(), entry);
                }
            }
        }
        return new YMap(new ArrayList<>(entries.values()), source(mapping), tag(mapping));
    }

    private YScalar scalar(ScalarNode node) {
        String text = node.getValue();
        boolean plain = node.getScalarStyle() == ScalarStyle.PLAIN;
        Tag tag = node.getTag();
        Object value = text;
        if (plain && tag.equals(Tag.NULL)) value = null;
        else if (plain && tag.equals(Tag.BOOL)) value = Boolean.parseBoolean(text.toLowerCase());
        else if (plain && tag.equals(Tag.INT)) value = integer(text);
        else if (plain && tag.equals(Tag.FLOAT)) value = floating(text);
        return new YScalar(value, text, plain, source(node), tag(node));
    }

    private static Object integer(String text) {
        String digits = text.startsWith("+") ? text.substring(1) : text;
        BigInteger value;
        if (digits.startsWith("0x")) value = new BigInteger(digits.substring(2), 16);
        else if (digits.startsWith("0o")) value = new BigInteger(digits.substring(2), 8);
        else value = new BigInteger(digits);
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    private static Double floating(String text) {
        String lower = text.toLowerCase();
        if (lower.endsWith(".nan")) return Double.NaN;
        if (lower.endsWith(".inf")) return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        return Double.parseDouble(text);
    }

    private static MergeTag tag(Node node) {
        String tag = node.getTag().getValue();
        if (tag.equals("!reset")) return MergeTag.RESET;
        if (tag.equals("!override")) return MergeTag.OVERRIDE;
        return MergeTag.NONE;
    }

    private Source source(Node node) {
        Mark mark = node.getStartMark().orElse(null);
        return mark == null ? Source.file(file) : Source.of(file, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
