package dev.composelint.core.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportTextTest {

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
