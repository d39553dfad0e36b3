package dev.composelint.core.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reports in a directory under their standard names (the Maven goal), written together; the embedded HTML style. */
class ReportTargetsTest {

    @TempDir
    Path dir;

    @Test
    void eachFormatInADirectoryGetsItsStandardFileNameOnce() {
        ReportTargets targets = ReportTargets.inDirectory(List.of("sarif", "HTML", "codeclimate", "sarif", "junit"),
                dir);
        assertThat(targets.all()).extracting(t -> t.file().getFileName().toString()).containsExactly(
                "composelint.sarif", "composelint.html", "composelint-codeclimate.json", "composelint-junit.xml");
        assertThat(targets.standardOutput()).isEmpty();
        assertThatThrownBy(() -> ReportTargets.inDirectory(List.of("xml"), dir))
                .hasMessageStartingWith("unknown format 'xml'; expected one of text");
    }

    @Test
    void writesEveryFileAndNamesTheOneItCannotWrite() throws Exception {
        ReportTargets targets = ReportTargets.inDirectory(List.of("json", "text"), dir.resolve("out"));
        ReportContext context = ReportContext.of(dir, "test");
        List<Path> written = targets.writeFiles(new Sample(dir).result(), context);
        assertThat(written).containsExactly(dir.resolve("out/composelint.json"), dir.resolve("out/composelint.txt"));
        assertThat(dir.resolve("out/composelint.txt")).content().doesNotContain("\u001b[");

        Files.writeString(dir.resolve("blocked"), "a file where a directory should be");
        ReportTargets blocked = ReportTargets.inDirectory(List.of("json"), dir.resolve("blocked"));
        assertThatThrownBy(() -> blocked.writeFiles(new Sample(dir).result(), context))
                .hasMessage("cannot write blocked/composelint.json: a file is in the way of its directory");
    }

    @Test
    void theEmbeddedStyleIsScopedToItsElementAndHasNoPageRules() {
        String css = HtmlReporter.embeddedStyle();
        assertThat(css).startsWith(".composelint{--bg:#ffffff;").doesNotContain("body{", ":root", "header{");
        assertThat(css.lines().skip(1)).allMatch(rule -> rule.startsWith(".composelint "));
        assertThat(css).contains(".composelint button,.composelint select{");
    }
}
