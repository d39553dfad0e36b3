package dev.composelint.core.report;

import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonReporterTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void writesTheDocumentedStructure() {
        Sample sample = new Sample(dir);
        JsonNode root = MAPPER.readTree(Sample.render(new JsonReporter(), sample.result(), sample.context()));

        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(root.at("/tool/name").asString()).isEqualTo("composelint");
        assertThat(root.at("/tool/version").asString()).isEqualTo("1.2.3");
        assertThat(root.at("/summary").toString())
                .isEqualTo("{\"problems\":3,\"errors\":1,\"warnings\":1,\"info\":1,\"projects\":0,\"elapsedMillis\":410}");

        JsonNode latest = root.at("/findings/0");
        assertThat(latest.get("ruleId").asString()).isEqualTo("no-latest-tag");
        assertThat(latest.get("severity").asString()).isEqualTo("error");
        assertThat(latest.get("message").asString()).isEqualTo("Image \"nginx:latest\" is not pinned");
        assertThat(latest.get("file").asString()).isEqualTo("compose.yaml");
        assertThat(List.of(latest.get("line").asInt(), latest.get("column").asInt(), latest.get("endLine").asInt(),
                latest.get("endColumn").asInt())).containsExactly(3, 12, 3, 24);
        assertThat(latest.at("/related/0").toString()).isEqualTo("{\"file\":\"sub dir/compose.yaml\",\"line\":1,"
                + "\"column\":1,\"endLine\":null,\"endColumn\":null,\"message\":\"also used here\"}");
        assertThat(latest.at("/fix/description").asString()).isEqualTo("Pin the tag");
        assertThat(latest.at("/fix/edits/0").toString()).isEqualTo("{\"file\":\"compose.yaml\",\"line\":3,"
                + "\"column\":18,\"endLine\":3,\"endColumn\":24,\"replacement\":\"1.27.4\"}");
        assertThat(latest.get("profiles").size()).isZero();

        JsonNode privileged = root.at("/findings/1");
        assertThat(privileged.get("endLine").isNull()).isTrue();
        assertThat(privileged.at("/fix/edits").size()).isZero();
        assertThat(privileged.at("/profiles/0").asString()).isEqualTo("debug");

        JsonNode note = root.at("/findings/2");
        assertThat(note.get("message").asString()).isEqualTo("Line one\nline two <&>");
        assertThat(note.get("fix").isNull()).isTrue();
    }

    @Test
    void emptyResultHasEmptyFindings() {
        Sample sample = new Sample(dir);
        JsonNode root = MAPPER.readTree(Sample.render(new JsonReporter(), sample.result(List.of()),
                sample.context()));
        assertThat(root.get("findings").isArray()).isTrue();
        assertThat(root.get("findings").size()).isZero();
        assertThat(root.at("/summary/problems").asInt()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "quote \" here     | \"quote \\\" here\"",
            "back\\slash        | \"back\\\\slash\"",
            "tab\there          | \"tab\\there\"",
            "be\u0007ll         | \"be\\u0007ll\"",
            "line\u2028sep      | \"line\\u2028sep\"",
            "ünïcödé ✔          | \"ünïcödé ✔\"",
    })
    void escapesStrings(String text, String expected) throws Exception {
        StringBuilder sb = new StringBuilder();
        Json.quote(text, sb);
        assertThat(sb.toString()).isEqualTo(expected);
        assertThat(MAPPER.readTree(sb.toString()).asString()).isEqualTo(text);
    }

    @Test
    void pathsOutsideTheBaseDirectoryAreRelativeWithDots() {
        Sample sample = new Sample(dir);
        Finding outside = new Finding("io", Severity.ERROR, "x", Source.of(dir.resolve("../elsewhere.yaml"), 1, 1));
        JsonNode root = MAPPER.readTree(Sample.render(new JsonReporter(), sample.result(List.of(outside)),
                ReportContext.of(dir.resolve("sub dir"), "1")));
        assertThat(root.at("/findings/0/file").asString()).isEqualTo("../../elsewhere.yaml");
    }
}
