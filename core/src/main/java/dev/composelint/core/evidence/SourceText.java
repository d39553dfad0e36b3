package dev.composelint.core.evidence;

import dev.composelint.core.Source;

import java.nio.file.Path;
import java.util.Arrays;

/** The decoded text of one evidence file, with its line starts so that an offset becomes a {@link Source}. */
final class SourceText {

    final Path file;
    final String content;
    private final int[] lineStarts;

    SourceText(Path file, String content) {
        this.file = file;
        this.content = content;
        int[] starts = new int[64];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < content.length(); i++) {
            if (content.charAt(i) == '\n') {
                if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** Offset of the first character of 0-based line {@code index}. */
    int lineStart(int index) {
        return lineStarts[index];
    }

    /** Offset just past the last character of 0-based line {@code index}, before its line break. */
    int lineEnd(int index) {
        int end = index + 1 < lineStarts.length ? lineStarts[index + 1] - 1 : content.length();
        if (end > lineStarts[index] && content.charAt(end - 1) == '\r') end--;
        return end;
    }

    String line(int index) {
        return content.substring(lineStart(index), lineEnd(index));
    }

    /** The 0-based line holding {@code offset}. */
    int lineOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found : -found - 2;
    }

    Source at(int offset) {
        int clamped = Math.max(0, Math.min(offset, content.length()));
        int line = lineOf(clamped);
        return Source.of(file, line + 1, clamped - lineStarts[line] + 1);
    }
}
