package dev.composelint.core.fix;

import dev.composelint.core.Fix;
import dev.composelint.core.Source;
import dev.composelint.core.fs.WorkspaceFiles;
import dev.composelint.core.model.FileLayout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Computes text edits on a block-style compose file as written: where a top-level key's entries end, the file's
 * indentation unit, the lines of a key with the comments that belong to it. Rules use it to build fixes; an edit
 * it cannot place safely (flow style it does not understand, an anchor on the key) is not offered.
 */
public final class YamlEdits {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    /** Plain scalars YAML reads as numbers ({@code 11}, {@code 1e3}, {@code 0x1F}, {@code 1_000}, {@code 1.5}). */
    private static final Pattern NUMBER_LIKE = Pattern.compile(
            "0x[0-9a-fA-F_]+|0o[0-7_]+|[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?");

    private final Path file;
    private final TextEdits text;
    private final List<String> lines = new ArrayList<>();

    public YamlEdits(Path file, String body) {
        this.file = file;
        this.text = new TextEdits(body);
        for (int line = 1; line <= text.lineCount(); line++) {
            lines.add(body.substring(text.offset(line, 1), text.contentEnd(line)));
        }
    }

    /**
     * The edits helper of a workspace file, with the text the run linted: through the run's file source
     * ({@code files}: its cached bytes, or the unsaved buffer), so edit offsets match the positions of findings.
     * Empty when the file is outside the boundary, unreadable, larger than {@link Fixer#MAX_FILE_BYTES} or not
     * UTF-8.
     */
    public static Optional<YamlEdits> read(WorkspaceFiles files, Path file) {
        WorkspaceFiles.Content content = files.read(file, Fixer.MAX_FILE_BYTES);
        if (!content.ok()) return Optional.empty();
        return FileText.decode(content.bytes()).map(t -> new YamlEdits(file, t.body()));
    }

    /** Files read once per rule run, for rules that build many fixes in one file. */
    public static final class Cache {
        private final WorkspaceFiles source;
        private final Map<Path, Optional<YamlEdits>> files = new java.util.HashMap<>();

        public Cache(WorkspaceFiles source) {
            this.source = source;
        }

        public Optional<YamlEdits> get(Path file) {
            return files.computeIfAbsent(file, f -> read(source, f));
        }
    }

    /** True when {@code name} can be written as a plain YAML key without quotes. */
    public static boolean plainName(String name) {
        return name != null && PLAIN_NAME.matcher(name).matches() && !NUMBER_LIKE.matcher(name).matches()
                && !name.matches("(?i)true|false|yes|no|on|off|null|~|y|n");
    }

    /** The text of a 1-based line, without its line break. */
    public String line(int line) {
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }

    private static boolean blank(String line) {
        return line.isBlank();
    }

