package dev.composelint.core.fix;

import dev.composelint.core.Fix;
import dev.composelint.core.Source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Maps the reader's line and column positions to offsets in a text, and applies non-overlapping edits. */
public final class TextEdits {

    /**
     * An edit as offsets into one text: replace [start, end) with {@code text}. Insertions at one point do not
     * overlap (they are written in the order they were taken) unless they write the same key first: two fixes
     * that each add {@code name:} or create {@code volumes:} there must not both apply.
     */
    public record Span(int start, int end, String text) {

        boolean overlaps(Span other) {
            if (start == end && other.start == other.end) {
                return start == other.start && firstKey(text).equals(firstKey(other.text));
            }
            return start < other.end && other.start < end
                    || start == end && start > other.start && start < other.end
                    || other.start == other.end && other.start > start && other.start < end;
        }
    }

    /** The first key an inserted text writes ({@code name} of "\nname: x\n"), or the whole text. */
    static String firstKey(String inserted) {
        String stripped = inserted.strip();
        int colon = stripped.indexOf(':');
        return colon < 0 ? stripped : stripped.substring(0, colon);
    }

    private final String text;
    private final List<Integer> lineStarts = new ArrayList<>();

    public TextEdits(String text) {
        this.text = text;
        lineStarts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                lineStarts.add(i + 1);
            }
        }
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.size();
    }

    /**
     * The offset of a 1-based line and code-point column: a line past the end is the end of the text, a column
     * past the end of its line stops at the line break. -1 when the line is not in the text.
     */
    public int offset(int line, int column) {
        if (line == lineStarts.size() + 1 && column == 1) return text.length();
        if (line < 1 || line > lineStarts.size()) return -1;
        int lineStart = lineStarts.get(line - 1);
        int lineEnd = contentEnd(line);
        int offset = lineStart;
        for (int c = 1; c < column && offset < lineEnd; c++) {
            offset += Character.charCount(text.codePointAt(offset));
        }
        return offset;
    }

    /** The offset just after the last character of a line, before its line break. */
    public int contentEnd(int line) {
        int end = line < lineStarts.size() ? lineStarts.get(line) : text.length();
        while (end > lineStarts.get(line - 1) && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
        return end;
    }

    /** The span of an edit in this text, its "\n" breaks written with the text's line ending; null when invalid. */
    public Span span(Fix.Edit edit, String lineEnding) {
        Source range = edit.range();
        int start = offset(range.line(), range.column());
        int end = range.hasEnd() ? offset(range.endLine(), range.endColumn()) : start;
        if (start < 0 || end < start) return null;
        String replacement = edit.replacement().replace("\r\n", "\n");
        if (!lineEnding.equals("\n")) replacement = replacement.replace("\n", lineEnding);
        return new Span(start, end, replacement);
    }

    /** The text with every span applied; spans must not overlap. */
    public static String apply(String text, List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (Span span : sorted) {
            out.append(text, at, span.start()).append(span.text());
            at = span.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
