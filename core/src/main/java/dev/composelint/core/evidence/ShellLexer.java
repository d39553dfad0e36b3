package dev.composelint.core.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits shell text into simple commands: words with their quoting and {@code $} references kept apart, so that
 * variables can be expanded later with what the script assigned before. Handles single and double quotes,
 * backslash escapes and continuation lines, comments, the operators {@code && || ; | & ( )}, redirections (whose
 * targets are dropped) and here-documents (whose bodies are skipped). Command substitutions, arithmetic and
 * backticks stay opaque. One pass over the text, no backtracking.
 */
final class ShellLexer {

    enum Kind { LITERAL, VARIABLE, OPAQUE }

    /**
     * A piece of a word. For {@link Kind#VARIABLE}, {@code text} is the name and {@code operator} one of
     * {@code ""} (plain), {@code "-"} (default value in {@code argument}), {@code "?"} (value required) or
     * {@code "+"} (alternative value); {@code raw} is always the text as written.
     */
    record Segment(Kind kind, String text, boolean quoted, String operator, String argument, String raw) {
    }

    /** A word: its segments, where it starts in the snippet and its text as written. */
    record Word(List<Segment> segments, int start, String raw) {

        /** The word's text when it holds no {@code $} reference, else null. */
        String literal() {
            StringBuilder sb = new StringBuilder();
            for (Segment segment : segments) {
                if (segment.kind() != Kind.LITERAL) return null;
                sb.append(segment.text());
            }
            return sb.toString();
        }
    }

    /** A simple command; {@code start} is the snippet index of its first word. */
    record Command(List<Word> words, int start) {
    }

    private final String text;
    private final int length;
    private final List<Command> commands = new ArrayList<>();
    private List<Word> words = new ArrayList<>();
    private List<Segment> segments;
    private StringBuilder literal;
    private boolean literalQuoted;
    private int wordStart;
    private boolean dropNextWord;
    private final List<String[]> hereDocuments = new ArrayList<>();

    private ShellLexer(Snippet snippet) {
        this.text = snippet.text();
        this.length = text.length();
    }

    static List<Command> commands(Snippet snippet) {
        ShellLexer lexer = new ShellLexer(snippet);
        lexer.run();
        return lexer.commands;
    }

