package dev.composelint.core.report;

import dev.composelint.core.Finding;
import dev.composelint.core.Fix;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTextTest {

    @Test
    void fixTextIsRedactedLineByLineAndAnUnsafeFixStaysUnsafe() {
        Source at = Source.of(Path.of("compose.yaml"), 1, 1);
        Fix fix = Fix.unsafe("move", List.of(new Fix.Edit(at,
                "  app:\r\n    environment:\r\n      API_TOKEN: !!int s3cr3t\r\n    image: x\n")));
        Finding cleaned = ReportText.clean(new Finding("r", Severity.INFO, "m", at, List.of(), fix, List.of()));
        assertThat(cleaned.fix().safe()).isFalse();
        assertThat(cleaned.fix().edits().get(0).replacement()).doesNotContain("s3cr3t")
                .startsWith("  app:\r\n    environment:\r\n      API_TOKEN:").endsWith("\r\n    image: x\n");
    }

    @Test
    void escapesC0C1DelAndBidiControls() {
        assertThat(ReportText.escapeControls("a\u001b[31mred\u0007\u009b\u007f\u202e\tz", false))
                .isEqualTo("a\\x1b[31mred\\x07\\x9b\\x7f\\u202e\\x09z");
        assertThat(ReportText.escapeControls("a\tb", true)).isEqualTo("a\tb");
        assertThat(ReportText.escapeControls("plain", false)).isSameAs("plain");
    }

    @Test
    void cutsLongMessagesWithAnEllipsis() {
        String message = ReportText.message("x".repeat(5000));
        assertThat(message).hasSize(ReportText.MAX_MESSAGE + 1).endsWith("…");
        assertThat(ReportText.message("short")).isEqualTo("short");
    }

    @Test
    void redactsMessages() {
        assertThat(ReportText.message("remote_write url \"https://user:SECRET@host/w\" names host"))
                .isEqualTo("remote_write url \"https://***@host/w\" names host");
    }
}
