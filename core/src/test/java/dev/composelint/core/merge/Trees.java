package dev.composelint.core.merge;

import dev.composelint.core.Source;
import dev.composelint.core.yaml.MergeTag;
import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds YAML trees from a compact flow notation and renders them back, for tests that must not depend on the
 * YAML reader. {@code {k: v, ...}} mappings, {@code [a, b]} sequences, {@code "..."} strings; a bare word is null
 * ({@code null}, {@code ~} or nothing), a boolean, an integer, a decimal or else a string; {@code !reset } and
 * {@code !override } tag the value after them. Every node's Source is line 1 of {@code file} at the node's offset
 * (+1), so two nodes of one text never share a position.
 */
final class Trees {

    static final Path BASE = Path.of("/p/compose.yaml");
    static final Path OVERRIDE = Path.of("/p/compose.override.yaml");

    private final String text;
    private final Path file;
    private int pos;

    private Trees(String text, Path file) {
        this.text = text;
        this.file = file;
    }

    static YMap base(String text) {
        return parse(text, BASE);
    }

    static YMap override(String text) {
        return parse(text, OVERRIDE);
    }

    static YMap parse(String text, Path file) {
        Trees parser = new Trees(text, file);
        YNode node = parser.value();
        parser.skipSpaces();
        if (parser.pos != text.length()) throw parser.error("trailing text");
        if (!(node instanceof YMap map)) throw parser.error("top level must be a mapping");
        return map;
    }

    /** Compact rendering with types and tags visible: strings quoted, other scalars bare, tags as prefixes. */
    static String render(YNode node) {
        String tag = switch (node.tag()) {
            case RESET -> "!reset ";
            case OVERRIDE -> "!override ";
            case NONE -> "";
        };
        if (node instanceof YMap map) {
            List<String> parts = new ArrayList<>();
            for (YEntry entry : map.entries()) {
                parts.add(entry.key() + ": " + render(entry.value()));
            }
            return tag + "{" + String.join(", ", parts) + "}";
        }
        if (node instanceof YSeq seq) {
            return tag + "[" + String.join(", ", seq.items().stream().map(Trees::render).toList()) + "]";
        }
        YScalar scalar = (YScalar) node;
        Object value = scalar.value();
        return tag + (value instanceof String s ? '"' + s + '"' : String.valueOf(value));
    }

    /** The expected tree written in the same notation, rendered. */
    static String expected(String text) {
        return render(parse(text, BASE));
    }

    private YNode value() {
        skipSpaces();
        int start = pos;
        MergeTag tag = MergeTag.NONE;
        if (text.startsWith("!reset", pos)) {
            tag = MergeTag.RESET;
            pos += "!reset".length();
        } else if (text.startsWith("!override", pos)) {
            tag = MergeTag.OVERRIDE;
            pos += "!override".length();
        }
        skipSpaces();
        Source source = Source.of(file, 1, start + 1);
        if (peek() == '{') return mapping(source).withTag(tag);
        if (peek() == '[') return sequence(source).withTag(tag);
        return scalar(source).withTag(tag);
    }

    private YMap mapping(Source source) {
        pos++;
        List<YEntry> entries = new ArrayList<>();
        skipSpaces();
        while (peek() != '}') {
            skipSpaces();
            Source keySource = Source.of(file, 1, pos + 1);
            String key = peek() == '"' ? quoted() : bare(":");
            expect(':');
            entries.add(new YEntry(key, keySource, value()));
            skipSpaces();
            if (peek() == ',') pos++;
            skipSpaces();
        }
        pos++;
        return new YMap(entries, source);
    }

    private YSeq sequence(Source source) {
        pos++;
        List<YNode> items = new ArrayList<>();
        skipSpaces();
        while (peek() != ']') {
            items.add(value());
            skipSpaces();
            if (peek() == ',') pos++;
            skipSpaces();
        }
        pos++;
        return new YSeq(items, source);
    }

    private YScalar scalar(Source source) {
        if (peek() == '"') return YScalar.string(quoted(), source);
        String word = bare(",]}");
        Object value;
        if (word.isEmpty() || word.equals("null") || word.equals("~")) value = null;
        else if (word.equals("true") || word.equals("false")) value = Boolean.valueOf(word);
        else if (word.matches("-?\\d+")) value = Long.valueOf(word);
        else if (word.matches("-?\\d+\\.\\d+")) value = Double.valueOf(word);
        else value = word;
        return new YScalar(value, word, true, source, MergeTag.NONE);
    }

    private String quoted() {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (peek() != '"') {
            if (peek() == '\\') pos++;
            sb.append(text.charAt(pos++));
        }
        pos++;
        return sb.toString();
    }

    private String bare(String stops) {
        int start = pos;
        while (pos < text.length() && stops.indexOf(text.charAt(pos)) < 0) pos++;
        return text.substring(start, pos).trim();
    }

    private void expect(char c) {
        skipSpaces();
        if (peek() != c) throw error("expected '" + c + "'");
        pos++;
    }

    private char peek() {
        if (pos >= text.length()) throw error("unexpected end");
        return text.charAt(pos);
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException(message + " at " + pos + " in: " + text);
    }
}
