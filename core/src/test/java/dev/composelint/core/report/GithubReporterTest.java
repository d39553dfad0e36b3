package dev.composelint.core.report;

import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GithubReporterTest {

    @TempDir
    Path dir;

    @Test
    void writesOneWorkflowCommandPerFinding() {
        Sample sample = new Sample(dir);
        assertThat(Sample.render(new GithubReporter(), sample.result(), sample.context())).isEqualTo("""
                ::error file=compose.yaml,line=3,col=12,endLine=3,endColumn=24,title=no-latest-tag::Image \
                "nginx:latest" is not pinned
                ::warning file=compose.yaml,line=4,col=2,title=no-privileged::Don't run privileged: it's root, \
                100%25 of it
                ::notice file=sub dir/compose.yaml,line=1,col=1,title=style-note::Line one%0Aline two <&>
                """);
    }

    @Test
    void writesNothingForACleanRun() {
        Sample sample = new Sample(dir);
        assertThat(Sample.render(new GithubReporter(), sample.result(List.of()), sample.context())).isEmpty();
    }

    @Test
    void aValueCannotStartANewCommand() {
        Sample sample = new Sample(dir);
        Finding hostile = new Finding("r", Severity.ERROR, "bad\n::error file=x,line=1::forged\r\n::stop-commands::t",
                Source.of(sample.compose, 1, 1));
        String out = Sample.render(new GithubReporter(), sample.result(List.of(hostile)), sample.context());
        assertThat(out.lines()).singleElement()
                .satisfies(line -> assertThat(line).startsWith("::error ").contains("bad%0A::error file=x"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "100%        | 100%25      | 100%25",
            "a\\rb\\nc   | a%0Db%0Ac   | a%0Db%0Ac",
            "a,b:c       | a,b:c       | a%2Cb%3Ac",
            "%0A         | %250A       | %250A",
            "a\u001bb   | a\\x1bb    | a\\x1bb",
    })
    void escapesMessagesAndProperties(String text, String data, String property) {
        String raw = text.replace("\\r", "\r").replace("\\n", "\n");
        assertThat(GithubReporter.data(raw)).isEqualTo(data);
        assertThat(GithubReporter.property(raw)).isEqualTo(property);
    }
}
