package dev.composelint.core.fix;

import dev.composelint.core.Fix;
import dev.composelint.core.Source;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reorders the entries of one mapping or sequence of a compose file as a single text edit, losslessly: in block
 * style each entry moves as whole lines, with the comment lines just above it, its trailing comment and the deeper
 * comment lines after its value; the blank lines and the comment blocks that stand apart between entries stay in
 * their places; the line endings and a missing final newline are kept. In flow style ({@code [b, a]},
 * {@code {b: 1, a: 2}}) the entries swap and the separators stay; a flow collection with a comment is refused.
 *
 * <p>The edit is offered only when the reordered file parses to the same data: mappings compared as unordered,
 * the reordered sequence as a multiset, every alias still bound to the same anchor. So an entry holding an anchor
 * never moves after an alias of it, and an entry is never moved across a {@code <<} merge key (which stays in
 * its place). Refused too: several documents, duplicate or complex keys, an aliased collection, entries sharing a
 * line, mixed line endings, files over {@link #MAX_CHARS} characters.
 */
public final class Reorder {

    /** Larger files are not reordered: the check parses the file twice. */
    public static final int MAX_CHARS = 1024 * 1024;

    private Reorder() {
    }

    /**
     * The edit putting the entries of the collection at {@code path} (mapping keys from the document's root; empty
     * for the root mapping) in {@code order}, a stable sort of the entries' names (a mapping's keys, a sequence's
     * scalar items) that leaves the {@code pinned} ones (and every {@code <<}) in their places. Empty when the
     * entries are in order already, or when the reorder cannot be done safely.
     */
    public static Optional<Fix.Edit> entries(YamlEdits edits, List<String> path, Comparator<String> order,
                                             Predicate<String> pinned) {
        if (edits.body().length() > MAX_CHARS) return Optional.empty();
        try {
            return new Attempt(edits, path, order, pinned).edit();
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    /**
     * One entry: its name, where it starts (key or item) and where its value ends; for an alias value (written
     * elsewhere) the end is the key's, and its line holds the alias.
     */
    private record Entry(String name, Mark start, Mark end, boolean alias) {
    }

    private static final class Attempt {
        private final YamlEdits edits;
        private final List<String> path;
        private final Comparator<String> order;
        private final Predicate<String> pinned;
        private final String body;
        private final TextEdits index;

        Attempt(YamlEdits edits, List<String> path, Comparator<String> order, Predicate<String> pinned) {
            this.edits = edits;
            this.path = path;
            this.order = order;
            this.pinned = pinned;
            this.body = edits.body();
            this.index = new TextEdits(body);
        }

        Optional<Fix.Edit> edit() {
            Node root = single(body);
            if (root == null) return Optional.empty();
            Located target = find(root, path);
            if (target == null) return Optional.empty();
            List<Entry> entries = entries(target.node());
            if (entries == null || entries.size() < 2) return Optional.empty();
            int[] wanted = permutation(entries);
            if (wanted == null) return Optional.empty();
            Optional<Fix.Edit> edit = ((CollectionNode<?>) target.node()).getFlowStyle() == FlowStyle.FLOW
                    ? flow(entries, wanted, target.node())
                    : block(entries, wanted, target.parentLine(), target.node() instanceof SequenceNode);
            return edit.filter(e -> sameData(root, target.node(), e));
        }

        /** The new position of each entry: {@code wanted[i]} is the old index of the entry at position i. */
        private int[] permutation(List<Entry> entries) {
            List<Integer> movable = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                String name = entries.get(i).name();
                if (!merge(name) && !pinned.test(name)) movable.add(i);
            }
            List<Integer> sorted = new ArrayList<>(movable);
            sorted.sort((a, b) -> order.compare(entries.get(a).name(), entries.get(b).name()));
            int[] wanted = new int[entries.size()];
            for (int i = 0; i < wanted.length; i++) wanted[i] = i;
            for (int k = 0; k < movable.size(); k++) wanted[movable.get(k)] = sorted.get(k);
            boolean moved = false;
            for (int i = 0; i < wanted.length; i++) moved |= wanted[i] != i;
            if (!moved) return null;
            // no entry crosses a merge key: the same entries stay before each one
            for (int i = 0; i < wanted.length; i++) {
                if (!merge(entries.get(i).name())) continue;
                Set<Integer> before = new HashSet<>();
                Set<Integer> after = new HashSet<>();
                for (int j = 0; j < i; j++) {
                    before.add(j);
                    after.add(wanted[j]);
                }
                if (!before.equals(after)) return null;
            }
            return wanted;
        }

        private static boolean merge(String name) {
            return "<<".equals(name);
        }

        private List<Entry> entries(Node node) {
            List<Entry> entries = new ArrayList<>();
            Set<String> names = new HashSet<>();
            if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (!(tuple.getKeyNode() instanceof ScalarNode key)) return null;
                    if (!names.add(key.getValue())) return null;
                    Mark start = key.getStartMark().orElse(null);
                    Mark keyEnd = key.getEndMark().orElse(null);
                    Mark valueStart = tuple.getValueNode().getStartMark().orElse(null);
                    Mark end = tuple.getValueNode().getEndMark().orElse(null);
                    if (start == null || keyEnd == null || valueStart == null || end == null) return null;
                    // an aliased value lies before its key: where the alias ends is not known
                    boolean alias = !before(keyEnd, valueStart);
                    entries.add(new Entry(key.getValue(), start, alias ? keyEnd : end, alias));
                }
            } else if (node instanceof SequenceNode sequence) {
                Mark opening = sequence.getStartMark().orElse(null);
                for (Node item : sequence.getValue()) {
                    if (!(item instanceof ScalarNode scalar)) return null;
                    Mark start = item.getStartMark().orElse(null);
                    Mark end = item.getEndMark().orElse(null);
                    // an aliased item lies before the sequence
                    if (opening == null || start == null || end == null || !before(opening, start)) return null;
                    entries.add(new Entry(scalar.getValue(), start, end, false));
                }
            } else {
                return null;
            }
            for (int i = 1; i < entries.size(); i++) {
                if (!before(entries.get(i - 1).start(), entries.get(i).start())) return null; // aliased items
            }
            return entries;
        }

        // ---- block style ---------------------------------------------------------------------------------

        private Optional<Fix.Edit> block(List<Entry> entries, int[] wanted, int parentLine, boolean item) {
            int n = entries.size();
            int[] keyLine = new int[n];
            int indent = -1;
            for (int i = 0; i < n; i++) {
                Entry entry = entries.get(i);
                keyLine[i] = entry.start().getLine() + 1;
                if (i > 0 && keyLine[i] <= entries.get(i - 1).end().getLine() + 1
                        && !endsAtLineStart(entries.get(i - 1).end())) {
                    return Optional.empty(); // two entries on one line
                }
                int column = entryColumn(entry, item);
                if (column < 0 || indent >= 0 && column != indent) return Optional.empty();
                indent = column;
            }
            int[] lead = new int[n];
            int[] last = new int[n];
            int lineCount = index.lineCount();
            for (int i = 0; i < n; i++) {
                int content = contentEnd(entries.get(i), keyLine[i]);
                int limit = i + 1 < n ? keyLine[i + 1] : lineCount + 1;
                last[i] = content;
                for (int l = content + 1; l < limit; l++) {
                    String line = content(l);
                    if (line.isBlank()) continue;
                    if (YamlEdits.comment(line) && YamlEdits.indentation(line) > indent) {
                        last[i] = l;
                    } else {
                        break;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                int floor = i == 0 ? parentLine : last[i - 1];
                lead[i] = keyLine[i];
                while (lead[i] - 1 > floor && YamlEdits.comment(content(lead[i] - 1))) lead[i]--;
                if (i > 0 && lead[i] <= last[i - 1]) return Optional.empty();
            }
            String lineEnding = new FileText(false, body).lineEnding();
            int first = lead[0];
            int end = last[n - 1];
            for (int l = first; l <= end; l++) {
                String breakOf = raw(l).substring(content(l).length());
                if (!breakOf.isEmpty() && !breakOf.equals(lineEnding)) return Optional.empty(); // mixed endings
            }
            boolean finalBreak = !raw(end).equals(content(end));
            List<List<String>> chunks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<String> chunk = new ArrayList<>();
                for (int l = lead[i]; l <= last[i]; l++) chunk.add(l == end && !finalBreak ? raw(l) + lineEnding : raw(l));
                chunks.add(chunk);
            }
            List<String> oldLines = new ArrayList<>();
            for (int l = first; l <= end; l++) oldLines.add(raw(l));
            List<String> newLines = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                newLines.addAll(chunks.get(wanted[k]));
                if (k + 1 < n) {
                    for (int l = last[k] + 1; l < lead[k + 1]; l++) newLines.add(raw(l));
                }
            }
            if (!finalBreak) {
                int lastIndex = newLines.size() - 1;
                String tail = newLines.get(lastIndex);
                newLines.set(lastIndex, tail.substring(0, tail.length() - lineEnding.length()));
            }
            return Optional.of(minimal(first, oldLines, newLines, finalBreak));
        }

        /** One edit replacing only the lines that differ between the old and the new region. */
        private Fix.Edit minimal(int first, List<String> oldLines, List<String> newLines, boolean finalBreak) {
            int prefix = 0;
            while (prefix < oldLines.size() && oldLines.get(prefix).equals(newLines.get(prefix))) prefix++;
            int suffix = 0;
            while (suffix < oldLines.size() - prefix
                    && oldLines.get(oldLines.size() - 1 - suffix).equals(newLines.get(newLines.size() - 1 - suffix))) {
                suffix++;
            }
            StringBuilder replacement = new StringBuilder();
            for (int k = prefix; k < newLines.size() - suffix; k++) replacement.append(newLines.get(k));
            int startLine = first + prefix;
            int endLine = first + oldLines.size() - suffix; // exclusive
            Source range;
            if (suffix == 0 && !finalBreak) {
                int lastLine = endLine - 1;
                int column = content(lastLine).codePointCount(0, content(lastLine).length()) + 1;
                range = new Source(edits.file(), startLine, 1, lastLine, column);
            } else {
                range = new Source(edits.file(), startLine, 1, endLine, 1);
            }
            return new Fix.Edit(range, replacement.toString());
        }

        /**
         * The column (0-based, in characters) of a block entry: its key at the start of its line, or the dash of
         * its item; -1 when something else stands before it.
         */
        private int entryColumn(Entry entry, boolean item) {
            String line = content(entry.start().getLine() + 1);
            int at = line.offsetByCodePoints(0, Math.min(entry.start().getColumn(),
                    line.codePointCount(0, line.length())));
            String before = line.substring(0, at);
            if (!item) return before.isBlank() ? at : -1;
            String stripped = before.stripTrailing();
            boolean dash = stripped.endsWith("-") && stripped.substring(0, stripped.length() - 1).isBlank();
            return dash ? stripped.length() - 1 : -1;
        }

        /** The last line of an entry's value that is not blank or a comment (its key line at least). */
        private int contentEnd(Entry entry, int keyLine) {
            Mark end = entry.end();
            int line = end.getLine() + 1;
            if (endsAtLineStart(end)) line--;
            while (line > keyLine && (content(line).isBlank() || YamlEdits.comment(content(line)))) line--;
            return line;
        }

        private boolean endsAtLineStart(Mark end) {
            String line = content(end.getLine() + 1);
            int at = line.offsetByCodePoints(0, Math.min(end.getColumn(), line.codePointCount(0, line.length())));
            return line.substring(0, at).isBlank();
        }

        // ---- flow style ----------------------------------------------------------------------------------

        private Optional<Fix.Edit> flow(List<Entry> entries, int[] wanted, Node collection) {
            int from = offset(collection.getStartMark().orElseThrow());
            int to = offset(collection.getEndMark().orElseThrow());
            if (body.substring(from, to).indexOf('#') >= 0) return Optional.empty();
            if (entries.stream().anyMatch(Entry::alias)) return Optional.empty();
            int n = entries.size();
            List<String> texts = new ArrayList<>();
            List<String> separators = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int start = offset(entries.get(i).start());
                int end = offset(entries.get(i).end());
                if (end < start) return Optional.empty();
                texts.add(body.substring(start, end));
                if (i + 1 < n) separators.add(body.substring(end, offset(entries.get(i + 1).start())));
            }
            StringBuilder out = new StringBuilder();
            for (int k = 0; k < n; k++) {
                out.append(texts.get(wanted[k]));
                if (k + 1 < n) out.append(separators.get(k));
            }
            Mark start = entries.get(0).start();
            Mark end = entries.get(n - 1).end();
            return Optional.of(new Fix.Edit(new Source(edits.file(), start.getLine() + 1, start.getColumn() + 1,
                    end.getLine() + 1, end.getColumn() + 1), out.toString()));
        }

        // ---- the safety check ----------------------------------------------------------------------------

        /** True when the edited text parses to the same data, the reordered collection taken as unordered. */
        private boolean sameData(Node root, Node target, Fix.Edit edit) {
            TextEdits.Span span = index.span(edit, new FileText(false, body).lineEnding());
            if (span == null) return false;
            String changed = TextEdits.apply(body, List.of(span));
            Node newRoot = single(changed);
            if (newRoot == null) return false;
            Located newTarget = find(newRoot, path);
            if (newTarget == null) return false;
            Canonical canonical = new Canonical();
            return canonical.id(root, target) == canonical.id(newRoot, newTarget.node());
        }

        // ---- text helpers --------------------------------------------------------------------------------

        private String content(int line) {
            if (line < 1 || line > index.lineCount()) return "";
            return body.substring(index.offset(line, 1), index.contentEnd(line));
        }

        private String raw(int line) {
            int start = index.offset(line, 1);
            int next = line < index.lineCount() ? index.offset(line + 1, 1) : body.length();
            return body.substring(start, next);
        }

        private int offset(Mark mark) {
            return index.offset(mark.getLine() + 1, mark.getColumn() + 1);
        }
    }

    private static boolean before(Mark a, Mark b) {
        return a.getLine() < b.getLine() || a.getLine() == b.getLine() && a.getColumn() <= b.getColumn();
    }

    /** The root node of a text holding exactly one document, or null. */
    private static Node single(String text) {
        List<Node> documents = new ArrayList<>();
        // a read window as large as the text, so a long token is not copied again and again
        LoadSettings settings = LoadSettings.builder()
                .setAllowDuplicateKeys(true)
                .setAllowRecursiveKeys(true)
                .setMaxAliasesForCollections(Integer.MAX_VALUE)
                .setCodePointLimit(MAX_CHARS + 1)
                .setBufferSize(text.length() + 1)
                .setUseMarks(true)
                .build();
        for (Node node : new Compose(settings).composeAllFromString(text)) {
            documents.add(node);
            if (documents.size() > 1) return null;
        }
        return documents.size() == 1 ? documents.get(0) : null;
    }

    /** A collection found by its keys, with the line of the key holding it (0 for the root). */
    private record Located(Node node, int parentLine) {
    }

    private static Located find(Node root, List<String> path) {
        Node node = root;
        int parentLine = 0;
        for (String key : path) {
            if (!(node instanceof MappingNode mapping)) return null;
            Node next = null;
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                    if (next != null) return null; // a duplicate key
                    next = tuple.getValueNode();
                    Mark keyEnd = scalar.getEndMark().orElse(null);
                    Mark valueStart = next.getStartMark().orElse(null);
                    // an alias: the collection is written elsewhere
                    if (keyEnd == null || valueStart == null || !before(keyEnd, valueStart)) return null;
                    parentLine = scalar.getStartMark().map(m -> m.getLine() + 1).orElse(0);
                }
            }
            if (next == null) return null;
            node = next;
        }
        return node instanceof MappingNode || node instanceof SequenceNode ? new Located(node, parentLine) : null;
    }

    /**
     * Structural ids of nodes, shared between two trees: equal ids mean equal data. Mappings are unordered; the
     * {@code unordered} sequence too. Aliases are the same node, so they are computed once; recursion is refused.
     */
    private static final class Canonical {
        private final Map<String, Integer> ids = new HashMap<>();
        private final Map<Node, Integer> done = new IdentityHashMap<>();
        private final Set<Node> open = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

        int id(Node node, Node unordered) {
            Integer known = done.get(node);
            if (known != null) return known;
            if (!open.add(node)) throw new IllegalStateException("recursive data");
            StringBuilder key = new StringBuilder();
            key.append(node.getTag().getValue()).append('|');
            if (node instanceof ScalarNode scalar) {
                key.append('S').append(scalar.getValue());
            } else if (node instanceof SequenceNode sequence) {
                List<Integer> items = new ArrayList<>();
                for (Node item : sequence.getValue()) items.add(id(item, unordered));
                if (node == unordered) items.sort(null);
                key.append('Q').append(items);
            } else if (node instanceof MappingNode mapping) {
                List<String> pairs = new ArrayList<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    pairs.add(id(tuple.getKeyNode(), unordered) + ":" + id(tuple.getValueNode(), unordered));
                }
                pairs.sort(null);
                key.append('M').append(pairs);
            }
            open.remove(node);
            int id = ids.computeIfAbsent(key.toString(), k -> ids.size());
            done.put(node, id);
            return id;
        }
    }
}
