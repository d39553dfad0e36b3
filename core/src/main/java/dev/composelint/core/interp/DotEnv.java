package dev.composelint.core.interp;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.fs.WorkspaceFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The {@code .env} / {@code env_file} parser of Compose (compose-go {@code dotenv}): {@code KEY=value} or
 * {@code KEY: value} lines, an optional {@code export }, comments, single-quoted literal values, double-quoted
 * values with escapes, and {@code $} interpolation that looks up the given environment first and then the keys
 * defined earlier in the file. Like Compose, parsing stops at the first error.
 */
public final class DotEnv {

    /**
     * The variables in file order, where each was defined, and the problems found. {@code values} preserves the
     * order of first definition; a later definition of the same key wins.
     */
    public record Parsed(Map<String, String> values, Map<String, Source> keySources, List<Finding> diagnostics) {

        public Parsed {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
            keySources = Collections.unmodifiableMap(new LinkedHashMap<>(keySources));
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** The largest env file read: 4 MiB. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    /** The most characters the values of one env file may hold after interpolation: 16 MiB. */
    public static final long MAX_EXPANDED_CHARS = 16L * 1024 * 1024;

    private final Path file;
    private final String text;
    private long expandedChars;
    private final Function<String, String> lookup;
    private final int[] lineStarts;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Source> keySources = new LinkedHashMap<>();
    private final List<Finding> diagnostics = new ArrayList<>();

    private DotEnv(Path file, String text, Function<String, String> lookup) {
        this.file = file;
        this.text = text;
        this.lookup = lookup;
        this.lineStarts = lineStarts(text);
    }

    /**
     * Reads and parses {@code file} through {@link WorkspaceFiles#readRegular} (a regular file of at most
     * {@link #MAX_FILE_BYTES}; a FIFO or device is never opened); a file that cannot be read gives an
     * {@link Diagnostics#IO} error.
     */
    public static Parsed read(Path file, Function<String, String> lookup) {
        return read(file, null, lookup);
    }

    /** {@link #read(Path, Function)} through a run's file source (its buffers and cache; null: the disk). */
    public static Parsed read(Path file, WorkspaceFiles files, Function<String, String> lookup) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(lookup, "lookup");
        WorkspaceFiles.Content content = files == null ? WorkspaceFiles.readRegular(file, MAX_FILE_BYTES)
                : files.content(file, MAX_FILE_BYTES);
        if (content.ok()) return parse(file, new String(content.bytes(), StandardCharsets.UTF_8), lookup);
        String where = file.toAbsolutePath().toString();
        String problem = switch (content.problem()) {
            case DIRECTORY -> "env file is a directory: " + where;
            case MISSING -> "couldn't find env file: " + where;
            default -> "cannot read env file: " + WorkspaceFiles.message(file.toAbsolutePath(), content.problem(),
                    content.detail());
        };
        Finding finding = new Finding(Diagnostics.IO, Severity.ERROR, problem, Source.file(file));
        return new Parsed(Map.of(), Map.of(), List.of(finding));
    }

    /** Parses {@code content} read from {@code file}; {@code lookup} returns null for a variable that is not set. */
    public static Parsed parse(Path file, String content, Function<String, String> lookup) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(lookup, "lookup");
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        DotEnv parser = new DotEnv(file, text, lookup);
        parser.parseStatements();
        return new Parsed(parser.values, parser.keySources, parser.diagnostics);
    }

    private void parseStatements() {
        int pos = 0;
        while ((pos = statementStart(pos)) < text.length()) {
            pos = parseStatement(pos);
            if (pos < 0) return;
        }
    }

    /** Skips white space (newlines included) and comment lines; returns the start of the next statement. */
    private int statementStart(int from) {
        int pos = from;
        while (pos < text.length()) {
            int c = text.codePointAt(pos);
            if (c == '#') {
                int newline = text.indexOf('\n', pos);
                if (newline < 0) return text.length();
                pos = newline;
            } else if (GoText.isSpace(c)) {
                pos += Character.charCount(c);
            } else {
                return pos;
            }
        }
        return pos;
    }

