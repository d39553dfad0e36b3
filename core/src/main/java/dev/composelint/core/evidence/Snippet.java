package dev.composelint.core.evidence;

import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * Shell text cut out of an evidence file (a recipe line, a {@code run:} block, a code block), possibly with
 * substitutions made, remembering for each character the file offset it came from.
 */
final class Snippet {

    private final StringBuilder text = new StringBuilder();
    private int[] origins = new int[64];

    /** Appends {@code content[start, end)} of the file, each character at its own offset. */
    Snippet appendRange(SourceText source, int start, int end) {
        for (int i = start; i < end; i++) append(source.content.charAt(i), i);
        return this;
    }

    /** Appends text that stands for something written at {@code origin} (an expanded variable). */
    Snippet append(CharSequence chars, int origin) {
        for (int i = 0; i < chars.length(); i++) append(chars.charAt(i), origin);
        return this;
    }

    Snippet append(char c, int origin) {
        if (text.length() == origins.length) origins = Arrays.copyOf(origins, origins.length * 2);
        origins[text.length()] = origin;
        text.append(c);
        return this;
    }

    int length() {
        return text.length();
    }

    char charAt(int index) {
        return text.charAt(index);
    }

    String text() {
        return text.toString();
    }

    /** The file offset character {@code index} came from; the end of the snippet maps to its last character. */
    int origin(int index) {
        if (text.length() == 0) return 0;
        return origins[Math.max(0, Math.min(index, text.length() - 1))];
    }

    /**
     * A copy in which every {@code open ... close} template (GitHub's {@code ${{ }}}, Task's and just's
     * {@code {{ }}}) is replaced by what {@code replacement} gives for its trimmed content; the replacement text
     * maps to the template's first character. An unclosed template is kept as written.
     */
    Snippet replaceTemplates(String open, String close, UnaryOperator<String> replacement) {
        String content = text.toString();
        if (!content.contains(open)) return this;
        Snippet out = new Snippet();
        int i = 0;
        while (i < content.length()) {
            int start = content.indexOf(open, i);
            int end = start < 0 ? -1 : content.indexOf(close, start + open.length());
            if (start < 0 || end < 0) {
                for (int k = i; k < content.length(); k++) out.append(content.charAt(k), origins[k]);
                break;
            }
            for (int k = i; k < start; k++) out.append(content.charAt(k), origins[k]);
            out.append(replacement.apply(content.substring(start + open.length(), end).trim()), origins[start]);
            i = end + close.length();
        }
        return out;
    }
}
