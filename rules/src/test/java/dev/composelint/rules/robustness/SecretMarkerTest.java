package dev.composelint.rules.robustness;

import dev.composelint.core.Finding;
import dev.composelint.core.Related;
import dev.composelint.core.Source;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.engine.Linter;
import dev.composelint.core.load.LoadRequest;
import dev.composelint.core.report.ReportContext;
import dev.composelint.core.report.Reporters;
import dev.composelint.fixtures.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secrets policy end to end: the project in src-test-fixtures/secrets/markers plants {@code SECRET-MARKER-N}
 * in every place a secret can live; every reporter, in every format, prints none of them.
 */
class SecretMarkerTest {

    private static final Pattern MARKER = Pattern.compile("SECRET-MARKER-\\d+");
    /** The markers findings reach (in their raw message, or on the source line a code frame shows). */
    private static final Set<String> REACHED = Stream.of(1, 2, 3, 4, 5, 6, 7, 8, 13, 14, 15, 17, 18)
            .map(n -> "SECRET-MARKER-" + n).collect(Collectors.toSet());

    private static Path project;
    private static LintResult result;

    @BeforeAll
    static void lint() {
        project = Fixtures.root().resolve("secrets/markers");
        result = Linter.builder().discoverRules().build()
                .lint(LoadRequest.of(project).withEnvironment(Map.of()).withWorkingDirectory(project));
    }

    @Test
    void theFindingsReachThePlantedSecrets() throws IOException {
        Set<String> reached = new TreeSet<>();
        for (Finding finding : result.findings()) {
            markers(finding.message(), reached);
            markers(rawLine(finding.source()), reached);
            for (Related related : finding.related()) {
                markers(related.message(), reached);
                markers(rawLine(related.source()), reached);
            }
        }
        assertThat(reached).as("markers that reach a finding unredacted").containsAll(REACHED);
    }

    @ParameterizedTest(name = "{0}, color {1}")
    @CsvSource({"text, false", "text, true", "json, false", "sarif, false", "checkstyle, false", "junit, false",
        "github, false", "codeclimate, false", "html, false"})
    void noReporterPrintsAMarker(String format, boolean color) throws IOException {
        StringBuilder out = new StringBuilder();
        Reporters.byName(format).write(result, new ReportContext(project, color, "test"), out);
        assertThat(out).as(format + " report").isNotEmpty();
        assertThat(MARKER.matcher(out).results().map(MatchResult::group).toList())
                .as("markers the " + format + " report prints").isEmpty();
        if (format.equals("text")) assertThat(out).contains("***");
    }

    @Test
    void everyReporterIsCovered() {
        assertThat(Reporters.names()).containsExactlyInAnyOrder("text", "json", "sarif", "checkstyle", "junit",
                "github", "codeclimate", "html");
    }

    private static void markers(String text, Set<String> into) {
        if (text == null) return;
        Matcher m = MARKER.matcher(text);
        while (m.find()) into.add(m.group());
    }

    private static String rawLine(Source source) throws IOException {
        Path file = source.file();
        if (!Files.isRegularFile(file)) return null;
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return source.line() >= 1 && source.line() <= lines.size() ? lines.get(source.line() - 1) : null;
    }
}
