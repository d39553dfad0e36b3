package dev.composelint.core.yaml;

import dev.composelint.core.Source;

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
