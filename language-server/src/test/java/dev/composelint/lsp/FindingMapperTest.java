package dev.composelint.lsp;

import dev.composelint.core.Finding;
import dev.composelint.core.Related;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.RuleMeta;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Findings to diagnostics: severities, 1-based code-point places to 0-based UTF-16 ranges, tags, related places. */
class FindingMapperTest {

    static final Path COMPOSE = Path.of("/w/compose.yaml").toAbsolutePath();
    static final Path OTHER = Path.of("/w/other.yaml").toAbsolutePath();

    static final String TEXT = "services:\n  app:\n    image: \"\uD83D\uDE80rocket:latest\" # x\r\n  db:   \n";

    final FindingMapper mapper = new FindingMapper(
            path -> path.equals(COMPOSE) ? LineIndex.of(TEXT) : path.equals(OTHER) ? LineIndex.of("a:\n  b: 1\n") : null,
            path -> "file://" + path,
            Map.of("custom", new RuleMeta("custom", "A custom rule", Category.STYLE, Severity.INFO,
                    "https://example.org/custom", List.of())));

    @Test
    void severitiesMapOneToOne() {
        assertThat(FindingMapper.severity(Severity.ERROR)).isEqualTo(DiagnosticSeverity.Error);
        assertThat(FindingMapper.severity(Severity.WARNING)).isEqualTo(DiagnosticSeverity.Warning);
        assertThat(FindingMapper.severity(Severity.INFO)).isEqualTo(DiagnosticSeverity.Information);
    }

    @Test
    void columnsAreCodePointsAndCharactersAreUtf16Units() {
        // line 3: `    image: "🚀rocket:latest"`; the rocket is one code point, two UTF-16 units
        Diagnostic d = mapper.diagnostic(new Finding("unpinned-image", Severity.WARNING, "m",
                new Source(COMPOSE, 3, 13, 3, 27)));
        assertThat(d.getRange()).isEqualTo(new Range(new Position(2, 12), new Position(2, 27)));
        assertThat(TEXT.split("\n")[2].substring(12, 27)).isEqualTo("\uD83D\uDE80rocket:latest");
    }

    @Test
    void withoutAnEndTheRangeRunsToTheLastNonBlankCharacter() {
        Diagnostic d = mapper.diagnostic(new Finding("x", Severity.INFO, "m", Source.of(COMPOSE, 4, 3)));
        assertThat(d.getRange()).isEqualTo(new Range(new Position(3, 2), new Position(3, 5))); // "db:", not the blanks
        Diagnostic crlf = mapper.diagnostic(new Finding("x", Severity.INFO, "m", Source.of(COMPOSE, 3, 5)));
        assertThat(crlf.getRange().getEnd()).isEqualTo(new Position(2, 32)); // the line's end, before its CRLF
    }

    @Test
    void placesBeyondTheTextAreClamped() {
        Diagnostic d = mapper.diagnostic(new Finding("x", Severity.INFO, "m", new Source(COMPOSE, 2, 40, 9, 1)));
        assertThat(d.getRange().getStart()).isEqualTo(new Position(1, 6));
        assertThat(d.getRange().getEnd().getLine()).isEqualTo(4);
    }

    @Test
    void fieldsCodeSourceLinkAndTags() {
        Diagnostic obsolete = mapper.diagnostic(new Finding("obsolete-version", Severity.WARNING, "remove it",
                new Source(COMPOSE, 1, 1, 1, 9)));
        assertThat(obsolete.getCode().getLeft()).isEqualTo("obsolete-version");
        assertThat(obsolete.getSource()).isEqualTo("composelint");
        assertThat(obsolete.getMessage()).isEqualTo("remove it");
        assertThat(obsolete.getCodeDescription().getHref())
                .isEqualTo(RuleMeta.DOCS_BASE + "docs/rules/obsolete-version.md");
        assertThat(obsolete.getTags()).containsExactly(DiagnosticTag.Unnecessary);
        Diagnostic unused = mapper.diagnostic(new Finding("unused-suppression", Severity.INFO, "m",
                Source.of(COMPOSE, 1, 1)));
        assertThat(unused.getTags()).containsExactly(DiagnosticTag.Unnecessary);
        Diagnostic custom = mapper.diagnostic(new Finding("custom", Severity.ERROR, "m", Source.of(COMPOSE, 1, 1)));
        assertThat(custom.getTags()).isNull();
        assertThat(custom.getCodeDescription().getHref()).isEqualTo("https://example.org/custom");
    }

    @Test
    void relatedPlacesBecomeRelatedInformation() {
        Diagnostic d = mapper.diagnostic(new Finding("port-conflict", Severity.ERROR, "m",
                Source.of(COMPOSE, 2, 3), List.of(new Related(new Source(OTHER, 2, 3, 2, 4), "the other one"),
                new Related(Source.of(Path.of("/w/missing.yaml").toAbsolutePath(), 5, 7), "unreadable file")),
                null, List.of()));
        assertThat(d.getRelatedInformation()).hasSize(2);
        assertThat(d.getRelatedInformation().get(0).getLocation().getUri()).isEqualTo("file://" + OTHER);
        assertThat(d.getRelatedInformation().get(0).getLocation().getRange())
                .isEqualTo(new Range(new Position(1, 2), new Position(1, 3)));
        assertThat(d.getRelatedInformation().get(0).getMessage()).isEqualTo("the other one");
        // a file that cannot be read: columns are taken as they are
        assertThat(d.getRelatedInformation().get(1).getLocation().getRange().getStart())
                .isEqualTo(new Position(4, 6));
    }

    @Test
    void positionsAndOffsetsRoundTrip() {
        LineIndex index = LineIndex.of("a\r\nbc\rd\n\uD83D\uDE80e");
        assertThat(index.lineCount()).isEqualTo(4);
        assertThat(index.positionOf(3)).isEqualTo(new Position(1, 0));
        assertThat(index.positionOf(6)).isEqualTo(new Position(2, 0));
        assertThat(index.offsetOf(new Position(3, 2))).isEqualTo(10);
        assertThat(index.position(4, 2)).isEqualTo(new Position(3, 2));
        assertThat(index.offsetOf(new Position(0, 99))).isEqualTo(1); // clamped before the line break
    }

    @Test
    void minimalEditKeepsCommonPrefixAndSuffix() {
        TextEdit edit = CodeActions.minimalEdit("a: 1\r\nversion: \"3\"\r\nb: 2\r\n", "a: 1\r\nb: 2\r\n");
        assertThat(edit.getRange()).isEqualTo(new Range(new Position(1, 0), new Position(2, 0)));
        assertThat(edit.getNewText()).isEmpty();
        TextEdit astral = CodeActions.minimalEdit("x\uD83D\uDE80", "x\uD83D\uDE81");
        assertThat(astral.getRange().getStart()).isEqualTo(new Position(0, 1));
        assertThat(astral.getNewText()).isEqualTo("\uD83D\uDE81");
    }
}