    /** Parses one statement; returns where the next one may start, or -1 after an error. */
    private int parseStatement(int start) {
        int keyStart = skipExport(start);
        int separator = keyStart;
        while (separator < text.length()) {
            int c = text.codePointAt(separator);
            if (c == '=' || c == ':' || c == '\n') break;
            if (!isSpaceInLine(c) && !isKeyChar(c)) {
                // Compose quotes the whole line; the value in it may be a secret, so only the name is shown
                String name = nameBefore(keyStart);
                return fail(Diagnostics.COMPOSE, separator, "unexpected character "
                        + GoText.quote(new String(Character.toChars(c))) + " in variable name " + GoText.quote(name));
            }
            separator += Character.charCount(c);
        }
        String key = trimRight(text.substring(keyStart, separator));
        if (key.indexOf(' ') >= 0) {
            return fail(Diagnostics.COMPOSE, keyStart, "key cannot contain a space");
        }
        if (separator == text.length() || text.charAt(separator) == '\n') {
            String inherited = lookup.apply(key);
            if (inherited != null) define(key, keyStart, inherited);
            return separator + 1;
        }
        int valueStart = separator + 1;
        while (valueStart < text.length() && isSpaceInLine(text.codePointAt(valueStart))) {
            valueStart += Character.charCount(text.codePointAt(valueStart));
        }
        char first = valueStart < text.length() ? text.charAt(valueStart) : 0;
        return first == '"' || first == '\''
                ? parseQuoted(key, keyStart, valueStart, first)
                : parseUnquoted(key, keyStart, valueStart);
    }

    private int skipExport(int start) {
        int afterWord = start + "export".length();
        if (!text.startsWith("export", start) || afterWord >= text.length()
                || " \t\n\f\r".indexOf(text.charAt(afterWord)) < 0) {
            return start;
        }
        int pos = afterWord;
        while (pos < text.length() && isSpaceInLine(text.codePointAt(pos))) {
            pos += Character.charCount(text.codePointAt(pos));
        }
        return pos;
    }

    private int parseUnquoted(String key, int keyStart, int valueStart) {
        int lineEnd = lineEnd(valueStart);
        String value = text.substring(valueStart, lineEnd);
        int comment = value.indexOf(" #");
        if (comment >= 0) value = value.substring(0, comment);
        String expanded = expand(key, trimRight(value), valueStart);
        if (expanded == null) return -1;
        define(key, keyStart, expanded);
        return lineEnd + 1;
    }

    private int parseQuoted(String key, int keyStart, int quoteAt, char quote) {
        StringBuilder raw = new StringBuilder();
        boolean escaped = false;
        for (int i = quoteAt + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (escaped) {
                escaped = false;
                if (c != quote) raw.append('\\');
                raw.append(c);
            } else if (c == '\\') {
                escaped = true;
            } else if (c == quote) {
                String value = raw.toString();
                if (quote == '"') {
                    value = expand(key, unescape(value), quoteAt);
                    if (value == null) return -1;
                }
                define(key, keyStart, value);
                return lineEnd(i + 1) + 1; // the rest of the closing line is ignored
            } else {
                raw.append(c);
            }
        }
        return fail(Diagnostics.COMPOSE, quoteAt, "unterminated quoted value of " + key);
    }

