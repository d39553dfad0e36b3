package dev.composelint.lsp;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Fix;
import dev.composelint.core.fix.Fixer;
import dev.composelint.core.fs.WorkspaceFiles;
import dev.composelint.core.suppress.SuppressionComment;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The code actions of a document: each finding's fix (through {@link Fixer#applyToBuffers}), "disable for this
 * line" (a {@code # composelint-disable-next-line} comment above the flagged line) and "fix all in file" (every
 * safe fix of the file's findings, through {@link Fixer#fixBuffers}, re-linting between passes).
 */
final class CodeActions {

    /** The kind of "fix all in file", under {@code source.fixAll} so that editors can run it on save. */
    static final String FIX_ALL = CodeActionKind.SourceFixAll + ".composelint";
    private static final long MAX_TEXT_BYTES = Fixer.MAX_FILE_BYTES;

    private final Path root;
    private final FindingMapper mapper;
    private final Function<Path, String> uris;
    private final Map<Path, String> buffers;
    private final Function<Map<Path, String>, List<Finding>> lint;

    /**
     * @param root    the workspace root (fixes never touch a file outside it)
     * @param buffers the open documents' texts by absolute path
     * @param lint    lints with these texts over the open documents (null: fix-all makes one pass)
     */
    CodeActions(Path root, FindingMapper mapper, Function<Path, String> uris, Map<Path, String> buffers,
                Function<Map<Path, String>, List<Finding>> lint) {
        this.root = root;
        this.mapper = mapper;
        this.uris = uris;
        this.buffers = buffers;
        this.lint = lint;
    }

    List<Either<Command, CodeAction>> actions(Path file, List<Finding> findings, CodeActionParams params) {
        List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
        Range wanted = params.getRange();
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        Fixer fixer = new Fixer(root, true);
        for (Finding finding : findings) {
            Diagnostic diagnostic = mapper.diagnostic(finding);
            if (!overlaps(diagnostic.getRange(), wanted)) continue;
            if (wants(only, CodeActionKind.QuickFix) && fixer.fixable(finding)) {
                Fix fix = finding.fix();
                WorkspaceEdit edit = edit(fixer.applyToBuffers(texts(finding), List.of(finding)).buffers());
                if (edit != null) {
                    CodeAction action = new CodeAction("Fix " + finding.ruleId() + ": " + fix.description()
                            + (fix.safe() ? "" : " (unsafe: changes behaviour)"));
                    action.setKind(CodeActionKind.QuickFix);
                    action.setDiagnostics(List.of(diagnostic));
                    action.setIsPreferred(fix.safe());
                    action.setEdit(edit);
                    actions.add(Either.forRight(action));
                }
            }
            if (wants(only, CodeActionKind.QuickFix) && suppressible(finding)) {
                WorkspaceEdit edit = disableEdit(file, finding);
                if (edit != null) {
                    CodeAction action = new CodeAction("Disable " + finding.ruleId() + " for this line");
                    action.setKind(CodeActionKind.QuickFix);
                    action.setDiagnostics(List.of(diagnostic));
                    action.setEdit(edit);
                    actions.add(Either.forRight(action));
                }
            }
        }
        if (wants(only, FIX_ALL)) {
            CodeAction all = fixAll(file, findings);
            if (all != null) actions.add(Either.forRight(all));
        }
        return actions;
    }

    /** Every safe fix of the file's findings, re-linting between passes; null when there is none. */
    private CodeAction fixAll(Path file, List<Finding> findings) {
        Fixer fixer = new Fixer(root, false);
        List<Finding> fixable = findings.stream().filter(fixer::fixable).toList();
        if (fixable.isEmpty()) return null;
        Map<Path, String> texts = new LinkedHashMap<>();
        fixable.forEach(finding -> texts.putAll(texts(finding)));
        Function<Map<Path, String>, List<Finding>> relint = lint == null ? null : current -> {
            Map<Path, String> merged = new LinkedHashMap<>(buffers);
            current.forEach((path, text) -> merged.put(absolute(path), text));
            return lint.apply(merged).stream().filter(f -> absolute(f.source().file()).equals(file)).toList();
        };
        WorkspaceEdit edit = edit(fixer.fixBuffers(texts, fixable, relint).buffers());
        if (edit == null) return null;
        CodeAction action = new CodeAction("Fix all composelint problems in this file (safe fixes)");
        action.setKind(FIX_ALL);
        action.setEdit(edit);
        return action;
    }

