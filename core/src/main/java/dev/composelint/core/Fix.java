package dev.composelint.core;

import java.util.List;

/** A suggested fix: a description and the text edits that carry it out (edits may be empty for advice only). */
public record Fix(String description, List<Edit> edits) {

    public Fix {
        edits = List.copyOf(edits);
    }

    public static Fix advice(String description) {
        return new Fix(description, List.of());
    }

    /** Replace the text between start (inclusive) and end (exclusive) positions of one file. */
    public record Edit(Source range, String replacement) {
    }
}
