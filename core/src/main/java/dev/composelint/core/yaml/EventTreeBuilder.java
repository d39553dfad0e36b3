package dev.composelint.core.yaml;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@link YNode} trees straight from snakeyaml-engine's parser events, in one pass: what snakeyaml's
 * {@code Composer} followed by {@link TreeBuilder} gives, without the intermediate node graph. Scalars resolve as
 * go-yaml does, merge keys apply, an anchored node is built once and shared by its aliases (its expanded size and
 * height still count at every alias), and the diagnostics come in the same order.
 *
 * <p>The composer reads a whole document before anything is converted, so a document with a syntax error, an
 * undefined alias or too deep nesting gives that one fatal error and none of its conversion diagnostics; this
 * builder therefore holds a document's diagnostics until its end, and after a conversion limit it reads the rest of
 * the document (checking what the composer would) before reporting the limit. An explicit {@code !!merge} tag on a
 * key makes snakeyaml rearrange the mapping ({@code MergeUtils.flatten}); such files are left to
 * {@link ComposedTrees} ({@link NeedsComposer}).
 */
final class EventTreeBuilder {

    private static final String MERGE_KEY = "<<";

    /** Thrown when the text needs snakeyaml's composer to be read exactly (an explicit merge tag). */
    static final class NeedsComposer extends RuntimeException {
        NeedsComposer() {
            super("an explicit merge tag", null, false, false);
        }
    }

    /** A conversion limit broken in a document: the document is dropped, reading goes on with the next one. */
    private static final class ConversionLimit extends RuntimeException {
        private final transient Source source;
        /** For a limit met at the start of a collection: its depth, the source's end still to be read. */
        private final transient Mark openStart;

        ConversionLimit(String message, Source source, Mark openStart) {
            super(message, null, false, false);
            this.source = source;
            this.openStart = openStart;
        }
    }

    /** An anchored node: null {@code node} while it is being built. */
    private static final class Anchored {
        YNode node;
        long size;
        int height;
        /** A plain untagged {@code <<} scalar: a merge key wherever an alias uses it as a key. */
        boolean mergeKey;
    }

    private final Parser parser;
    private final Path file;
    private final YamlLimits limits;
    private final Map<Anchor, Anchored> anchors = new HashMap<>();
    private List<Finding> pending;
    private long nodes;
    /** Open collections, as the composer's depth guard counts them. */
    private int depth;
    /** The size, height and merge-key property of the node built last. */
    private long builtSize;
    private int builtHeight;
    private boolean builtMergeKey;
    private boolean sawAlias;
    /** The path of the node being built, for messages: mapping keys, sequence indexes (-1), or null for "same path". */
    private String[] pathKeys = new String[16];
    private int[] pathIndexes = new int[16];
    private int pathLength;

    EventTreeBuilder(Parser parser, Path file, YamlLimits limits) {
        this.parser = parser;
        this.file = file;
        this.limits = limits;
    }

    /**
     * Reads every document into {@code documents}, problems into {@code diagnostics}. Throws what the composer path
     * throws out of a stream (syntax errors, {@link LimitExceeded} for too deep nesting), or {@link NeedsComposer}.
     */
    void read(List<YNode> documents, List<Finding> diagnostics) {
        if (parser.checkEvent(Event.ID.StreamStart)) parser.next();
        while (!parser.checkEvent(Event.ID.StreamEnd)) {
            parser.next(); // document start
            anchors.clear();
            nodes = 0;
            pathLength = 0; // a limit may have left the previous document's path behind
            pending = new ArrayList<>();
            YNode root = null;
            ConversionLimit limit = null;
            try {
                root = build(next());
            } catch (ConversionLimit e) {
                limit = drain(e);
            }
            parser.next(); // document end
            diagnostics.addAll(pending);
            if (limit == null) {
                documents.add(root);
            } else {
                diagnostics.add(new Finding(Diagnostics.YAML, Severity.ERROR, limit.getMessage(), limit.source));
            }
            if (parser.checkEvent(Event.ID.StreamStart)) parser.next();
        }
    }

    /** Whether an alias was read (its trees may share nodes), as {@link EventGuard#sawAlias()} tells the composer's. */
    boolean sawAlias() {
        return sawAlias;
    }

    /** The next event, with the composer's depth guard. */
    private Event next() {
        Event event = parser.next();
        switch (event.getEventId()) {
            case SequenceStart, MappingStart -> {
                if (++depth > limits.maxDepth()) {
                    throw new LimitExceeded("YAML nesting exceeds the maximum depth of " + limits.maxDepth(),
                            source(event.getStartMark(), event.getEndMark()));
                }
            }
            case SequenceEnd, MappingEnd -> depth--;
            default -> { }
        }
        return event;
    }

