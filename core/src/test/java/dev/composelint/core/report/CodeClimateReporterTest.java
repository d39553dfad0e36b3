package dev.composelint.core.report;

import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class CodeClimateReporterTest {

    private static final Pattern FINGERPRINT = Pattern.compile("\"fingerprint\": ?\"([0-9a-f]{64})\"");

    @TempDir
    Path dir;

    @Test
    void writesOneGitLabIssuePerFinding() {
        Sample sample = new Sample(dir);
        String json = Sample.render(new CodeClimateReporter(), sample.result(), sample.context());
        String compact = json.replaceAll("\\s+", "");
        assertThat(compact).startsWith("[{\"type\":\"issue\",\"check_name\":\"no-latest-tag\","
                        + "\"description\":\"Image\\\"nginx:latest\\\"isnotpinned\",\"categories\":[\"BugRisk\"],")
                .contains("\"severity\":\"major\",\"location\":{\"path\":\"compose.yaml\",\"lines\":{\"begin\":3}}}")
                .contains("\"check_name\":\"no-privileged\"", "\"severity\":\"minor\"",
                        "\"location\":{\"path\":\"compose.yaml\",\"lines\":{\"begin\":4}}")
                .contains("\"check_name\":\"style-note\"", "\"severity\":\"info\"",
                        "\"location\":{\"path\":\"subdir/compose.yaml\",\"lines\":{\"begin\":1}}")
                .endsWith("}]");
        assertThat(fingerprints(json)).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void fingerprintsAreStableAcrossLinesAndDistinctForRepeats() {
        Sample sample = new Sample(dir);
        Finding first = new Finding("r", Severity.ERROR, "same", Source.of(sample.compose, 2, 1));
        Finding repeat = new Finding("r", Severity.ERROR, "same", Source.of(sample.compose, 3, 1));
        Finding moved = new Finding("r", Severity.ERROR, "same", Source.of(sample.compose, 4, 1));
        List<String> before = fingerprints(Sample.render(new CodeClimateReporter(),
                sample.result(List.of(first, repeat)), sample.context()));
        List<String> after = fingerprints(Sample.render(new CodeClimateReporter(),
                sample.result(List.of(first, moved)), sample.context()));
        assertThat(before).doesNotHaveDuplicates().isEqualTo(after);
    }

    @Test
    void cleanRunIsAnEmptyArray() {
        Sample sample = new Sample(dir);
        assertThat(Sample.render(new CodeClimateReporter(), sample.result(List.of()), sample.context()).strip())
                .isEqualTo("[]");
    }

    private static List<String> fingerprints(String json) {
        Matcher matcher = FINGERPRINT.matcher(json);
        return matcher.results().map(m -> m.group(1)).toList();
    }
}
