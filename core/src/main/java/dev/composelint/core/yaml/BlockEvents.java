package dev.composelint.core.yaml;

import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.DocumentEndEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ImplicitTuple;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.events.StreamEndEvent;
import org.snakeyaml.engine.v2.events.StreamStartEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The parser events of the plainest YAML, read without snakeyaml's scanner: one document of ASCII text whose root is
 * a block mapping or sequence, with nested block mappings and sequences (indentless ones too) of one-line plain,
 * single- and double-quoted scalars without escapes, one-line flow sequences of such scalars as values, and
 * comments. Most generated and many hand-written compose files are no more than that. The events, marks included,
 * are those snakeyaml's parser gives for the same text; anything else (tabs, CR, non-ASCII, other flow collections,
 * anchors, aliases, tags, block or multi-line scalars, complex keys, directives, document markers, any syntax error)
 * gives null, and the caller reads the text with snakeyaml.
 * {@code YamlReaderAgreementTest} holds the two readings equal.
 */
final class BlockEvents implements Parser {

    private static final int[] NO_BUFFER = new int[0];
    private static final ImplicitTuple PLAIN_IMPLICIT = new ImplicitTuple(true, false);
    private static final ImplicitTuple QUOTED_IMPLICIT = new ImplicitTuple(false, true);
    /** A simple key longer than this, up to its {@code :}, is left to snakeyaml (which allows 1024 characters). */
    private static final int MAX_KEY_LENGTH = 1000;
    /** A longer text is left to snakeyaml: its events would all be held at once. */
    private static final int MAX_CHARS = 16 << 20;
    /** Deeper nesting is left to snakeyaml and the depth limit (and keeps this reader's recursion short). */
    private static final int MAX_NESTING = 300;

    /** The text is outside the subset. */
    private static final class Outside extends RuntimeException {
        Outside() {
            super(null, null, false, false);
        }
    }

    private static final Outside OUTSIDE = new Outside();

    private final String text;
    private final List<Event> events = new ArrayList<>();
    private int pos;
    private int line;
    private int lineStart;
    private int next;
    private int nesting;

    private BlockEvents(String text) {
        this.text = text;
    }