    /**
     * Reads the rest of the document after a conversion limit, as the composer would have read it first: the depth
     * guard, tags, anchors and undefined aliases still apply. Gives the limit with its source complete.
     */
    private ConversionLimit drain(ConversionLimit limit) {
        int openDepth = depth;
        Mark end = null;
        while (depth > 0) {
            Event event = next();
            if (event instanceof NodeEvent node) {
                if (event instanceof AliasEvent alias) {
                    aliasTarget(alias);
                } else {
                    explicitTag(node);
                    node.getAnchor().ifPresent(anchor -> anchors.put(anchor, new Anchored()));
                }
            } else if (limit.openStart != null && end == null && depth < openDepth) {
                end = event.getEndMark().orElse(null);
            }
        }
        if (limit.openStart == null) return limit;
        return new ConversionLimit(limit.getMessage(), source(Optional.of(limit.openStart), Optional.ofNullable(end)),
                null);
    }

    private YNode build(Event event) {
        return switch (event.getEventId()) {
            case Alias -> alias((AliasEvent) event);
            case Scalar -> scalar((ScalarEvent) event);
            case SequenceStart -> sequence((CollectionStartEvent) event);
            default -> mapping((CollectionStartEvent) event);
        };
    }

    /** The node an alias names, or the composer's error for an undefined one. */
    private Anchored aliasTarget(AliasEvent event) {
        sawAlias = true;
        Anchored target = anchors.get(event.getAlias());
        if (target == null) {
            throw new ComposerException("found undefined alias " + event.getAlias(), event.getStartMark());
        }
        return target;
    }

    /** An alias: the anchored tree again, its expanded size and height counted here. */
    private YNode alias(AliasEvent event) {
        Anchored target = aliasTarget(event);
        Source at = source(event.getStartMark(), event.getEndMark());
        if (target.node == null) {
            throw new ConversionLimit("anchor \"" + event.getAlias() + "\" value contains itself", at, null);
        }
        nodes += target.size;
        if (nodes > limits.maxNodes()) {
            throw new ConversionLimit("YAML alias expansion exceeds the limit of " + limits.maxNodes() + " nodes",
                    at, null);
        }
        if (depth + target.height > limits.maxDepth()) {
            throw new ConversionLimit("YAML nesting exceeds the maximum depth of " + limits.maxDepth(), at, null);
        }
        builtSize = target.size;
        builtHeight = target.height;
        builtMergeKey = target.mergeKey;
        return target.node;
    }

    /** The event's explicit tag as the composer's {@link Tag} keeps it, or null for none or {@code !}. */
    private static String explicitTag(NodeEvent event) {
        Optional<String> written = event instanceof ScalarEvent scalar ? scalar.getTag()
                : event instanceof CollectionStartEvent collection ? collection.getTag() : Optional.empty();
        if (written.isEmpty() || written.get().equals("!")) return null;
        Tag tag = new Tag(written.get());
        if (tag.equals(Tag.MERGE)) throw new NeedsComposer();
        return tag.getValue();
    }

    private Anchored anchor(NodeEvent event) {
        if (event.getAnchor().isEmpty()) return null;
        Anchored anchored = new Anchored();
        anchors.put(event.getAnchor().get(), anchored);
        return anchored;
    }

    private void countNode(Source source, Mark openStart) {
        if (++nodes > limits.maxNodes()) {
            throw new ConversionLimit("YAML document exceeds the limit of " + limits.maxNodes() + " nodes", source,
                    openStart);
        }
    }

    private YNode scalar(ScalarEvent event) {
        String tag = explicitTag(event);
        Anchored anchored = anchor(event);
        Source source = source(event.getStartMark(), event.getEndMark());
        countNode(source, null);
        String text = event.getValue();
        ScalarStyle style = event.getScalarStyle();
        boolean plain = style == ScalarStyle.PLAIN;
        Object value = plain ? GoScalars.resolvePlain(text) : text;
        value = NodeConversions.value(tag, text, value, source, this::path, this::report);
        YScalar scalar = new YScalar(value, text, plain, source, NodeConversions.mergeTag(tag),
                NodeConversions.quote(style));
        builtSize = 1;
        builtHeight = 0;
        builtMergeKey = tag == null && plain && MERGE_KEY.equals(text);
        if (anchored != null) {
            anchored.node = scalar;
            anchored.size = 1;
            anchored.mergeKey = builtMergeKey;
        }
        return scalar;
    }

