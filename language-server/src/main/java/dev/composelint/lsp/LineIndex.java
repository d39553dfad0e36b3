package dev.composelint.lsp;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

import java.util.Arrays;

/**
 * Line starts of one text, to move between composelint's places (1-based lines, 1-based code-point columns) and
 * LSP positions (0-based lines, 0-based UTF-16 code units). A line ends at {@code \n}, {@code \r\n} or {@code \r},
 * as the YAML reader counts them; a leading byte order mark is not part of the first line's columns.
 */
final class LineIndex {

    private final String text;
    private final int[] starts;

    private LineIndex(String text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    static LineIndex of(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = text.startsWith("\uFEFF") ? 1 : 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
            if (c == '\n' || c == '\r') {
                if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(text, Arrays.copyOf(starts, count));
    }

    String text() {
        return text;
    }

    int lineCount() {
        return starts.length;
    }

    /** Offset of the first character of 0-based {@code line}; past the last line: the end of the text. */
    int lineStart(int line) {
        if (line < 0) return starts[0];
        return line < starts.length ? starts[line] : text.length();
    }

    /** Offset just past the last character of 0-based {@code line}, before its line break. */
    int lineEnd(int line) {
        if (line >= starts.length) return text.length();
        int end = line + 1 < starts.length ? starts[line + 1] : text.length();
        while (end > starts[line] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
        return end;
    }

    /** The LSP position of 1-based {@code line} and 1-based code-point {@code column}, clamped to the line. */
    Position position(int line, int column) {
        int zeroLine = Math.max(0, line - 1);
        if (zeroLine >= starts.length) return new Position(starts.length - 1, lineEnd(starts.length - 1)
                - starts[starts.length - 1]);
        int start = starts[zeroLine];
        int end = lineEnd(zeroLine);
        int offset = start;
        for (int i = 1; i < column && offset < end; i++) offset += Character.charCount(text.codePointAt(offset));
        return new Position(zeroLine, Math.min(offset, end) - start);
    }

    /** The LSP position of a character offset. */
    Position positionOf(int offset) {
        int found = Arrays.binarySearch(starts, Math.max(0, Math.min(offset, text.length())));
        int line = found >= 0 ? found : -found - 2;
        line = Math.max(0, line);
        return new Position(line, Math.max(0, offset - starts[line]));
    }

    /** The character offset of an LSP position, clamped to its line. */
    int offsetOf(Position position) {
        int line = position.getLine();
        if (line >= starts.length) return text.length();
        int start = starts[Math.max(0, line)];
        return Math.min(start + Math.max(0, position.getCharacter()), lineEnd(line));
    }

    /**
     * The range of a place: from (line, column) to (endLine, endColumn) exclusive when the end is known, else to the
     * end of the line's text without trailing blanks (at least one character when the line has one).
     */
    Range range(int line, int column, int endLine, int endColumn) {
        Position start = position(line, column);
        if (endLine > 0) {
            Position end = position(endLine, Math.max(1, endColumn));
            if (end.getLine() > start.getLine()
                    || end.getLine() == start.getLine() && end.getCharacter() >= start.getCharacter()) {
                return new Range(start, end);
            }
        }
        int lineStart = lineStart(start.getLine());
        int end = lineEnd(start.getLine());
        while (end > lineStart + start.getCharacter() && Character.isWhitespace(text.charAt(end - 1))) end--;
        int endCharacter = Math.max(end - lineStart, start.getCharacter());
        if (endCharacter == start.getCharacter() && lineStart + endCharacter < lineEnd(start.getLine())) endCharacter++;
        return new Range(start, new Position(start.getLine(), endCharacter));
    }
}
