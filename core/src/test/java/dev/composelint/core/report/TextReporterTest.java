package dev.composelint.core.report;

import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextReporterTest {

    @TempDir
    Path dir;

    @Test
    void groupsByFileWithCodeFramesRelatedFixAndSummary() {
        Sample sample = new Sample(dir);
        String text = Sample.render(new TextReporter(), sample.result(), sample.context());
        assertThat(text).isEqualTo("""
                compose.yaml:3:12  error  Image "nginx:latest" is not pinned  [no-latest-tag]
                  3 |     image: nginx:latest
                    |            ^^^^^^^^^^^^
                  related: sub dir/compose.yaml:1:1  also used here
                  fix (--fix): Pin the tag
                compose.yaml:4:2  warning  Don't run privileged  [no-privileged]
                    it's root, 100% of it
                  4 | \tprivileged: true
                    | \t^
                  fix: Drop privileged
                  profiles: debug

                sub dir/compose.yaml:1:1  info  Line one\\x0aline two <&>  [style-note]
                  1 | services: {}
                    | ^

                ✖ 3 problems (1 error, 1 warning, 1 info) in 0 projects, 0.41 s
                """);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "port 8080:80 of service web is published twice; bind it to one | port 8080:80 of service web is "
                    + "published twice | bind it to one",
            "network `name: x` is missing: create it | network `name: x` is missing | create it",
            "fails with \"error: no such network\". Set name | fails with \"error: no such network\". | Set name",
            "bind it explicitly, e.g. `127.0.0.1:80:80` | bind it explicitly, e.g. `127.0.0.1:80:80` | ''",
            "note: x | note: x | ''",
            "target a names b (prometheus is on x, y; b is on z) | target a names b (prometheus is on x, y; b is on "
                    + "z) | ''",
            "service web has no memory limit, so a leak hurts | service web has no memory limit | so a leak hurts",
    })
    void splitsTheHeadlineAtTheFirstClauseBreakOutsideCodeAndQuotes(String message, String headline,
                                                                      String detail) {
        assertThat(TextReporter.headlineAndDetail(message)).containsExactly(headline, detail);
    }

    @Test
    void wrapsLongDetailsAtTheDetailWidth() {
        String detail = "word ".repeat(60).strip();
        List<String> lines = TextReporter.wrap(detail);
        assertThat(lines).hasSizeGreaterThan(2).allSatisfy(line -> assertThat(line.length() + 4)
                .isLessThanOrEqualTo(TextReporter.DETAIL_WIDTH));
        assertThat(String.join(" ", lines)).isEqualTo(detail);
        assertThat(TextReporter.wrap("x".repeat(150))).containsExactly("x".repeat(150));
    }

    @Test
    void aLongLineIsCutToAWindowAroundTheColumn() {
        String line = "a".repeat(5_000) + "NEEDLE" + "b".repeat(5_000);
        TextReporter.Frame frame = TextReporter.Frame.of(line, new Source(Path.of("f"), 1, 5_001, 1, 5_007));
        assertThat(frame.text()).startsWith("\u2026").endsWith("\u2026")
                .hasSize(TextReporter.Frame.FRAME_WIDTH + 2);
        assertThat(frame.text().substring(frame.column() - 1, frame.column() - 1 + frame.carets()))
                .isEqualTo("NEEDLE");
        TextReporter.Frame shortLine = TextReporter.Frame.of("image: x", new Source(Path.of("f"), 1, 8, 1, 9));
        assertThat(shortLine).isEqualTo(new TextReporter.Frame("image: x", 8, 1));
    }

    @Test
    void cleanRunPrintsACheckMark() {
        Sample sample = new Sample(dir);
        assertThat(Sample.render(new TextReporter(), sample.result(List.of()), sample.context()))
                .isEqualTo("✔ no problems in 0 projects, 0.41 s\n");
    }

    @Test
    void skipsTheFrameWhenTheFileCannotBeRead() {
        Sample sample = new Sample(dir);
        Finding missing = new Finding("io", Severity.ERROR, "cannot read", Source.of(dir.resolve("gone.yaml"), 2, 1));
        Finding pastEnd = new Finding("yaml", Severity.ERROR, "past the end", Source.of(sample.compose, 99, 1));
        String text = Sample.render(new TextReporter(), sample.result(List.of(missing, pastEnd)), sample.context());
        assertThat(text).isEqualTo("""
                compose.yaml:99:1  error  past the end  [yaml]

                gone.yaml:2:1  error  cannot read  [io]

                ✖ 2 problems (2 errors, 0 warnings, 0 info) in 0 projects, 0.41 s
                """);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // start column, end line, end column, expected marker line
            "5 | 0 | 0  | '    ^'",
            "5 | 1 | 8  | '    ^^^'",
            "3 | 2 | 1  | '  ^^^^^^^^'",
            "12| 1 | 12 | '           ^'",
    })
    void caretsSpanTheReportedColumns(int column, int endLine, int endColumn, String expected) throws Exception {
        Path file = dir.resolve("one.yaml");
        Files.writeString(file, "typ: value\nnext: x\n");
        Source at = new Source(file, 1, column, endLine, endColumn);
        String text = Sample.render(new TextReporter(), new Sample(dir).result(List.of(
                new Finding("r", Severity.ERROR, "m", at))), ReportContext.of(dir, "1"));
        assertThat(text.lines().toList().get(2)).isEqualTo("    |" + " " + expected);
    }

    @Test
    void escapesControlCharactersAndMasksSecretsInMessagesAndFrames() throws Exception {
        Path file = dir.resolve("hostile.yaml");
        Files.writeString(file, "x: \u001b]0;title\u0007\u009b2J\n  DB_PASSWORD: hunter2\n");
        Path env = dir.resolve(".env");
        Files.writeString(env, "TOKEN=\"abc\n");
        String text = Sample.render(new TextReporter(), new Sample(dir).result(List.of(
                new Finding("r", Severity.ERROR, "m\u001b[2Jx https://u:hunter2@h/", Source.of(file, 1, 4)),
                new Finding("r", Severity.ERROR, "secret here", Source.of(file, 2, 3)),
                new Finding("r", Severity.ERROR, "env", Source.of(env, 1, 7)))), ReportContext.of(dir, "1"));
        assertThat(text).doesNotContain("\u001b", "\u0007", "\u009b", "hunter2", "abc")
                .contains("m\\x1b[2Jx https://***@h/", "1 | x: \\x1b]0;title\\x07\\x9b2J",
                        "2 |   DB_PASSWORD: ***", "1 | TOKEN=***");
    }

    @Test
    void colorsWithAnsiWhenAsked() {
        Sample sample = new Sample(dir);
        String text = Sample.render(new TextReporter(), sample.result(),
                new ReportContext(dir, true, "1.2.3"));
        assertThat(text)
                .contains("\u001b[31merror\u001b[0m", "\u001b[33mwarning\u001b[0m", "\u001b[36minfo\u001b[0m")
                .contains("\u001b[1mcompose.yaml:3:12\u001b[0m")
                .contains("\u001b[1m\u001b[31m✖ 3 problems (1 error, 1 warning, 1 info)\u001b[0m in 0 projects, 0.41 s");
        assertThat(Sample.render(new TextReporter(), sample.result(), sample.context())).doesNotContain("\u001b");
    }
}