    private YNode sequence(CollectionStartEvent start) {
        String tag = explicitTag(start);
        Anchored anchored = anchor(start);
        countNode(null, start.getStartMark().orElse(null));
        List<YNode> items = new ArrayList<>();
        long size = 1;
        int height = 0;
        Event event;
        while ((event = next()).getEventId() != Event.ID.SequenceEnd) {
            pushIndex(items.size());
            YNode item = build(event);
            pathLength--;
            items.add(item);
            size += builtSize;
            height = Math.max(height, builtHeight);
        }
        YSeq seq = new YSeq(items, source(start.getStartMark(), event.getEndMark()), NodeConversions.mergeTag(tag));
        return collectionBuilt(seq, size, height + 1, anchored);
    }

    private YNode mapping(CollectionStartEvent start) {
        String tag = explicitTag(start);
        Anchored anchored = anchor(start);
        countNode(null, start.getStartMark().orElse(null));
        List<YEntry> explicit = new ArrayList<>();
        List<Object> order = null; // made at the first merge key: YEntry for an explicit key, YNode for a merged value
        Map<String, Source> firstKeys = new HashMap<>();
        long size = 1;
        int height = 0;
        Event event;
        while ((event = next()).getEventId() != Event.ID.MappingEnd) {
            YNode key = build(event);
            boolean merge = builtMergeKey;
            size += builtSize;
            height = Math.max(height, builtHeight);
            if (!(key instanceof YScalar keyScalar)) {
                report("complex mapping key " + where() + " is not supported", key.source());
                pushSamePath();
                build(next());
                pathLength--;
            } else {
                String name = keyScalar.text();
                Source keySource = keyScalar.source();
                NodeConversions.recordKey(firstKeys, keyScalar, this::report);
                if (merge) {
                    pushSamePath();
                } else {
                    pushKey(name);
                }
                YNode value = build(next());
                pathLength--;
                if (merge) {
                    if (order == null) order = new ArrayList<>(explicit);
                    order.add(value);
                } else {
                    if (!keyScalar.isString()) {
                        report("non-string key " + where() + ": " + NodeConversions.goValue(keyScalar), keySource);
                    }
                    YEntry entry = new YEntry(name, keySource, value);
                    explicit.add(entry);
                    if (order != null) order.add(entry);
                }
            }
            size += builtSize;
            height = Math.max(height, builtHeight);
        }
        YMap map = new YMap(order == null ? explicit : NodeConversions.withMerges(order, explicit, this::report),
                source(start.getStartMark(), event.getEndMark()), NodeConversions.mergeTag(tag));
        return collectionBuilt(map, size, height + 1, anchored);
    }

    private YNode collectionBuilt(YNode node, long size, int height, Anchored anchored) {
        builtSize = size;
        builtHeight = height;
        builtMergeKey = false;
        if (anchored != null) {
            anchored.node = node;
            anchored.size = size;
            anchored.height = height;
        }
        return node;
    }

    private void pushKey(String key) {
        push(key, -1);
    }

    private void pushIndex(int index) {
        push(null, index);
    }

    private void pushSamePath() {
        push(null, -1);
    }

    private void push(String key, int index) {
        if (pathLength == pathKeys.length) {
            pathKeys = Arrays.copyOf(pathKeys, pathLength * 2);
            pathIndexes = Arrays.copyOf(pathIndexes, pathLength * 2);
        }
        pathKeys[pathLength] = key;
        pathIndexes[pathLength] = index;
        pathLength++;
    }

    /** The path of the node being built: {@code services.web.ports[0]}, empty at the top. */
    private String path() {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < pathLength; i++) {
            if (pathKeys[i] != null) {
                if (!path.isEmpty()) path.append('.');
                path.append(pathKeys[i]);
            } else if (pathIndexes[i] >= 0) {
                path.append('[').append(pathIndexes[i]).append(']');
            }
        }
        return path.toString();
    }

    private String where() {
        String path = path();
        return path.isEmpty() ? "at top level" : "in " + path;
    }

    private Source source(Optional<Mark> start, Optional<Mark> end) {
        return YamlReader.source(file, start.orElse(null), end.orElse(null));
    }

    private void report(String message, Source source) {
        pending.add(new Finding(Diagnostics.YAML, Severity.ERROR, message, source));
    }
}
