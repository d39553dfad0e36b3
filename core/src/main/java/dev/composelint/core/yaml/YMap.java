package dev.composelint.core.yaml;

import dev.composelint.core.Source;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** A mapping with string keys in document order. */
public final class YMap implements YNode {

    /** Up to this many entries a key is looked up by scanning; a larger mapping keeps a hash index. */
    private static final int SCANNED = 8;

    /** Distinct keys in order of first occurrence, each with its last value (as a map put in order keeps). */
    private final List<YEntry> entries;
    /** Key to position, for mappings of more than {@value #SCANNED} entries; else null. */
    private final Map<String, Integer> index;
    private final Source source;
    private final MergeTag tag;
    /** Whether a value holds a merge tag (see {@link #hasMergeTags()}). */
    private final boolean tagsBelow;
    /** {@link #keys()}, made on first use (a racy but safe cache: the view is immutable). */
    private Set<String> keys;

    public YMap(List<YEntry> entries, Source source, MergeTag tag) {
        YEntry[] distinct = new YEntry[entries.size()];
        int size = 0;
        Map<String, Integer> positions = entries.size() > SCANNED ? new HashMap<>(entries.size() * 2) : null;
        for (YEntry entry : entries) {
            int at = positions != null ? positions.getOrDefault(entry.key(), -1) : scan(distinct, size, entry.key());
            if (at >= 0) {
                distinct[at] = entry;
            } else {
                if (positions != null) positions.put(entry.key(), size);
                distinct[size++] = entry;
            }
        }
        this.entries = Collections.unmodifiableList(Arrays.asList(size == distinct.length ? distinct
                : Arrays.copyOf(distinct, size)));
        this.index = positions;
        this.source = source;
        this.tag = tag == null ? MergeTag.NONE : tag;
        this.tagsBelow = tagsIn(this.entries);
    }

    /** The same keys in the same order as {@code index} describes: nothing to check or index again. */
    private YMap(List<YEntry> distinct, Map<String, Integer> index, Source source, MergeTag tag, boolean tagsBelow) {
        this.entries = Collections.unmodifiableList(distinct);
        this.index = index;
        this.source = source;
        this.tag = tag == null ? MergeTag.NONE : tag;
        this.tagsBelow = tagsBelow;
    }

    private static boolean tagsIn(List<YEntry> entries) {
        for (YEntry entry : entries) {
            if (entry.value().hasMergeTags()) return true;
        }
        return false;
    }

    public YMap(List<YEntry> entries, Source source) {
        this(entries, source, MergeTag.NONE);
    }

    public static YMap empty(Source source) {
        return new YMap(List.of(), source);
    }

    private static int scan(YEntry[] entries, int size, String key) {
        for (int i = 0; i < size; i++) {
            if (entries[i].key().equals(key)) return i;
        }
        return -1;
    }

    private int position(String key) {
        if (index != null) {
            Integer at = index.get(key);
            return at == null ? -1 : at;
        }
        int hash = key.hashCode(); // cached by each string: most keys differ from it without a character compared
        for (int i = 0; i < entries.size(); i++) {
            String candidate = entries.get(i).key();
            if (candidate.hashCode() == hash && candidate.equals(key)) return i;
        }
        return -1;
    }

    public List<YEntry> entries() {
        return entries;
    }

    /**
     * This mapping with each entry's value replaced by {@code valueOf}, keeping keys, order, source and tag; this
     * same mapping, with nothing allocated, when every value comes back unchanged (the same object).
     */
    public YMap withValues(Function<YEntry, YNode> valueOf) {
        List<YEntry> original = entries();
        List<YEntry> changed = null; // made at the first change
        for (int i = 0; i < original.size(); i++) {
            YEntry entry = original.get(i);
            YNode value = valueOf.apply(entry);
            if (value != entry.value() && changed == null) {
                changed = new ArrayList<>(original.size());
                changed.addAll(original.subList(0, i));
            }
            if (changed != null) changed.add(value == entry.value() ? entry : entry.withValue(value));
        }
        return changed != null ? new YMap(changed, index, source, tag, tagsIn(changed)) : this;
    }

    /** The keys in document order. */
    public Set<String> keys() {
        Set<String> result = keys;
        if (result == null) {
            result = new AbstractSet<>() {
                @Override
                public Iterator<String> iterator() {
                    Iterator<YEntry> it = entries.iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        @Override
                        public String next() {
                            return it.next().key();
                        }
                    };
                }

                @Override
                public int size() {
                    return entries.size();
                }

                @Override
                public boolean contains(Object o) {
                    return o instanceof String key && has(key);
                }
            };
            keys = result;
        }
        return result;
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public boolean has(String key) {
        return position(key) >= 0;
    }

    /** The value under {@code key}, or null when absent. */
    public YNode get(String key) {
        YEntry entry = entry(key);
        return entry == null ? null : entry.value();
    }

    public YEntry entry(String key) {
        int at = position(key);
        return at < 0 ? null : entries.get(at);
    }

    /** The value under {@code key} when it is a mapping, else null. */
    public YMap map(String key) {
        return get(key) instanceof YMap m ? m : null;
    }

    /** The value under {@code key} when it is a sequence, else null. */
    public YSeq seq(String key) {
        return get(key) instanceof YSeq s ? s : null;
    }

    /** The value under {@code key} when it is a scalar, else null. */
    public YScalar scalar(String key) {
        return get(key) instanceof YScalar s ? s : null;
    }

    /** The text of the scalar under {@code key} (Go {@code fmt.Sprint} style for non-strings), else null. */
    public String text(String key) {
        YScalar s = scalar(key);
        return s == null || s.isNull() ? null : s.asText();
    }

    /** A copy with {@code key} set to {@code value}: replaced in place when present, appended otherwise. */
    public YMap with(String key, Source keySource, YNode value) {
        List<YEntry> list = new ArrayList<>(entries.size() + 1);
        boolean replaced = false;
        for (YEntry e : entries) {
            if (e.key().equals(key)) {
                list.add(new YEntry(key, keySource == null ? e.keySource() : keySource, value));
                replaced = true;
            } else {
                list.add(e);
            }
        }
        if (!replaced) {
            list.add(new YEntry(key, keySource == null ? value.source() : keySource, value));
        }
        return new YMap(list, source, tag);
    }

    /** A copy without {@code key}. */
    public YMap without(String key) {
        if (!has(key)) return this;
        List<YEntry> list = new ArrayList<>(entries);
        list.removeIf(e -> e.key().equals(key));
        return new YMap(list, source, tag);
    }

    @Override
    public Source source() {
        return source;
    }

    @Override
    public MergeTag tag() {
        return tag;
    }

    @Override
    public YMap withTag(MergeTag newTag) {
        return new YMap(entries, index, source, newTag, tagsBelow);
    }

    @Override
    public boolean hasMergeTags() {
        return tagsBelow || tag != MergeTag.NONE;
    }

    @Override
    public String kindName() {
        return "mapping";
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof YMap other) || tag != other.tag || entries.size() != other.entries.size()) return false;
        for (YEntry entry : entries) {
            if (!entry.equals(other.entry(entry.key()))) return false;
        }
        return true; // the same entries, in any order (as maps compare)
    }

    @Override
    public int hashCode() {
        int hash = 0;
        for (YEntry entry : entries) hash += entry.hashCode(); // independent of order, as equals
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (YEntry e : entries) {
            if (sb.length() > 1) sb.append(", ");
            sb.append(e.key()).append(": ").append(e.value());
        }
        return sb.append('}').toString();
    }
}
