package dev.composelint.core.evidence;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the shell code blocks of a Markdown file (fenced, language sh, bash, shell, console, zsh or none) as one
 * shell session, so that a {@code cd} in one block holds for the next. Prompts ({@code $ }, {@code # }) are
 * stripped; in a block that shows prompts, lines without one are output. Text outside code blocks is ignored.
 */
final class MarkdownReader {

    private static final Set<String> SHELL_LANGUAGES = Set.of("", "sh", "bash", "shell", "console", "zsh",
            "shell-session", "shellsession", "sh-session", "terminal");

    private MarkdownReader() {
    }

    static void read(Collector collector, SourceText source) {
        ShellSession session = new ShellSession(collector, source, ShellSession.Origin.DOC, null, Map.of());
        int index = 0;
        while (index < source.lineCount()) {
            String line = source.line(index);
            int indent = indentation(line);
            if (line.length() > EvidenceScanner.MAX_LINE || indent >= line.length()) {
                index++;
                continue;
            }
            char fence = line.charAt(indent);
            int width = 0;
            while (indent + width < line.length() && line.charAt(indent + width) == fence) width++;
            if ((fence != '`' && fence != '~') || width < 3) {
                index++;
                continue;
            }
            String info = line.substring(indent + width).trim();
            if (fence == '`' && info.indexOf('`') >= 0) {
                index++;
                continue;
            }
            int close = closingFence(source, index + 1, fence, width);
            if (SHELL_LANGUAGES.contains(language(info))) session.run(block(source, index + 1, close, indent));
            index = close + 1;
        }
    }

    private static String language(String info) {
        String language = info;
        int space = language.indexOf(' ');
        if (space >= 0) language = language.substring(0, space);
        while (language.startsWith("{") || language.startsWith(".")) language = language.substring(1);
        if (language.endsWith("}")) language = language.substring(0, language.length() - 1);
        return language.toLowerCase(Locale.ROOT);
    }

    private static int closingFence(SourceText source, int from, char fence, int width) {
        for (int index = from; index < source.lineCount(); index++) {
            String line = source.line(index).strip();
            if (line.length() < width) continue;
            int run = 0;
            while (run < line.length() && line.charAt(run) == fence) run++;
            if (run >= width && run == line.length()) return index;
        }
        return source.lineCount();
    }

    /** Lines {@code [from, to)} as shell text, prompts stripped, output lines left out. */
    private static Snippet block(SourceText source, int from, int to, int indent) {
        boolean prompted = false;
        for (int index = from; index < to && !prompted; index++) {
            String line = source.line(index);
            prompted = line.length() <= EvidenceScanner.MAX_LINE && line.stripLeading().startsWith("$ ");
        }
        Snippet snippet = new Snippet();
        boolean continued = false;
        for (int index = from; index < to; index++) {
            int start = source.lineStart(index);
            int end = source.lineEnd(index);
            if (end - start > EvidenceScanner.MAX_LINE) continue;
            int at = start;
            while (at < end && at - start < indent && Character.isWhitespace(source.content.charAt(at))) at++;
            int text = at;
            while (text < end && Character.isWhitespace(source.content.charAt(text))) text++;
            boolean prompt = source.content.startsWith("$ ", text) || source.content.startsWith("# ", text);
            if (prompt) {
                at = text + 2;
            } else if (prompted && !continued) {
                continue;
            }
            snippet.appendRange(source, at, end);
            snippet.append('\n', end);
            continued = end > at && source.content.charAt(end - 1) == '\\';
        }
        return snippet;
    }

    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) i++;
        return i;
    }
}
