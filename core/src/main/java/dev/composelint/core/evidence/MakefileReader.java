package dev.composelint.core.evidence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;

/**
 * Reads a Makefile's recipe lines as shell commands after expanding the variables the file defines
 * ({@code =}, {@code :=}, {@code ::=}, {@code ?=}, {@code +=}; {@code $(VAR)}, {@code ${VAR}}, {@code $$}).
 * Each recipe line runs in a shell of its own, as make runs it; {@code export}ed variables are its environment.
 * What make cannot know without running something ({@code $(shell ...)}, automatic variables, undefined
 * variables) stays unresolved.
 */
final class MakefileReader {

    /** What an unknown make expansion becomes: a command substitution, which the shell reader leaves unresolved. */
    private static final String UNKNOWN = "$(make)";
    private static final int MAX_DEPTH = 16;
    /** Expansion stops when a line grows past this (self-multiplying variables). */
    private static final int MAX_EXPANSION = 64 * 1024;
    private static final Pattern BLANKS = Pattern.compile("[ \t]+");

    private record Line(Snippet text, boolean recipe) {
    }

    private final Collector collector;
    private final SourceText source;
    private final Path directory;
    private final Map<String, String> variables = new HashMap<>();
    private final Set<String> exported = new LinkedHashSet<>();

    private MakefileReader(Collector collector, SourceText source) {
        this.collector = collector;
        this.source = source;
        this.directory = source.file.getParent();
    }

    static void read(Collector collector, SourceText source) {
        new MakefileReader(collector, source).read();
    }

    private void read() {
        List<Line> lines = logicalLines();
        List<Snippet> recipes = new ArrayList<>();
        boolean inDefine = false;
        boolean inRule = false;
        for (Line line : lines) {
            String text = line.text().text();
            String stripped = text.strip();
            if (inDefine) {
                if (stripped.equals("endef")) inDefine = false;
                continue;
            }
            if (line.recipe() && inRule) {
                recipes.add(line.text());
                continue;
            }
            if (stripped.startsWith("define ")) {
                inDefine = true;
                String[] words = BLANKS.split(stripped.substring("define ".length()).strip());
                variables.put(words[0], UNKNOWN);
                continue;
            }
            if (definition(stripped)) {
                inRule = false;
            } else if (isRule(stripped)) {
                inRule = true;
            }
        }
        Map<String, String> environment = new LinkedHashMap<>();
        for (String name : exported) {
            String value = variables.get(name);
            if (value == null) continue;
            Snippet expanded = new Snippet();
            expand(value, i -> 0, expanded, 0);
            String text = expanded.text().replace("$$", "$");
            environment.put(name, text.contains("$") ? null : text);
        }
        for (Snippet recipe : recipes) {
            Snippet expanded = new Snippet();
            expand(recipe.text(), recipe::origin, expanded, 0);
            new ShellSession(collector, source, ShellSession.Origin.MAKE, null, environment).run(expanded);
        }
    }

    /** Joins backslash-continued lines; recipe lines keep the continuation for the shell, others get a blank. */
    private List<Line> logicalLines() {
        List<Line> lines = new ArrayList<>();
        int index = 0;
        while (index < source.lineCount()) {
            int start = source.lineStart(index);
            int end = source.lineEnd(index);
            boolean recipe = end > start && source.content.charAt(start) == '\t';
            if (end - start > EvidenceScanner.MAX_LINE) {
                index++;
                continue;
            }
            Snippet text = new Snippet();
            int from = start;
            if (recipe) {
                from++;
                while (from < end && "@-+ \t".indexOf(source.content.charAt(from)) >= 0) from++;
            }
            while (true) {
                boolean continued = end > from && source.content.charAt(end - 1) == '\\';
                text.appendRange(source, from, continued && !recipe ? end - 1 : end);
                index++;
                if (!continued || index >= source.lineCount()) break;
                text.append(recipe ? '\n' : ' ', end);
                from = source.lineStart(index);
                end = source.lineEnd(index);
                if (recipe && from < end && source.content.charAt(from) == '\t') from++;
                if (end - from > EvidenceScanner.MAX_LINE) break;
            }
            lines.add(new Line(text, recipe));
        }
        return lines;
    }