    /** The events of {@code text}, or null when it is outside the subset. */
    static Parser of(String text) {
        if (text.length() > MAX_CHARS) return null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < ' ' && c != '\n') || c > '~') return null;
        }
        BlockEvents reader = new BlockEvents(text);
        try {
            reader.stream();
        } catch (Outside | StackOverflowError outside) {
            return null;
        }
        return reader;
    }

    private void stream() {
        events.add(new StreamStartEvent());
        skipToContent();
        if (pos == text.length()) {
            events.add(new StreamEndEvent());
            return;
        }
        events.add(new DocumentStartEvent(false, Optional.empty(), Map.of()));
        if (isEntry()) {
            sequence(column(), false);
        } else {
            mapping(column());
        }
        if (pos != text.length()) throw OUTSIDE;
        events.add(new DocumentEndEvent(false));
        events.add(new StreamEndEvent());
    }

    /** A block mapping whose keys sit at {@code indent}; the position is at its first key. */
    private void mapping(int indent) {
        if (++nesting > MAX_NESTING) throw OUTSIDE;
        Optional<Mark> start = mark();
        events.add(new MappingStartEvent(Optional.empty(), Optional.empty(), true, FlowStyle.BLOCK, start, start));
        while (true) {
            if (isEntry()) throw OUTSIDE;
            if (!key()) throw OUTSIDE;
            pos++; // ':'
            Optional<Mark> valueEnd = mark();
            if (restOfLineIsEmpty()) {
                skipToContent();
                int column = column();
                if (pos == text.length() || column < indent || (column == indent && !isEntry())) {
                    events.add(emptyScalar(valueEnd));
                } else if (column == indent) {
                    sequence(indent, true);
                } else if (isEntry()) {
                    sequence(column, false);
                } else {
                    mapping(column);
                }
            } else {
                value(indent);
            }
            if (pos == text.length() || column() < indent) break;
            if (column() > indent) throw OUTSIDE;
        }
        Optional<Mark> end = mark();
        events.add(new MappingEndEvent(end, end));
        nesting--;
    }

    /**
     * A block sequence whose entries sit at {@code column}; the position is at its first {@code -}. An indentless
     * sequence (at the column of its mapping's keys) ends at the first line that is not an entry.
     */
    private void sequence(int column, boolean indentless) {
        if (++nesting > MAX_NESTING) throw OUTSIDE;
        Optional<Mark> start = mark();
        Optional<Mark> startEnd = indentless ? mark(pos + 1) : start;
        events.add(new SequenceStartEvent(Optional.empty(), Optional.empty(), true, FlowStyle.BLOCK, start,
                startEnd));
        while (true) {
            pos++; // '-'
            Optional<Mark> entryEnd = mark();
            if (restOfLineIsEmpty()) {
                skipToContent();
                if (pos < text.length() && column() > column) {
                    if (isEntry() || !isKey()) throw OUTSIDE;
                    mapping(column());
                } else {
                    events.add(emptyScalar(entryEnd));
                }
            } else if (isKey()) {
                mapping(column());
            } else {
                value(column);
            }
            if (pos == text.length() || column() < column) break;
            if (column() > column) throw OUTSIDE;
            if (!isEntry()) {
                if (indentless) break;
                throw OUTSIDE;
            }
        }
        Optional<Mark> end = mark();
        events.add(new SequenceEndEvent(end, end));
        nesting--;
    }

    /**
     * A scalar value after {@code key: } or {@code - }, then the rest of its line; the next content must not be
     * deeper than {@code indent} (a plain scalar would continue there, anything else is an error).
     */
    private void value(int indent) {
        if (pos < text.length() && text.charAt(pos) == '[') {
            flowSequence();
        } else {
            scalar(false);
        }
        int afterScalar = pos;
        skipSpaces();
        if (isValueIndicator()) throw OUTSIDE;
        if (pos < text.length() && text.charAt(pos) == '#' && pos > afterScalar) skipComment();
        if (pos < text.length() && text.charAt(pos) != '\n') throw OUTSIDE;
        // a more indented line that is not a comment would continue a plain scalar (or be an error)
        int probe = pos;
        while (probe < text.length()) {
            int lineBegin = probe + 1;
            int first = lineBegin;
            while (first < text.length() && text.charAt(first) == ' ') first++;
            if (first == text.length()) break;
            char c = text.charAt(first);
            if (c == '\n') {
                probe = first;
                continue;
            }
            if (c != '#' && first - lineBegin > indent) throw OUTSIDE;
            break;
        }
        skipToContent();
    }

    /**
     * A one-line flow sequence of quoted scalars and plain ones of letters, digits and {@code _./=+-} (not first),
     * as {@code [a, "b", 'c']}; an empty one, a trailing comma, nesting or anything else is outside.
     */
    private void flowSequence() {
        events.add(new SequenceStartEvent(Optional.empty(), Optional.empty(), true, FlowStyle.FLOW, mark(),
                mark(pos + 1)));
        if (++nesting > MAX_NESTING) throw OUTSIDE;
        pos++; // '['
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) != ']') {
            while (true) {
                flowItem();
                skipSpaces();
                if (pos >= text.length()) throw OUTSIDE;
                if (text.charAt(pos) == ']') break;
                if (text.charAt(pos) != ',') throw OUTSIDE;
                pos++;
                skipSpaces();
            }
        }
        events.add(new SequenceEndEvent(mark(), mark(pos + 1)));
        pos++; // ']'
        nesting--;
    }

    private void flowItem() {
        if (pos >= text.length()) throw OUTSIDE;
        char first = text.charAt(pos);
        if (first == '\'' || first == '"') {
            scalar(false);
            return;
        }
        int begin = pos;
        while (pos < text.length() && isFlowPlain(text.charAt(pos))) pos++;
        if (pos == begin || first == '-' || first == '+' || first == '.' || first == '=') throw OUTSIDE;
        events.add(new ScalarEvent(Optional.empty(), Optional.empty(), PLAIN_IMPLICIT, text.substring(begin, pos),
                ScalarStyle.PLAIN, mark(begin), mark()));
    }

    private static boolean isFlowPlain(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "_./=+-".indexOf(c) >= 0;
    }

    /** A one-line plain or quoted scalar at the position, as an event; a key must be followed by {@code :}. */
    private void scalar(boolean key) {
        if (pos >= text.length()) throw OUTSIDE;
        Optional<Mark> start = mark();
        char first = text.charAt(pos);
        String value;
        ScalarStyle style;
        if (first == '\'' || first == '"') {
            int close = text.indexOf(first, pos + 1);
            if (close < 0) throw OUTSIDE;
            value = text.substring(pos + 1, close);
            if (value.indexOf('\n') >= 0 || (first == '"' && value.indexOf('\\') >= 0)) throw OUTSIDE;
            if (first == '\'' && close + 1 < text.length() && text.charAt(close + 1) == '\'') throw OUTSIDE;
            pos = close + 1;
            style = first == '"' ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED;
        } else {
            if ("-?:,[]{}#&*!|>%@`".indexOf(first) >= 0 || first == ' ' || first == '\n') throw OUTSIDE;
            int begin = pos;
            int end = pos;
            while (true) {
                while (pos < text.length() && text.charAt(pos) != ' ' && text.charAt(pos) != '\n'
                        && !isValueIndicator()) {
                    pos++;
                }
                end = pos;
                int spaces = pos;
                while (spaces < text.length() && text.charAt(spaces) == ' ') spaces++;
                if (spaces == pos || spaces == text.length()) break;
                char c = text.charAt(spaces);
                if (c == '\n' || c == '#') break;
                if (c == ':' && (spaces + 1 == text.length() || text.charAt(spaces + 1) == ' '
                        || text.charAt(spaces + 1) == '\n')) {
                    break;
                }
                pos = spaces;
            }
            pos = end;
            value = text.substring(begin, end);
            style = ScalarStyle.PLAIN;
        }
        if (key && (pos >= text.length() || !(isValueIndicator() || text.charAt(pos) == ' '))) throw OUTSIDE;
        events.add(new ScalarEvent(Optional.empty(), Optional.empty(),
                style == ScalarStyle.PLAIN ? PLAIN_IMPLICIT : QUOTED_IMPLICIT, value, style, start, mark()));
    }

    private ScalarEvent emptyScalar(Optional<Mark> at) {
        return new ScalarEvent(Optional.empty(), Optional.empty(), PLAIN_IMPLICIT, "", ScalarStyle.PLAIN, at, at);
    }

    /** A key scalar as an event, then spaces up to its {@code :}: false (and events to drop) when there is none. */
    private boolean key() {
        int start = pos;
        scalar(true);
        skipSpaces();
        return isValueIndicator() && pos - start <= MAX_KEY_LENGTH;
    }

    /** A key starts at the position (which does not move). */
    private boolean isKey() {
        int save = pos;
        int saveEvents = events.size();
        try {
            return key();
        } catch (Outside notAKey) {
            return false;
        } finally {
            pos = save;
            while (events.size() > saveEvents) events.remove(events.size() - 1);
        }
    }

    /** {@code -} followed by a space, a line break or the end. */
    private boolean isEntry() {
        return pos < text.length() && text.charAt(pos) == '-' && isBlankOrEnd(pos + 1);
    }

    /** {@code :} followed by a space, a line break or the end. */
    private boolean isValueIndicator() {
        return pos < text.length() && text.charAt(pos) == ':' && isBlankOrEnd(pos + 1);
    }

    private boolean isBlankOrEnd(int at) {
        return at >= text.length() || text.charAt(at) == ' ' || text.charAt(at) == '\n';
    }

    /** Spaces, then a comment (after at least one space), a line break or the end. */
    private boolean restOfLineIsEmpty() {
        int start = pos;
        skipSpaces();
        if (pos == text.length() || text.charAt(pos) == '\n') return true;
        if (text.charAt(pos) == '#' && pos > start) {
            skipComment();
            return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') pos++;
    }

    private void skipComment() {
        while (pos < text.length() && text.charAt(pos) != '\n') pos++;
    }

    /** Past spaces, comments and line breaks to the next content or the end; document markers are outside. */
    private void skipToContent() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ') {
                pos++;
            } else if (c == '#') {
                skipComment();
            } else if (c == '\n') {
                pos++;
                line++;
                lineStart = pos;
            } else {
                break;
            }
        }
        if (pos < text.length() && pos == lineStart && (text.startsWith("---", pos) || text.startsWith("...", pos)
                || text.charAt(pos) == '%')) {
            throw OUTSIDE;
        }
    }

    private int column() {
        return pos - lineStart;
    }

    private Optional<Mark> mark() {
        return mark(pos);
    }

    private Optional<Mark> mark(int at) {
        return Optional.of(new Mark("reader", at, line, at - lineStart, NO_BUFFER, 0));
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return hasNext() && events.get(next).getEventId() == id;
    }

    @Override
    public Event peekEvent() {
        if (!hasNext()) throw new NoSuchElementException("no more events");
        return events.get(next);
    }

    @Override
    public boolean hasNext() {
        return next < events.size();
    }

    @Override
    public Event next() {
        Event event = peekEvent();
        events.set(next++, null);
        return event;
    }
}
