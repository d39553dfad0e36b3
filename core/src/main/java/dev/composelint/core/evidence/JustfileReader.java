package dev.composelint.core.evidence;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a justfile: {@code name := "value"} variables (quoted literals only) and recipe bodies, with
 * {@code {{name}}} interpolated. just runs every recipe line in a shell of its own, in the justfile's directory;
 * a recipe whose body starts with a shebang is one script.
 */
final class JustfileReader {

    private static final String UNKNOWN = "$(just)";

    private final Collector collector;
    private final SourceText source;
    private final Path directory;
    private final Map<String, String> variables = new HashMap<>();
    private final Map<String, String> exported = new LinkedHashMap<>();

    private JustfileReader(Collector collector, SourceText source) {
        this.collector = collector;
        this.source = source;
        this.directory = source.file.getParent();
    }

    static void read(Collector collector, SourceText source) {
        JustfileReader reader = new JustfileReader(collector, source);
        reader.readVariables();
        reader.readRecipes();
    }

    private void readVariables() {
        for (int index = 0; index < source.lineCount(); index++) {
            String line = source.line(index);
            if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.length() > EvidenceScanner.MAX_LINE) {
                continue;
            }
            boolean export = line.startsWith("export ");
            String rest = export ? line.substring("export ".length()).stripLeading() : line;
            int op = rest.indexOf(":=");
            if (op <= 0) continue;
            String name = rest.substring(0, op).strip();
            if (!ShellSession.isName(name.replace('-', '_'))) continue;
            String value = literal(rest.substring(op + 2).strip());
            variables.put(name, value);
            if (export) exported.put(name, value);
        }
    }

    /** A quoted string literal's value, or null for anything just would have to evaluate. */
    private static String literal(String expression) {
        int comment = expression.indexOf(" #");
        String text = comment >= 0 ? expression.substring(0, comment).strip() : expression;
        if (text.length() < 2) return null;
        char quote = text.charAt(0);
        if ((quote != '"' && quote != '\'') || text.charAt(text.length() - 1) != quote) return null;
        String inner = text.substring(1, text.length() - 1);
        if (inner.indexOf(quote) >= 0) return null;
        return quote == '"' ? inner.replace("\\\\", "\\").replace("\\n", "\n").replace("\\t", "\t") : inner;
    }

    private void readRecipes() {
        int index = 0;
        while (index < source.lineCount()) {
            String line = source.line(index);
            index++;
            if (!isRecipeHeader(line)) continue;
            int bodyStart = index;
            int bodyEnd = index;
            while (bodyEnd < source.lineCount()) {
                String body = source.line(bodyEnd);
                if (!body.isBlank() && !Character.isWhitespace(body.charAt(0))) break;
                bodyEnd++;
            }
            recipe(bodyStart, bodyEnd);
            index = bodyEnd;
        }
    }

    private static boolean isRecipeHeader(String line) {
        if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.length() > EvidenceScanner.MAX_LINE) {
            return false;
        }
        char first = line.charAt(0);
        if (first == '#' || first == '[' || line.contains(":=")) return false;
        for (String keyword : new String[] {"set ", "alias ", "import ", "mod ", "export "}) {
            if (line.startsWith(keyword)) return false;
        }
        int colon = line.indexOf(':');
        return colon > 0 && (first == '@' || first == '_' || Character.isLetter(first));
    }

    private void recipe(int from, int to) {
        int first = from;
        while (first < to && source.line(first).isBlank()) first++;
        if (first >= to) return;
        boolean shebang = source.line(first).strip().startsWith("#!");
        Snippet snippet = new Snippet();
        for (int index = first; index < to; index++) {
            int start = source.lineStart(index);
            int end = source.lineEnd(index);
            if (end - start > EvidenceScanner.MAX_LINE) continue;
            int at = start;
            while (at < end && Character.isWhitespace(source.content.charAt(at))) at++;
            if (!shebang) {
                while (at < end && (source.content.charAt(at) == '@' || source.content.charAt(at) == '-')) at++;
            }
            snippet.appendRange(source, at, end);
            snippet.append('\n', end);
            boolean continued = end > at && source.content.charAt(end - 1) == '\\';
            if (!shebang && !continued) {
                run(new ShellSession(collector, source, ShellSession.Origin.JUST, directory, exported), snippet);
                snippet = new Snippet();
            }
        }
        if (snippet.length() > 0) {
            run(new ShellSession(collector, source, ShellSession.Origin.JUST, directory, exported), snippet);
        }
    }

    private void run(ShellSession session, Snippet snippet) {
        session.run(snippet.replaceTemplates("{{", "}}", this::interpolate));
    }

    private String interpolate(String expression) {
        if (expression.equals("justfile_directory()") || expression.equals("justfile_dir()")) {
            return directory.toString();
        }
        String value = variables.get(expression);
        return value != null ? value : UNKNOWN;
    }
}
