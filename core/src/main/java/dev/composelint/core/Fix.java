package dev.composelint.core;

import java.util.List;

/**
 * A suggested fix: a description and the text edits that carry it out (edits may be empty for advice only).
 * A safe fix keeps what the stack does; an unsafe one changes behaviour (names, credentials) and is applied only
 * when asked for.
 */
public record Fix(String description, List<Edit> edits, boolean safe) {

    public Fix {
        edits = List.copyOf(edits);
    }

    public Fix(String description, List<Edit> edits) {
        this(description, edits, true);
    }

    public static Fix advice(String description) {
        return new Fix(description, List.of());
    }

    public static Fix unsafe(String description, List<Edit> edits) {
        return new Fix(description, edits, false);
    }

    /** True when the fix carries edits that a fixer can apply. */
    public boolean applicable() {
        return !edits.isEmpty();
    }

    /**
     * Replace the text between start (inclusive) and end (exclusive) positions of one file: 1-based lines and
     * code-point columns as the YAML reader reports them. A replacement's line breaks are written as "\n" and take
     * the file's own line ending when applied.
     */
    public record Edit(Source range, String replacement) {
    }
}