    private void run() {
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> {
                    if (i + 1 < length && text.charAt(i + 1) == '\n') {
                        i += 2;
                    } else if (i + 2 < length && text.charAt(i + 1) == '\r' && text.charAt(i + 2) == '\n') {
                        i += 3;
                    } else {
                        if (i + 1 < length) literal(text.charAt(i + 1), false, i);
                        i += 2;
                    }
                }
                case ' ', '\t', '\r' -> {
                    endWord(i);
                    i++;
                }
                case '\n' -> {
                    endWord(i);
                    endCommand();
                    i = skipHereDocuments(i + 1);
                }
                case '#' -> {
                    if (segments == null) {
                        while (i < length && text.charAt(i) != '\n') i++;
                    } else {
                        literal(c, false, i);
                        i++;
                    }
                }
                case '\'' -> {
                    int close = text.indexOf('\'', i + 1);
                    if (close < 0) close = length;
                    startWord(i);
                    appendLiteral(text.substring(i + 1, close), true);
                    i = close + 1;
                }
                case '"' -> i = doubleQuoted(i);
                case '`' -> i = backticks(i);
                case '$' -> i = dollar(i, false);
                case ';', '|', '(', ')' -> {
                    endWord(i);
                    endCommand();
                    i++;
                }
                case '&' -> {
                    if (i + 1 < length && text.charAt(i + 1) == '>') {
                        i = redirect(i + 1);
                    } else {
                        endWord(i);
                        endCommand();
                        i++;
                    }
                }
                case '>', '<' -> i = redirect(i);
                default -> {
                    literal(c, false, i);
                    i++;
                }
            }
        }
        endWord(length);
        endCommand();
    }

    /** A redirection operator at {@code i}: its target word is dropped; {@code <<} starts a here-document. */
    private int redirect(int i) {
        if (segments != null && isFileDescriptor()) {
            segments = null;
            literal = null;
        } else {
            endWord(i);
        }
        char c = text.charAt(i);
        if (c == '<' && i + 1 < length && text.charAt(i + 1) == '<') {
            if (i + 2 < length && text.charAt(i + 2) == '<') {
                dropNextWord = true;
                return i + 3;
            }
            return hereDocumentDelimiter(i + 2);
        }
        i++;
        while (i < length && (text.charAt(i) == '>' || text.charAt(i) == '&' || text.charAt(i) == '|')) i++;
        dropNextWord = true;
        return i;
    }

    private boolean isFileDescriptor() {
        if (segments.size() != 0 || literal == null || literal.isEmpty() || literalQuoted) return false;
        for (int k = 0; k < literal.length(); k++) {
            if (!Character.isDigit(literal.charAt(k))) return false;
        }
        return true;
    }

    private int hereDocumentDelimiter(int i) {
        boolean stripTabs = i < length && text.charAt(i) == '-';
        if (stripTabs) i++;
        while (i < length && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
        StringBuilder delimiter = new StringBuilder();
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i++;
                continue;
            }
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '|' || c == '&' || c == '>' || c == '<'
                    || c == ')' || c == '\r') {
                break;
            }
            delimiter.append(c);
            i++;
        }
        if (!delimiter.isEmpty()) hereDocuments.add(new String[] {delimiter.toString(), stripTabs ? "-" : ""});
        return i;
    }

    /** Skips the bodies of the here-documents opened on the line that just ended at {@code i - 1}. */
    private int skipHereDocuments(int i) {
        for (String[] document : hereDocuments) {
            while (i < length) {
                int end = text.indexOf('\n', i);
                if (end < 0) end = length;
                String line = text.substring(i, end);
                if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
                if (!document[1].isEmpty()) line = line.stripLeading();
                i = Math.min(length, end + 1);
                if (line.equals(document[0])) break;
            }
        }
        hereDocuments.clear();
        return i;
    }

    private int doubleQuoted(int i) {
        startWord(i);
        if (literal == null) literal = new StringBuilder();
        i++;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '"') return i + 1;
            if (c == '\\' && i + 1 < length) {
                char next = text.charAt(i + 1);
                if (next == '\n') {
                    i += 2;
                    continue;
                }
                if (next == '$' || next == '`' || next == '"' || next == '\\') {
                    literal(next, true, i);
                    i += 2;
                    continue;
                }
                literal(c, true, i);
                i++;
            } else if (c == '$') {
                i = dollar(i, true);
            } else if (c == '`') {
                i = backticks(i);
            } else {
                literal(c, true, i);
                i++;
            }
        }
        return i;
    }

    private int backticks(int i) {
        int j = i + 1;
        while (j < length && text.charAt(j) != '`') {
            if (text.charAt(j) == '\\') j++;
            j++;
        }
        int end = Math.min(length, j + 1);
        opaque(i, end);
        return end;
    }

    /** A {@code $} at {@code i}: a variable reference, an opaque substitution, or a plain dollar sign. */
    private int dollar(int i, boolean quoted) {
        if (i + 1 >= length) {
            literal('$', quoted, i);
            return i + 1;
        }
        char next = text.charAt(i + 1);
        if (next == '{') {
            int close = matching(i + 1, '{', '}');
            braced(i, close, quoted);
            return Math.min(length, close + 1);
        }
        if (next == '(') {
            int close = matching(i + 1, '(', ')');
            if (i + 2 < length && text.charAt(i + 2) == '(' && close + 1 < length && text.charAt(close + 1) == ')') {
                close++;
            }
            int end = Math.min(length, close + 1);
            opaque(i, end);
            return end;
        }
        if (isNameStart(next)) {
            int j = i + 1;
            while (j < length && isNamePart(text.charAt(j))) j++;
            startWord(i);
            flushLiteral();
            segments.add(new Segment(Kind.VARIABLE, text.substring(i + 1, j), quoted, "", null, text.substring(i, j)));
            return j;
        }
        if (Character.isDigit(next) || "@*#?$!-".indexOf(next) >= 0) {
            opaque(i, i + 2);
            return i + 2;
        }
        if (!quoted && (next == '\'' || next == '"')) {
            startWord(i);
            return i + 1;
        }
        literal('$', quoted, i);
        return i + 1;
    }

    private void braced(int dollar, int close, boolean quoted) {
        int contentStart = dollar + 2;
        int contentEnd = Math.min(close, length);
        int j = contentStart;
        if (j < contentEnd && isNameStart(text.charAt(j))) {
            while (j < contentEnd && isNamePart(text.charAt(j))) j++;
        }
        String raw = text.substring(dollar, Math.min(length, close + 1));
        if (j == contentStart) {
            opaque(dollar, Math.min(length, close + 1));
            return;
        }
        String name = text.substring(contentStart, j);
        String rest = text.substring(j, contentEnd);
        if (rest.startsWith(":")) rest = rest.substring(1);
        String operator;
        String argument = null;
        if (rest.isEmpty()) {
            operator = "";
        } else if (rest.charAt(0) == '-' || rest.charAt(0) == '=') {
            operator = "-";
            argument = rest.substring(1);
        } else if (rest.charAt(0) == '?') {
            operator = "?";
        } else if (rest.charAt(0) == '+') {
            operator = "+";
            argument = rest.substring(1);
        } else {
            opaque(dollar, Math.min(length, close + 1));
            return;
        }
        startWord(dollar);
        flushLiteral();
        segments.add(new Segment(Kind.VARIABLE, name, quoted, operator, argument, raw));
    }

    /** The index of the bracket closing the one at {@code open}, skipping quoted text; the end when unclosed. */
    private int matching(int open, char opening, char closing) {
        int depth = 0;
        int i = open;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '\'' && opening == '(') {
                int close = text.indexOf('\'', i + 1);
                i = close < 0 ? length : close + 1;
                continue;
            }
            if (c == opening) depth++;
            if (c == closing && --depth == 0) return i;
            i++;
        }
        return length;
    }

    private void opaque(int start, int end) {
        startWord(start);
        flushLiteral();
        String raw = text.substring(start, end);
        segments.add(new Segment(Kind.OPAQUE, raw, false, "", null, raw));
    }

    private void literal(char c, boolean quoted, int at) {
        startWord(at);
        if (literal != null && literalQuoted != quoted && !literal.isEmpty()) flushLiteral();
        if (literal == null) literal = new StringBuilder();
        literalQuoted = quoted;
        literal.append(c);
    }

    private void appendLiteral(String chars, boolean quoted) {
        if (literal != null && literalQuoted != quoted && !literal.isEmpty()) flushLiteral();
        if (literal == null) literal = new StringBuilder();
        literalQuoted = quoted;
        literal.append(chars);
    }

    private void startWord(int at) {
        if (segments == null) {
            segments = new ArrayList<>(2);
            wordStart = at;
        }
    }

    private void flushLiteral() {
        if (literal != null) {
            segments.add(new Segment(Kind.LITERAL, literal.toString(), literalQuoted, "", null, literal.toString()));
            literal = null;
        }
    }

    private void endWord(int end) {
        if (segments == null) return;
        flushLiteral();
        if (dropNextWord) {
            dropNextWord = false;
        } else {
            words.add(new Word(List.copyOf(segments), wordStart, text.substring(wordStart, Math.min(end, length))));
        }
        segments = null;
    }

    private void endCommand() {
        dropNextWord = false;
        if (!words.isEmpty()) {
            commands.add(new Command(words, words.get(0).start()));
            words = new ArrayList<>();
        }
    }

    private static boolean isNameStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }
}