    /** Interpolates the value of {@code key}; on error reports it at {@code at}, naming only the key, and returns null. */
    private String expand(String key, String value, int at) {
        Interpolator.Result result = Interpolator.interpolate(value, name -> {
            String fromEnvironment = lookup.apply(name);
            return fromEnvironment != null ? fromEnvironment : values.get(name);
        });
        if (!result.failed()) {
            expandedChars += result.value().length();
            if (expandedChars <= MAX_EXPANDED_CHARS) return result.value();
            fail(Diagnostics.INTERPOLATION, at, "the values of this env file expand to more than "
                    + MAX_EXPANDED_CHARS + " characters; the rest of the file is not read");
            return null;
        }
        Interpolator.Error error = result.error();
        String message = switch (error.kind()) {
            case REQUIRED_MISSING -> error.message();
            case LIMIT -> "interpolation stopped: " + error.message() + "; the rest of the file is not read";
            default -> "invalid interpolation format in the value of " + key
                    + "; you may need to escape any $ with another $";
        };
        fail(Diagnostics.INTERPOLATION, at, message);
        return null;
    }

    /**
     * Double-quote escapes: {@code \a \b \f \n \r \t \v \\ \"}, {@code \$} (a literal dollar) and octal
     * {@code \0NNN}. Any other backslash stays; so does an octal escape that is not three octal digits below 0400,
     * minus its {@code 0}, as in compose-go.
     */
    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c != '\\' || i + 1 >= value.length()) {
                out.append(c);
                i++;
                continue;
            }
            char next = value.charAt(i + 1);
            if (next == '0') {
                int end = i + 2;
                while (end < value.length() && end < i + 5 && value.charAt(end) >= '0' && value.charAt(end) <= '9') end++;
                String digits = value.substring(i + 2, end);
                boolean octal = digits.length() == 3 && digits.chars().allMatch(d -> d <= '7')
                        && Integer.parseInt(digits, 8) <= 0377;
                out.append(octal ? String.valueOf((char) Integer.parseInt(digits, 8)) : "\\" + digits);
                i = end;
                continue;
            }
            String replacement = switch (next) {
                case 'a' -> "\u0007";
                case 'b' -> "\b";
                case 'f' -> "\f";
                case 'n' -> "\n";
                case 'r' -> "\r";
                case 't' -> "\t";
                case 'v' -> "\u000B";
                case '\\' -> "\\";
                case '"' -> "\"";
                case '$' -> "$$";
                default -> null;
            };
            if (replacement == null) {
                out.append(c);
                i++;
            } else {
                out.append(replacement);
                i += 2;
            }
        }
        return out.toString();
    }

    private void define(String key, int keyStart, String value) {
        values.put(key, value);
        keySources.put(key, source(keyStart));
    }

    private int fail(String ruleId, int at, String message) {
        diagnostics.add(new Finding(ruleId, Severity.ERROR, "line " + source(at).line() + ": " + message, source(at)));
        return -1;
    }

    private Source source(int index) {
        int found = Arrays.binarySearch(lineStarts, index);
        int line = found >= 0 ? found : -found - 2;
        int column = text.codePointCount(lineStarts[line], index) + 1;
        return Source.of(file, line + 1, column);
    }

    /** The text of a statement up to its {@code =} or {@code :}: the name part, without the value. */
    private String nameBefore(int from) {
        int end = from;
        while (end < text.length() && "=:\n".indexOf(text.charAt(end)) < 0) end++;
        return text.substring(from, end).strip();
    }

    private int lineEnd(int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }


    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Go's {@code strings.TrimRightFunc(s, unicode.IsSpace)}. */
    private static String trimRight(String s) {
        int end = s.length();
        while (end > 0) {
            int c = s.codePointBefore(end);
            if (!GoText.isSpace(c)) break;
            end -= Character.charCount(c);
        }
        return s.substring(0, end);
    }

    /** White space within a line: compose-go's {@code isSpace}, which leaves out the newline. */
    private static boolean isSpaceInLine(int c) {
        return c == '\t' || c == '\u000B' || c == '\f' || c == '\r' || c == ' ' || c == '\u0085' || c == '\u00A0';
    }

    private static boolean isKeyChar(int c) {
        if (c == '_' || c == '.' || c == '-' || c == '[' || c == ']') return true;
        if (Character.isLetter(c)) return true;
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