    private static boolean comment(String line) {
        return line.stripLeading().startsWith("#");
    }

    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') i++;
        return i;
    }

    /** The smallest indentation the file uses (its unit), 2 when it has no indented line. */
    public int indentUnit() {
        int unit = Integer.MAX_VALUE;
        for (String line : lines) {
            if (blank(line) || comment(line)) continue;
            int indent = indentation(line);
            if (indent > 0 && !line.stripLeading().startsWith("- ")) unit = Math.min(unit, indent);
        }
        return unit == Integer.MAX_VALUE ? 2 : unit;
    }

    private Source point(int line, int column) {
        return new Source(file, line, column, line, column);
    }

    /**
     * Removes whole lines {@code first..last} (1-based, inclusive) with their line breaks, and comment lines just
     * above them that {@code ownComment} accepts.
     */
    public Fix.Edit removeLines(int first, int last, Pattern ownComment) {
        int start = first;
        while (start > 1 && comment(line(start - 1)) && ownComment != null && ownComment.matcher(line(start - 1)).find()) {
            start--;
        }
        int end = last + 1;
        boolean atTop = true;
        for (int l = 1; l < start; l++) {
            if (!blank(line(l)) && !comment(line(l))) atTop = false;
        }
        if (atTop && end <= lines.size() && blank(line(end)) && end < lines.size()) end++;
        if (end > lines.size()) {
            // the last line: also remove the break before it, so the file keeps its final-newline state
            if (start > 1) {
                int previous = start - 1;
                return new Fix.Edit(new Source(file, previous, line(previous).codePointCount(0, line(previous).length()) + 1,
                        last, line(last).codePointCount(0, line(last).length()) + 1), "");
            }
            return new Fix.Edit(new Source(file, start, 1, last, line(last).codePointCount(0, line(last).length()) + 1), "");
        }
        return new Fix.Edit(new Source(file, start, 1, end, 1), "");
    }

    /**
     * Declares entries under a top-level key. When {@code keyLine} is 0 the key is created above the top-level key
     * on {@code beforeLine} (with the comments that lead into it), or at the end of the file when that is 0 too.
     * Each entry is a name with its own settings (key to plain scalar text), written with the file's indentation.
     * Empty when the key's value is not a block mapping or null that can be extended line by line.
     */
    public Optional<Fix.Edit> declare(String topKey, int keyLine, int beforeLine,
                                      Map<String, Map<String, String>> entries) {
        if (entries.isEmpty()) return Optional.empty();
        int unit = indentUnit();
        if (keyLine <= 0) {
            StringBuilder block = new StringBuilder();
            if (beforeLine > 0) {
                block.append(topKey).append(":\n");
                appendEntries(block, unit, unit, entries);
                if (separatesTopLevelKeys()) block.append('\n');
                return Optional.of(insertBefore(leadingComments(beforeLine), block.toString()));
            }
            if (separatesTopLevelKeys()) block.append('\n');
            block.append(topKey).append(":\n");
            appendEntries(block, unit, unit, entries);
            return Optional.of(atEnd(block.toString()));
        }
        String header = line(keyLine);
        if (indentation(header) != 0 || !header.startsWith(topKey)) return Optional.empty();
        String rest = header.substring(topKey.length()).stripLeading();
        if (!rest.startsWith(":")) return Optional.empty();
        String value = rest.substring(1).strip();
        if (!value.isEmpty() && !value.startsWith("#")) return Optional.empty();
        int last = keyLine;
        int childIndent = 0;
        for (int l = keyLine + 1; l <= lines.size(); l++) {
            String line = line(l);
            if (blank(line)) continue;
            if (indentation(line) == 0 && (!comment(line) || endsBlock(l))) break;
            if (indentation(line) == 0) continue;
            if (childIndent == 0 && !comment(line)) childIndent = indentation(line);
            last = l;
        }
        if (childIndent == 0) childIndent = unit;
        StringBuilder block = new StringBuilder();
        appendEntries(block, childIndent, unit, entries);
        if (last == lines.size() && !endsWithBreak()) {
            return Optional.of(new Fix.Edit(pointAfter(last), "\n" + block.substring(0, block.length() - 1)));
        }
        return Optional.of(new Fix.Edit(point(last + 1, 1), block.toString()));
    }

    /** True when the file puts a blank line before its top-level keys. */
    private boolean separatesTopLevelKeys() {
        for (int l = 2; l <= lines.size(); l++) {
            String line = line(l);
            if (!blank(line) && !comment(line) && indentation(line) == 0 && !line.startsWith("---")) {
                return blank(line(l - 1));
            }
        }
        return false;
    }

    /** A top-level comment ends the block when the next content line is top-level too. */
    private boolean endsBlock(int commentLine) {
        for (int l = commentLine + 1; l <= lines.size(); l++) {
            if (blank(line(l)) || comment(line(l)) && indentation(line(l)) == 0) continue;
            return indentation(line(l)) == 0;
        }
        return true;
    }

    private static void appendEntries(StringBuilder block, int indent, int unit,
                                      Map<String, Map<String, String>> entries) {
        for (Map.Entry<String, Map<String, String>> entry : entries.entrySet()) {
            block.append(" ".repeat(indent)).append(entry.getKey()).append(':');
            block.append(entry.getValue().isEmpty() ? " {}\n" : "\n");
            for (Map.Entry<String, String> setting : entry.getValue().entrySet()) {
                block.append(" ".repeat(indent + unit)).append(setting.getKey()).append(": ")
                        .append(setting.getValue()).append('\n');
            }
        }
    }

    private boolean endsWithBreak() {
        String body = text.text();
        return body.endsWith("\n") || body.endsWith("\r");
    }

    private Source pointAfter(int line) {
        int column = line(line).codePointCount(0, line(line).length()) + 1;
        return point(line, column);
    }

    /** Appends a block at the end of the file, separated by one line break, keeping the final-newline state. */
    private Fix.Edit atEnd(String block) {
        int last = lines.size();
        if (endsWithBreak()) {
            // the text after the final break is an empty last line
            return new Fix.Edit(point(last, 1), block);
        }
        return new Fix.Edit(pointAfter(last), "\n" + block.substring(0, block.length() - 1));
    }

    /**
     * Inserts a top-level {@code key: value} line before the top-level key on {@code keyLine}, above the comment
     * lines that lead into that key, separated by a blank line when the file separates its top-level keys.
     */
    public Fix.Edit insertTopLevel(int keyLine, String key, String value) {
        int at = leadingComments(keyLine);
        String text = key + ": " + value + "\n" + (separatesTopLevelKeys() ? "\n" : "");
        return insertBefore(at, text);
    }

    /** The first line of the top-level comment lines just above {@code keyLine}, else {@code keyLine}. */
    private int leadingComments(int keyLine) {
        int at = keyLine;
        while (at > 1 && comment(line(at - 1)) && indentation(line(at - 1)) == 0) at--;
        return at;
    }

    /**
     * Rewrites a one-line scalar at {@code at} (its text {@code text}, written with {@code from}) with the quoting
     * {@code to}; empty when the file does not hold exactly that spelling there, or the text needs escapes.
     */
    public Optional<Fix.Edit> requote(Source at, String text, FileLayout.Quote from, FileLayout.Quote to) {
        if (at == null || !at.hasEnd() || at.endLine() != at.line() || text == null) return Optional.empty();
        String current = spelled(text, from);
        String wanted = spelled(text, to);
        if (current == null || wanted == null) return Optional.empty();
        String line = line(at.line());
        int length = line.codePointCount(0, line.length());
        if (at.column() < 1 || at.endColumn() - 1 > length || at.endColumn() <= at.column()) return Optional.empty();
        String written = line.substring(line.offsetByCodePoints(0, at.column() - 1),
                line.offsetByCodePoints(0, at.endColumn() - 1));
        if (!written.equals(current)) return Optional.empty();
        return Optional.of(replace(at.line(), at.column(), at.endColumn(), wanted));
    }

    private static String spelled(String text, FileLayout.Quote quote) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '\\' || c == 0x7F) return null;
        }
        return switch (quote) {
            case NONE -> text;
            case SINGLE -> "'" + text.replace("'", "''") + "'";
            case DOUBLE -> text.indexOf('"') >= 0 ? null : "\"" + text + "\"";
            case BLOCK -> null;
        };
    }

    /** Replaces columns {@code from..to} (1-based, end exclusive) of one line. */
    public Fix.Edit replace(int line, int from, int to, String replacement) {
        return new Fix.Edit(new Source(file, line, from, line, to), replacement);
    }

    /** Inserts whole lines before {@code line} (1-based; the line after the last inserts at the end). */
    public Fix.Edit insertBefore(int line, String lines) {
        if (line > this.lines.size()) return atEnd(lines);
        return new Fix.Edit(point(line, 1), lines);
    }
}