    private static boolean suppressible(Finding finding) {
        return !finding.ruleId().equals(Diagnostics.UNUSED_SUPPRESSION)
                && !finding.ruleId().equals(Diagnostics.INTERNAL_ERROR);
    }

    /**
     * A {@code # composelint-disable-next-line RULE} comment above the finding's line, indented like it; when the
     * line above already is such a comment without a reason, the rule is added to it.
     */
    private WorkspaceEdit disableEdit(Path file, Finding finding) {
        String text = text(file);
        if (text == null) return null;
        LineIndex index = LineIndex.of(text);
        int line = mapper.range(finding.source()).getStart().getLine();
        String directive = "# " + SuppressionComment.Kind.NEXT_LINE.directive();
        if (line > 0) {
            String above = text.substring(index.lineStart(line - 1), index.lineEnd(line - 1));
            String trimmed = above.strip();
            if (trimmed.startsWith(directive + " ") && !trimmed.contains(" -- ")) {
                Position end = new Position(line - 1, index.lineEnd(line - 1) - index.lineStart(line - 1));
                return new WorkspaceEdit(Map.of(uris.apply(file),
                        List.of(new TextEdit(new Range(end, end), ", " + finding.ruleId()))));
            }
        }
        String current = text.substring(index.lineStart(line), index.lineEnd(line));
        String indent = current.substring(0, current.length() - current.stripLeading().length());
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        Position start = new Position(line, 0);
        return new WorkspaceEdit(Map.of(uris.apply(file), List.of(new TextEdit(new Range(start, start),
                indent + directive + " " + finding.ruleId() + newline))));
    }

    /** The texts of the files a finding's fix edits, keyed by the paths its edits name. */
    private Map<Path, String> texts(Finding finding) {
        Map<Path, String> texts = new LinkedHashMap<>();
        for (Fix.Edit edit : finding.fix().edits()) {
            Path path = edit.range().file();
            if (texts.containsKey(path)) continue;
            String text = text(absolute(path));
            if (text != null) texts.put(path, text);
        }
        return texts;
    }

    /** An open document's text, else the file's (UTF-8, bounded); null when it cannot be read. */
    private String text(Path file) {
        String buffer = buffers.get(file);
        if (buffer != null) return buffer;
        WorkspaceFiles.Content content = WorkspaceFiles.readRegular(file, MAX_TEXT_BYTES);
        return content.ok() ? new String(content.bytes(), StandardCharsets.UTF_8) : null;
    }

    private Path absolute(Path path) {
        return root.resolve(path).toAbsolutePath().normalize();
    }

    /** One replacing edit per changed file (the changed span only); null when nothing changed. */
    private WorkspaceEdit edit(Map<Path, String> after) {
        Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
        for (Map.Entry<Path, String> entry : after.entrySet()) {
            Path file = absolute(entry.getKey());
            String before = text(file);
            if (before == null || before.equals(entry.getValue())) continue;
            changes.put(uris.apply(file), List.of(minimalEdit(before, entry.getValue())));
        }
        return changes.isEmpty() ? null : new WorkspaceEdit(changes);
    }

    /** The edit that turns {@code before} into {@code after}: the span between their common prefix and suffix. */
    static TextEdit minimalEdit(String before, String after) {
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) prefix++;
        // never split a surrogate pair or a CRLF
        if (prefix > 0 && prefix < before.length() && splits(before, prefix)) prefix--;
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) suffix++;
        if (suffix > 0 && splits(before, before.length() - suffix)) suffix--;
        LineIndex index = LineIndex.of(before);
        Range range = new Range(index.positionOf(prefix), index.positionOf(before.length() - suffix));
        return new TextEdit(range, after.substring(prefix, after.length() - suffix));
    }

    /** True when offset {@code at} falls inside a surrogate pair or a CRLF of {@code text}. */
    private static boolean splits(String text, int at) {
        if (at <= 0 || at >= text.length()) return false;
        char previous = text.charAt(at - 1);
        char next = text.charAt(at);
        return Character.isHighSurrogate(previous) && Character.isLowSurrogate(next) || previous == '\r' && next == '\n';
    }

    private static boolean wants(List<String> only, String kind) {
        if (only == null || only.isEmpty()) return true;
        return only.stream().anyMatch(k -> kind.equals(k) || kind.startsWith(k + "."));
    }

    private static boolean overlaps(Range a, Range b) {
        if (b == null) return true;
        return a.getStart().getLine() <= b.getEnd().getLine() && b.getStart().getLine() <= a.getEnd().getLine();
    }
}
