package dev.composelint.core.report;

import dev.composelint.core.fs.WorkspaceFiles;
import dev.composelint.core.Finding;
import dev.composelint.core.Fix;
import dev.composelint.core.Related;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Service;
import dev.composelint.core.redact.Redaction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The human format: findings grouped by file as {@code path:line:col  severity  headline  [rule-id]}, where the
 * headline is the message up to its first clause break; the rest of the message follows on indented lines wrapped
 * at {@value #DETAIL_WIDTH} columns, then a code frame (the source line with carets under the reported columns),
 * related places and fix advice (labelled with the flag that applies it when the fix is automatic), and finally a
 * summary line with the counts per severity and the time taken.
 */
public final class TextReporter implements Reporter {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String BLUE = "\u001b[34m";
    private static final String CYAN = "\u001b[36m";

    /** Detail lines are wrapped at this width (indent included); a single longer word stays whole. */
    static final int DETAIL_WIDTH = 100;
    private static final String DETAIL_INDENT = "    ";
    /** A clause break closer to the start than this would leave a headline too short to say anything. */
    private static final int MIN_HEADLINE = 12;

    @Override
    public String name() {
        return "text";
    }

    @Override
    public void write(LintResult raw, ReportContext context, Appendable out) throws IOException {
        LintResult result = ReportText.clean(raw);
        Paint paint = new Paint(context.color());
        SourceLines lines = new SourceLines(context, result);
        Path previousFile = null;
        for (Finding finding : result.findings()) {
            Path file = finding.source().file();
            if (previousFile != null && !previousFile.equals(file)) out.append('\n');
            previousFile = file;
            writeFinding(finding, context, paint, lines, out);
        }
        if (!result.findings().isEmpty()) out.append('\n');
        out.append(summary(result, paint)).append('\n');
    }

    private static void writeFinding(Finding finding, ReportContext context, Paint paint, SourceLines lines,
                                     Appendable out) throws IOException {
        Source source = finding.source();
        Severity severity = finding.severity();
        String[] parts = headlineAndDetail(escape(finding.message()));
        out.append(paint.apply(BOLD, location(source, context))).append("  ")
                .append(paint.apply(color(severity), severity.id())).append("  ")
                .append(parts[0]).append("  ")
                .append(paint.apply(DIM, "[" + finding.ruleId() + "]")).append('\n');
        for (String detailLine : wrap(parts[1])) {
            out.append(DETAIL_INDENT).append(detailLine).append('\n');
        }
        String line = lines.line(source.file(), source.line());
        if (line != null) {
            Frame frame = Frame.of(line, source);
            String number = Integer.toString(source.line());
            String gutter = " ".repeat(number.length());
            out.append("  ").append(paint.apply(BLUE, number + " |")).append(' ')
                    .append(ReportText.escapeControls(frame.text(), true)).append('\n');
            out.append("  ").append(paint.apply(BLUE, gutter + " |")).append(' ')
                    .append(indent(frame.text(), frame.column()))
                    .append(paint.apply(color(severity), "^".repeat(frame.carets()))).append('\n');
        }
        for (Related related : finding.related()) {
            out.append("  ").append(paint.apply(CYAN, "related:")).append(' ')
                    .append(location(related.source(), context)).append("  ").append(escape(related.message()))
                    .append('\n');
        }
        if (finding.fix() != null) {
            out.append("  ").append(paint.apply(GREEN, fixLabel(finding.fix()))).append(' ')
                    .append(escape(finding.fix().description()))
                    .append('\n');
        }
        if (!finding.profiles().isEmpty()) {
            out.append("  ").append(paint.apply(DIM, "profiles: " + escape(String.join(", ", finding.profiles()))))
                    .append('\n');
        }
    }

    /**
     * The message split at its first clause break ({@code ": "}, {@code "; "}, {@code ". "}, {@code ", so "} or a
     * line break) outside backticks, double quotes and parentheses: {headline, detail}; the detail is empty when
     * there is no usable break.
     */
    static String[] headlineAndDetail(String message) {
        String text = message.strip();
        boolean inCode = false;
        boolean inQuote = false;
        int parentheses = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`' && !inQuote) inCode = !inCode;
            else if (c == '"' && !inCode) inQuote = !inQuote;
            else if (c == '\n' && i > 0) return split(text, i, i + 1);
            else if (inCode || inQuote) continue;
            else if (c == '(') parentheses++;
            else if (c == ')') parentheses = Math.max(0, parentheses - 1);
            else if (parentheses == 0 && i >= MIN_HEADLINE && text.startsWith(", so ", i)) return split(text, i, i + 2);
            else if (parentheses == 0 && i >= MIN_HEADLINE && i + 1 < text.length() && text.charAt(i + 1) == ' '
                    && (c == ':' || c == ';' || c == '.' && !abbreviation(text, i))) {
                return split(text, c == '.' ? i + 1 : i, i + 2);
            }
        }
        return new String[] {text, ""};
    }

    private static String[] split(String text, int headlineEnd, int detailStart) {
        return new String[] {text.substring(0, headlineEnd).strip(), text.substring(detailStart).strip()};
    }

    private static boolean abbreviation(String text, int dot) {
        String before = text.substring(Math.max(0, dot - 3), dot + 1);
        return before.endsWith("e.g.") || before.endsWith("i.e.") || before.endsWith("vs.");
    }

    /** Word-wraps each line of the detail at {@link #DETAIL_WIDTH} columns minus the indent. */
    static List<String> wrap(String detail) {
        List<String> lines = new ArrayList<>();
        int width = DETAIL_WIDTH - DETAIL_INDENT.length();
        for (String paragraph : detail.split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split(" +")) {
                if (word.isEmpty()) continue;
                if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) line.append(' ');
                line.append(word);
            }
            if (line.length() > 0) lines.add(line.toString());
        }
        return lines;
    }

    /** "fix:" for advice; a fixable finding says which flag applies its fix. */
    private static String fixLabel(Fix fix) {
        if (!fix.applicable()) return "fix:";
        return fix.safe() ? "fix (--fix):" : "fix (--fix --unsafe-fixes):";
    }

    /** The summary line, e.g. {@code ✖ 3 problems (2 errors, 1 warning, 0 info) in 2 projects, 0.41 s}. */
    static String summary(LintResult result, Paint paint) {
        String seconds = plural(result.workspace().projects().size(), "project") + ", "
                + String.format(Locale.ROOT, "%.2f s", result.elapsed().toNanos() / 1e9);
        if (result.findings().isEmpty()) {
            return paint.apply(GREEN, "✔ " + counts(result)) + " in " + seconds;
        }
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        return paint.apply(BOLD + (errors > 0 ? RED : warnings > 0 ? YELLOW : CYAN), "✖ " + counts(result))
                + " in " + seconds;
    }

    /** {@code 3 problems (2 errors, 1 warning, 0 info)}, or {@code no problems}. */
    public static String counts(LintResult result) {
        int total = result.findings().size();
        if (total == 0) return "no problems";
        return plural(total, "problem") + " (" + plural(result.count(Severity.ERROR), "error") + ", "
                + plural(result.count(Severity.WARNING), "warning") + ", " + result.count(Severity.INFO) + " info)";
    }

    /** {@code 1 project}, {@code 2 projects}. */
    public static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String location(Source source, ReportContext context) {
        return escape(context.display(source.file())) + ":" + source.line() + ":" + source.column();
    }

    private static String escape(String text) {
        return ReportText.escapeControls(text, false);
    }

    private static String color(Severity severity) {
        return switch (severity) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> CYAN;
        };
    }

    /**
     * Blanks up to the 1-based code point column of the raw line, keeping tabs and widening for the escapes of
     * control characters, so the caret lines up under the escaped line.
     */
    private static String indent(String line, int column) {
        StringBuilder sb = new StringBuilder();
        int[] codePoints = line.codePoints().toArray();
        for (int i = 0; i < column - 1; i++) {
            int c = i < codePoints.length ? codePoints[i] : ' ';
            if (c == '\t') {
                sb.append('\t');
            } else {
                String shown = ReportText.escapeControls(Character.toString(c), true);
                sb.append(" ".repeat(shown.codePointCount(0, shown.length())));
            }
        }
        return sb.toString();
    }

    /**
     * The part of a source line a code frame shows, with the caret column inside it. A line longer than
     * {@value #FRAME_WIDTH} characters is cut to a window around the column, marked with ellipses, so that many
     * findings on one very long line cost the window each, not the line.
     */
    record Frame(String text, int column, int carets) {
        static final int FRAME_WIDTH = 200;
        static final int CONTEXT_BEFORE = 60;

        static Frame of(String line, Source source) {
            int column = source.column();
            String text = line;
            if (line.length() > FRAME_WIDTH) {
                // columns count code points; in a cut line they are taken as characters (exact without astral ones)
                int start = Math.max(0, Math.min(line.length(), column - 1) - CONTEXT_BEFORE);
                if (start > 0 && Character.isLowSurrogate(line.charAt(start))) start--;
                int end = Math.min(line.length(), start + FRAME_WIDTH);
                if (end < line.length() && Character.isHighSurrogate(line.charAt(end - 1))) end--;
                String before = start > 0 ? "\u2026" : "";
                text = before + line.substring(start, end) + (end < line.length() ? "\u2026" : "");
                column = column - start + before.length();
            }
            int length = text.codePointCount(0, text.length());
            int carets = 1;
            if (source.hasEnd() && source.endLine() == source.line() && source.endColumn() > source.column()) {
                carets = source.endColumn() - source.column();
            } else if (source.hasEnd() && source.endLine() > source.line()) {
                carets = Math.max(1, length - column + 1);
            }
            if (text != line) carets = Math.max(1, Math.min(carets, length - column + 1));
            return new Frame(text, column, carets);
        }
    }

    /** ANSI styling that is a no-op when colors are off. */
    record Paint(boolean enabled) {
        String apply(String style, String text) {
            return enabled ? style + text + RESET : text;
        }
    }

    /** The env files services of the workspace name, whose lines are never shown. */
    static Set<Path> envFiles(LintResult result) {
        Set<Path> files = new HashSet<>();
        if (result.workspace() == null) return files;
        for (Project project : result.workspace().projects()) {
            for (Service service : project.services().values()) {
                service.envFiles().forEach(ref -> files.add(ref.path().toAbsolutePath().normalize()));
            }
        }
        return files;
    }

    /**
     * Source lines as the run read them (the workspace's file source: the cached text, or an unsaved buffer), split
     * once per file, masked as the secrets policy says: env files after the {@code =}, other files after
     * secret-named keys and in URL userinfo. Null when the file or line cannot be read.
     */
    static final class SourceLines {
        private final ReportContext context;
        private final Set<Path> envFiles;
        private final WorkspaceFiles files;
        private final Map<Path, Optional<List<String>>> cache = new HashMap<>();
        private final Map<Path, String[]> maskedLines = new HashMap<>();

        SourceLines(ReportContext context, LintResult result) {
            this.context = context;
            this.envFiles = envFiles(result);
            this.files = result.workspace() != null ? result.workspace().files() : WorkspaceFiles.unrestricted();
        }

        String line(Path file, int number) {
            Path absolute = context.absolute(file);
            List<String> all = cache.computeIfAbsent(absolute, this::read).orElse(List.of());
            if (number < 1 || number > all.size()) return null;
            // masked once per line: many findings on one long line must not mask it again each
            String[] masked = maskedLines.computeIfAbsent(absolute, f -> new String[all.size()]);
            if (masked[number - 1] == null) {
                String line = all.get(number - 1);
                boolean envFile = envFiles.contains(absolute)
                        || Redaction.isEnvFileName(String.valueOf(absolute.getFileName()));
                masked[number - 1] = envFile ? Redaction.envLine(line) : Redaction.codeLine(line);
            }
            return masked[number - 1];
        }

        private Optional<List<String>> read(Path file) {
            try {
                WorkspaceFiles.Content content = files.content(file, WorkspaceFiles.MAX_FILE_BYTES);
                if (!content.ok()) return Optional.empty();
                String text = new String(content.bytes(), StandardCharsets.UTF_8);
                return Optional.of(List.of(text.split("\r?\n|\r", -1)));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }
}
