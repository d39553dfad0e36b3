package dev.composelint.core.yaml;

import dev.composelint.core.Source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** A mapping with string keys in document order. */
public final class YMap implements YNode {

    private final Map<String, YEntry> entries;
    private final Source source;
    private final MergeTag tag;
    /** {@link #entries()}, made on first use (a racy but safe cache: the list is immutable). */
    private List<YEntry> list;

    public YMap(List<YEntry> entries, Source source, MergeTag tag) {
        LinkedHashMap<String, YEntry> map = new LinkedHashMap<>();
        for (YEntry entry : entries) {
            map.put(entry.key(), entry);
        }
        this.entries = Collections.unmodifiableMap(map);
        this.source = source;
        this.tag = tag == null ? MergeTag.NONE : tag;
    }

    public YMap(List<YEntry> entries, Source source) {
        this(entries, source, MergeTag.NONE);
    }

    public static YMap empty(Source source) {
        return new YMap(List.of(), source);
    }

    public List<YEntry> entries() {
        List<YEntry> result = list;
        if (result == null) {
            result = List.copyOf(entries.values());
            list = result;
        }
        return result;
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
        return changed != null ? new YMap(changed, source, tag) : this;
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The value under {@code key}, or null when absent. */
    public YNode get(String key) {
        YEntry entry = entries.get(key);
        return entry == null ? null : entry.value();
    }

    public YEntry entry(String key) {
        return entries.get(key);
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
        for (YEntry e : entries.values()) {
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
        if (!entries.containsKey(key)) return this;
        List<YEntry> list = new ArrayList<>(entries.values());
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
        return new YMap(entries(), source, newTag);
    }

    @Override
    public String kindName() {
        return "mapping";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YMap other && entries.equals(other.entries) && tag == other.tag;
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (YEntry e : entries.values()) {
            if (sb.length() > 1) sb.append(", ");
            sb.append(e.key()).append(": ").append(e.value());
        }
        return sb.append('}').toString();
    }
}
