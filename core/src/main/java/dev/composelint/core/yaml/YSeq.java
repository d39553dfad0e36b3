package dev.composelint.core.yaml;

import dev.composelint.core.Source;

import java.util.ArrayList;
import java.util.List;

/** A sequence in document order. */
public final class YSeq implements YNode {

    private final List<YNode> items;
    private final Source source;
    private final MergeTag tag;
    /** Whether an item holds a merge tag (see {@link #hasMergeTags()}). */
    private final boolean tagsBelow;

    public YSeq(List<YNode> items, Source source, MergeTag tag) {
        this.items = List.copyOf(items);
        this.source = source;
        this.tag = tag == null ? MergeTag.NONE : tag;
        boolean below = false;
        for (YNode item : this.items) below |= item.hasMergeTags();
        this.tagsBelow = below;
    }

    public YSeq(List<YNode> items, Source source) {
        this(items, source, MergeTag.NONE);
    }

    public List<YNode> items() {
        return items;
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
    public boolean hasMergeTags() {
        return tagsBelow || tag != MergeTag.NONE;
    }

    public int size() {
        return items.size();
    }

    public YNode get(int index) {
        return items.get(index);
    }

    /** A new item for the item at an index. */
    @FunctionalInterface
    public interface ItemRewrite {
        YNode apply(int index, YNode item);
    }

    /**
     * This sequence with each item replaced by {@code itemOf}, keeping source and tag; this same sequence, with
     * nothing allocated, when every item comes back unchanged (the same object).
     */
    public YSeq withItems(ItemRewrite itemOf) {
        List<YNode> changed = null; // made at the first change
        for (int i = 0; i < items.size(); i++) {
            YNode item = items.get(i);
            YNode value = itemOf.apply(i, item);
            if (value != item && changed == null) {
                changed = new ArrayList<>(items.size());
                changed.addAll(items.subList(0, i));
            }
            if (changed != null) changed.add(value);
        }
        return changed != null ? new YSeq(changed, source, tag) : this;
    }

    @Override
    public YSeq withTag(MergeTag newTag) {
        return new YSeq(items, source, newTag);
    }

    @Override
    public String kindName() {
        return "sequence";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YSeq other && items.equals(other.items) && tag == other.tag;
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }

    @Override
    public String toString() {
        return items.toString();
    }
}
