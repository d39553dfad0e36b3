package dev.composelint.lsp;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Related;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.rule.RuleMeta;

import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Turns a {@link Finding} into an LSP {@link Diagnostic}. */
final class FindingMapper {

    /** The diagnostics' {@code source}. */
    static final String SOURCE = "composelint";
    /** Ids whose findings mark text that can go: editors fade it ({@link DiagnosticTag#Unnecessary}). */
    static final Set<String> UNNECESSARY = Set.of(Diagnostics.UNUSED_SUPPRESSION, "obsolete-version");

    private final Function<Path, LineIndex> texts;
    private final Function<Path, String> uris;
    private final Map<String, RuleMeta> rules;

    /**
     * @param texts the text of a file, for positions (null: columns are taken as UTF-16 offsets)
     * @param uris  the URI under which the client knows a file
     * @param rules the known rules by id, for documentation links
     */
    FindingMapper(Function<Path, LineIndex> texts, Function<Path, String> uris, Map<String, RuleMeta> rules) {
        this.texts = texts;
        this.uris = uris;
        this.rules = rules;
    }

    static DiagnosticSeverity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        };
    }

    /** The documentation page of a rule or reserved id: its declared page, else {@code docs/rules/<id>.md}. */
    static String docUrl(String ruleId, Map<String, RuleMeta> rules) {
        RuleMeta meta = rules.get(ruleId);
        return meta != null ? meta.docUrl() : RuleMeta.DOCS_BASE + "docs/rules/" + ruleId + ".md";
    }

    Diagnostic diagnostic(Finding finding) {
        Diagnostic diagnostic = new Diagnostic(range(finding.source()), finding.message(),
                severity(finding.severity()), SOURCE, finding.ruleId());
        diagnostic.setCodeDescription(new DiagnosticCodeDescription(docUrl(finding.ruleId(), rules)));
        if (UNNECESSARY.contains(finding.ruleId())) diagnostic.setTags(List.of(DiagnosticTag.Unnecessary));
        if (!finding.related().isEmpty()) {
            List<DiagnosticRelatedInformation> related = new ArrayList<>();
            for (Related place : finding.related()) {
                related.add(new DiagnosticRelatedInformation(
                        new Location(uris.apply(place.source().file()), range(place.source())), place.message()));
            }
            diagnostic.setRelatedInformation(related);
        }
        return diagnostic;
    }

    Range range(Source source) {
        LineIndex index = texts.apply(source.file());
        if (index != null) return index.range(source.line(), source.column(), source.endLine(), source.endColumn());
        Position start = new Position(source.line() - 1, source.column() - 1);
        return new Range(start, source.hasEnd() ? new Position(source.endLine() - 1, Math.max(0, source.endColumn() - 1))
                : new Position(start.getLine(), start.getCharacter() + 1));
    }
}