    /** A rule line: {@code targets: prerequisites}, not a directive. */
    private static boolean isRule(String line) {
        if (line.isEmpty() || line.startsWith("#")) return false;
        for (String directive : List.of("ifeq", "ifneq", "ifdef", "ifndef", "else", "endif", "include", "-include",
                "sinclude", "vpath", "unexport")) {
            if (line.startsWith(directive + " ") || line.equals(directive)) return false;
        }
        return line.indexOf(':') > 0;
    }

    /** Records {@code [export|override] NAME op value} and {@code export NAME}; false when it is neither. */
    private boolean definition(String line) {
        if (line.isEmpty() || line.startsWith("#")) return false;
        boolean export = false;
        String rest = line;
        while (true) {
            if (rest.startsWith("export ")) {
                export = true;
                rest = rest.substring("export ".length()).stripLeading();
            } else if (rest.startsWith("override ")) {
                rest = rest.substring("override ".length()).stripLeading();
            } else {
                break;
            }
        }
        int nameEnd = 0;
        while (nameEnd < rest.length() && " \t:=?+!#".indexOf(rest.charAt(nameEnd)) < 0) nameEnd++;
        String name = rest.substring(0, nameEnd);
        if (name.isEmpty() || name.contains("$")) return false;
        int op = nameEnd;
        while (op < rest.length() && (rest.charAt(op) == ' ' || rest.charAt(op) == '\t')) op++;
        String operator = null;
        for (String candidate : List.of("::=", ":::=", ":=", "?=", "+=", "!=", "=")) {
            if (rest.startsWith(candidate, op)) {
                operator = candidate;
                break;
            }
        }
        if (operator == null) {
            if (export && op >= rest.length()) {
                exported.add(name);
                return true;
            }
            return false;
        }
        String value = stripComment(rest.substring(op + operator.length())).strip();
        switch (operator) {
            case "?=" -> variables.putIfAbsent(name, value);
            case "+=" -> variables.merge(name, value, (before, added) -> before.isEmpty() ? added : before + " " + added);
            case "!=" -> variables.put(name, UNKNOWN);
            default -> variables.put(name, value);
        }
        if (export) exported.add(name);
        return true;
    }

    private static String stripComment(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) == '\\') {
                i++;
            } else if (value.charAt(i) == '#') {
                return value.substring(0, i);
            }
        }
        return value;
    }

    /** Appends {@code text} with make's references expanded; {@code origin} maps an index of text to the file. */
    private void expand(String text, IntUnaryOperator origin, Snippet out, int depth) {
        int i = 0;
        while (i < text.length()) {
            if (out.length() > MAX_EXPANSION) {
                out.append(UNKNOWN, origin.applyAsInt(i));
                return;
            }
            char c = text.charAt(i);
            if (c != '$' || i + 1 >= text.length()) {
                out.append(c, origin.applyAsInt(i));
                i++;
                continue;
            }
            char next = text.charAt(i + 1);
            int at = origin.applyAsInt(i);
            if (next == '$') {
                out.append('$', at);
                i += 2;
            } else if (next == '(' || next == '{') {
                int close = closing(text, i + 1, next, next == '(' ? ')' : '}');
                String reference = text.substring(i + 2, Math.min(close, text.length()));
                String value = reference(reference, depth);
                if (value == null || depth >= MAX_DEPTH) {
                    out.append(UNKNOWN, at);
                } else {
                    expand(value, k -> at, out, depth + 1);
                }
                i = close + 1;
            } else {
                out.append(UNKNOWN, at);
                i += 2;
            }
        }
    }

    /** The unexpanded text a {@code $(reference)} stands for, or null when it is unknown. */
    private String reference(String reference, int depth) {
        if (reference.equals("CURDIR") || reference.equals("shell pwd") || reference.contains("MAKEFILE_LIST")) {
            return directory.toString() + (reference.contains("MAKEFILE_LIST") ? "/" : "");
        }
        if (reference.contains("git rev-parse --show-toplevel")) return collector.root.toString();
        if (reference.indexOf(' ') >= 0 || reference.indexOf(',') >= 0 || reference.indexOf(':') >= 0) return null;
        return variables.get(reference);
    }

    private static int closing(String text, int open, char opening, char closing) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == opening) depth++;
            if (c == closing && --depth == 0) return i;
        }
        return text.length();
    }
}
