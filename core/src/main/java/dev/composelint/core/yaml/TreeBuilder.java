package dev.composelint.core.yaml;


import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one composed snakeyaml document into a {@link YNode} tree: scalars resolved as go-yaml does, merge keys
 * applied, aliases expanded. An anchored node is converted once and shared by its aliases (the tree is
 * immutable), while its expanded size and height still count against the limits at every alias.
 * Recursion depth is bounded by the nesting limit, which {@link EventGuard} and the alias check enforce.
 */
final class TreeBuilder {

    private static final String YAML_TAG = "tag:yaml.org,2002:";
    private static final String MERGE_KEY = "<<";

    /** A converted node with its expanded size (nodes) and height (nested collections). */
    private record Built(YNode node, long size, int height) {
    }

    private final Path file;
    private final YamlLimits limits;
    private final List<Finding> diagnostics;
    private final List<Source> aliasSources;
    private final Map<Node, Built> anchored = new IdentityHashMap<>();
    private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
    private int aliasesSeen;
    private long nodes;

    TreeBuilder(Path file, YamlLimits limits, List<Finding> diagnostics, List<Source> aliasSources) {
        this.file = file;
        this.limits = limits;
        this.diagnostics = diagnostics;
        this.aliasSources = aliasSources;
    }

    /** The document's tree; throws {@link LimitExceeded} when a limit is broken. */
    YNode build(Node root) {
        return build(root, "", 0).node();
    }

    private Built build(Node node, String path, int enclosing) {
        Built shared = anchored.get(node);
        if (shared != null || inProgress.contains(node)) {
            return expandAlias(node, shared, enclosing);
        }
        if (++nodes > limits.maxNodes()) {
            throw new LimitExceeded("YAML document exceeds the limit of " + limits.maxNodes() + " nodes",
                    sourceOf(node));
        }
        boolean isAnchored = node.getAnchor().isPresent();
        if (isAnchored) inProgress.add(node);
        Built built;
        if (node instanceof ScalarNode scalar) {
            built = new Built(scalar(scalar, path), 1, 0);
        } else if (node instanceof SequenceNode sequence) {
            built = sequence(sequence, path, enclosing + 1);
        } else {
            built = mapping((MappingNode) node, path, enclosing + 1);
        }
        if (isAnchored) {
            inProgress.remove(node);
            anchored.put(node, built);
        }
        return built;
    }

    /** An alias: reuse the anchored tree, counting its expanded size and height at the alias. */
    private Built expandAlias(Node target, Built shared, int enclosing) {
        Source at = aliasesSeen < aliasSources.size() ? aliasSources.get(aliasesSeen) : sourceOf(target);
        aliasesSeen++;
        if (shared == null) {
            String name = target.getAnchor().map(Object::toString).orElse("");
            throw new LimitExceeded("anchor \"" + name + "\" value contains itself", at);
        }
        nodes += shared.size();
        if (nodes > limits.maxNodes()) {
            throw new LimitExceeded("YAML alias expansion exceeds the limit of " + limits.maxNodes() + " nodes", at);
        }
        if (enclosing + shared.height() > limits.maxDepth()) {
            throw new LimitExceeded("YAML nesting exceeds the maximum depth of " + limits.maxDepth(), at);
        }
        return shared;
    }

    private Built sequence(SequenceNode sequence, String path, int level) {
        List<Node> children = sequence.getValue();
        List<YNode> items = new ArrayList<>(children.size());
        long size = 1;
        int height = 0;
        for (int i = 0; i < children.size(); i++) {
            Built item = build(children.get(i), path + "[" + i + "]", level);
            items.add(item.node());
            size += item.size();
            height = Math.max(height, item.height());
        }
        return new Built(new YSeq(items, sourceOf(sequence), mergeTag(sequence)), size, height + 1);
    }

    private Built mapping(MappingNode mapping, String path, int level) {
        List<YEntry> explicit = new ArrayList<>();
        List<Object> order = new ArrayList<>(); // YEntry for an explicit key, YNode for the value of a merge key
        Map<String, Source> firstKeys = new HashMap<>();
        long size = 1;
        int height = 0;
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Built key = build(keyNode, path, level);
            Built value;
            size += key.size();
            height = Math.max(height, key.height());
            if (!(key.node() instanceof YScalar keyScalar)) {
                report("complex mapping key " + where(path) + " is not supported", key.node().source());
                value = build(tuple.getValueNode(), path, level);
            } else {
                String name = keyScalar.text();
                Source keySource = keyScalar.source();
                NodeConversions.recordKey(firstKeys, keyScalar, this::report);
                boolean merge = isMergeKey(keyNode);
                value = build(tuple.getValueNode(), merge ? path : childPath(path, name), level);
                if (merge) {
                    order.add(value.node());
                } else {
                    if (!keyScalar.isString()) {
                        report("non-string key " + where(path) + ": " + NodeConversions.goValue(keyScalar), keySource);
                    }
                    YEntry entry = new YEntry(name, keySource, value.node());
                    explicit.add(entry);
                    order.add(entry);
                }
            }
            size += value.size();
            height = Math.max(height, value.height());
        }
        YMap map = new YMap(explicit.size() == order.size() ? explicit
                : NodeConversions.withMerges(order, explicit, this::report),
                sourceOf(mapping), mergeTag(mapping));
        return new Built(map, size, height + 1);
    }

    private YScalar scalar(ScalarNode node, String path) {
        String text = node.getValue();
        boolean plain = node.getScalarStyle() == ScalarStyle.PLAIN;
        Source source = sourceOf(node);
        String tag = node.isResolved() ? null : node.getTag().getValue();
        Object value = NodeConversions.value(tag, text, plain ? GoScalars.resolvePlain(text) : text, source,
                () -> path, this::report);
        return new YScalar(value, text, plain, source, mergeTag(node), NodeConversions.quote(node.getScalarStyle()));
    }

    private static boolean isMergeKey(Node key) {
        return key instanceof ScalarNode scalar && MERGE_KEY.equals(scalar.getValue())
                && (scalar.isResolved() && scalar.getScalarStyle() == ScalarStyle.PLAIN
                || scalar.getTag().getValue().equals(YAML_TAG + "merge"));
    }

    private static MergeTag mergeTag(Node node) {
        return NodeConversions.mergeTag(node.isResolved() ? null : node.getTag().getValue());
    }

    private static String childPath(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String where(String path) {
        return path.isEmpty() ? "at top level" : "in " + path;
    }

    private Source sourceOf(Node node) {
        return YamlReader.source(file, node.getStartMark().orElse(null), node.getEndMark().orElse(null));
    }

    private void report(String message, Source source) {
        diagnostics.add(new Finding(Diagnostics.YAML, Severity.ERROR, message, source));
    }
}
