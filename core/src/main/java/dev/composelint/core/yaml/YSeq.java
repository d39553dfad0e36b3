package dev.composelint.core.yaml;

import dev.composelint.core.Source;

import java.util.ArrayList;
import java.util.List;

/** A sequence in document order. */
public record YSeq(List<YNode> items, Source source, MergeTag tag) implements YNode {

    public YSeq {
        items = List.copyOf(items);
        tag = tag == null ? MergeTag.NONE : tag;
    }

    public YSeq(List<YNode> items, Source source) {
        this(items, source, MergeTag.NONE);
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
