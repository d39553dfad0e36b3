package dev.composelint.lsp;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Applies the range edits of incremental document sync. Positions count lines from 0, split at {@code \n},
 * {@code \r\n} and {@code \r} as the protocol says, and characters in UTF-16 code units, which is what a Java string
 * indexes; every character of the text counts, a byte order mark too. A character past the end of its line means the
 * end of the line, a line past the last line the end of the text.
 */
final class TextChanges {

    private TextChanges() {
    }

    /** {@code text} with {@code range} replaced by {@code replacement}. */
    static String apply(String text, Range range, String replacement) {
        int start = offset(text, range.getStart());
        int end = Math.max(start, offset(text, range.getEnd()));
        return text.substring(0, start) + replacement + text.substring(end);
    }

    /** The index in {@code text} of {@code position}. */
    static int offset(String text, Position position) {
        int lineStart = 0;
        for (int line = 0; line < position.getLine(); line++) {
            int next = nextLineStart(text, lineStart);
            if (next < 0) return text.length();
            lineStart = next;
        }
        int lineEnd = lineStart;
        while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') lineEnd++;
        return lineStart + Math.min(Math.max(0, position.getCharacter()), lineEnd - lineStart);
    }

    /** Where the line after the one starting at {@code from} starts, or -1 when it is the last line. */
    private static int nextLineStart(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') return i + 1;
            if (c == '\r') return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        }
        return -1;
    }
}
