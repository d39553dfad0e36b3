package dev.composelint.core.report;

import dev.composelint.core.Finding;
import dev.composelint.core.Fix;
import dev.composelint.core.Related;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.redact.Redaction;

import java.util.List;

/**
 * The last line of defence before any text leaves composelint: every reporter passes its result through
 * {@link #clean(LintResult)}, which masks secrets in messages ({@link Redaction#text}) and cuts messages longer than
 * {@link #MAX_MESSAGE} characters with an ellipsis. {@link #escapeControls} makes text safe for a terminal.
 */
public final class ReportText {

    /** The longest message, related message or fix description a report prints, in characters. */
    public static final int MAX_MESSAGE = 1000;

    private ReportText() {
    }

    /** The result with every message, related message and fix text redacted and bounded. */
    public static LintResult clean(LintResult result) {
        List<Finding> findings = result.findings().stream().map(ReportText::clean).toList();
        return new LintResult(result.workspace(), findings, result.rules(), result.elapsed());
    }

    static Finding clean(Finding finding) {
        List<Related> related = finding.related().stream()
                .map(r -> new Related(r.source(), message(r.message()))).toList();
        Fix fix = finding.fix() == null ? null : new Fix(message(finding.fix().description()),
                finding.fix().edits().stream().map(e -> new Fix.Edit(e.range(), code(e.replacement())))
                        .toList(), finding.fix().safe());
        return new Finding(finding.ruleId(), finding.severity(), message(finding.message()), finding.source(),
                related, fix, finding.profiles());
    }

    /**
     * Text a fix writes into a file, redacted line by line as a code frame is ({@link Redaction#codeLine}): a
     * reorder fix carries whole entries, secret-named keys among them.
     */
    static String code(String text) {
        if (text == null) return null;
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start < text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') end++;
            out.append(Redaction.codeLine(text.substring(start, end)));
            int next = end;
            if (next < text.length() && text.charAt(next) == '\r') next++;
            if (next < text.length() && text.charAt(next) == '\n') next++;
            out.append(text, end, next);
            start = next;
        }
        return out.toString();
    }

    /** A message redacted and cut to {@link #MAX_MESSAGE} characters. */
    public static String message(String text) {
        return cut(Redaction.text(text), MAX_MESSAGE);
    }

    /** The text cut to at most {@code max} characters plus an ellipsis, never inside a surrogate pair. */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) return text;
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }

    /**
     * Control characters written visibly: C0 (tab kept when {@code keepTabs}), DEL and C1 as {@code \xNN}, and
     * the Unicode line separators and bidirectional overrides as {@code \\uNNNN}, so that no text can move the
     * cursor, change colors, or start a new line in a terminal.
     */
    public static String escapeControls(String text, boolean keepTabs) {
        if (text == null) return null;
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = null;
            if (c < 0x20 && !(keepTabs && c == '\t') || c >= 0x7F && c <= 0x9F) {
                escape = String.format("\\x%02x", (int) c);
            } else if (c == '\u2028' || c == '\u2029' || c >= '\u202A' && c <= '\u202E'
                    || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F') {
                escape = String.format("\\u%04x", (int) c);
            }
            if (escape != null && sb == null) sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            if (sb != null) {
                if (escape != null) sb.append(escape);
                else sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }
}
