package dev.composelint.lsp;

import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HoversTest {

    static final Path FILE = Path.of("/w/compose.yaml").toAbsolutePath();

    @Test
    void theRulePageSectionsExplainTheFinding() {
        FindingMapper mapper = new FindingMapper(p -> LineIndex.of("version: \"3\"\nservices: {}\n"), p -> "file:///x",
                Map.of());
        Finding finding = new Finding("obsolete-version", Severity.WARNING, "remove it", new Source(FILE, 1, 1, 1, 8));
        Hover hover = Hovers.hover(List.of(finding), mapper, new Position(0, 3), Map.of());
        String text = hover.getContents().getRight().getValue();
        assertThat(text).startsWith("**composelint obsolete-version** (warning)").contains("remove it")
                .contains("#### What it finds").contains("#### Why it matters").doesNotContain("Failing example")
                .contains("docs/rules/obsolete-version.md");
        assertThat(Hovers.hover(List.of(finding), mapper, new Position(1, 3), Map.of())).isNull();
        assertThat(Hovers.hover(List.of(finding), mapper, new Position(0, 7), Map.of())).isNull(); // end is exclusive
    }

    @Test
    void describeNamesTheErrorWithoutItsMessage() {
        String text = ComposeLanguageServer.describe(new IllegalStateException("password=hunter2"));
        assertThat(text).startsWith("java.lang.IllegalStateException\n    at ").doesNotContain("hunter2");
    }
}
