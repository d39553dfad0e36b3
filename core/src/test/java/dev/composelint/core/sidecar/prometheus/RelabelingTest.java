package dev.composelint.core.sidecar.prometheus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

class RelabelingTest {

    private static RelabelRule rule(List<String> sources, String regex, String target, String replacement,
                                    String action) {
        return new RelabelRule(sources, ";", regex, 0, target, replacement, action, null);
    }

    @Test
    void blackboxPatternMovesTheUrlIntoAParamAndScrapesTheExporter() {
        Relabeling.Outcome outcome = Relabeling.apply(Map.of("__address__", "http://web/health"), List.of(
                rule(List.of("__address__"), "(.*)", "__param_target", "$1", "replace"),
                rule(List.of("__param_target"), "(.*)", "instance", "$1", "replace"),
                rule(List.of(), "(.*)", "__address__", "blackbox:9115", "replace")));
        assertThat(outcome.status()).isEqualTo(Relabeling.Status.KEPT);
        assertThat(outcome.address()).isEqualTo("blackbox:9115");
        assertThat(outcome.labels()).containsEntry("__param_target", "http://web/health")
                .containsEntry("instance", "http://web/health");
    }

    @Test
    void keepAndDropFilterTargets() {
        Map<String, String> labels = Map.of("__address__", "api:8080", "env", "prod");
        assertThat(Relabeling.apply(labels, List.of(rule(List.of("env"), "prod", "", "$1", "keep"))).status())
                .isEqualTo(Relabeling.Status.KEPT);
        assertThat(Relabeling.apply(labels, List.of(rule(List.of("env"), "dev", "", "$1", "keep"))).status())
                .isEqualTo(Relabeling.Status.DROPPED);
        assertThat(Relabeling.apply(labels, List.of(rule(List.of("env"), "pro.", "", "$1", "drop"))).status())
                .isEqualTo(Relabeling.Status.DROPPED);
        assertThat(Relabeling.apply(labels, List.of(rule(List.of("env"), "pro", "", "$1", "drop"))).status())
                .as("regexes are anchored").isEqualTo(Relabeling.Status.KEPT);
    }

    @Test
    void rewritesThePortWithCaptureGroups() {
        Relabeling.Outcome outcome = Relabeling.apply(Map.of("__address__", "api:8080"), List.of(
                rule(List.of("__address__"), "(?P<host>[^:]+):\\d+", "__address__", "${host}:9100", "replace")));
        assertThat(outcome.address()).isEqualTo("api:9100");
    }

    @Test
    void hashmodCannotBeEvaluated() {
        Relabeling.Outcome outcome = Relabeling.apply(Map.of("__address__", "api:8080"), List.of(
                new RelabelRule(List.of("__address__"), ";", "(.*)", 4, "__tmp_hash", "$1", "hashmod", null)));
        assertThat(outcome.status()).isEqualTo(Relabeling.Status.UNKNOWN);
        assertThat(outcome.address()).isNull();
    }

    @Test
    void labelActionsAndAnEmptyAddress() {
        Relabeling.Outcome mapped = Relabeling.apply(Map.of("__address__", "a:1", "__meta_x_team", "core"), List.of(
                rule(List.of(), "__meta_x_(.+)", "", "$1", "labelmap"),
                rule(List.of(), "__meta_.*", "", "$1", "labeldrop"),
                rule(List.of("team"), "(.*)", "team_upper", "$1", "uppercase")));
        assertThat(mapped.labels()).containsEntry("team", "core").containsEntry("team_upper", "CORE")
                .doesNotContainKey("__meta_x_team");
        assertThat(Relabeling.apply(Map.of("__address__", "a:1"), List.of(
                rule(List.of("missing"), "(.*)", "__address__", "$1", "replace"))).status())
                .isEqualTo(Relabeling.Status.DROPPED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "$1           | host:9100 | host",
            "${1}x        | host:9100 | hostx",
            "$1x          | host:9100 | ''",
            "$$1          | host:9100 | $1",
            "${port}      | host:9100 | 9100",
            "$2-$1        | host:9100 | 9100-host",
            "$            | host:9100 | $"})
    void expandsTemplatesLikeGo(String template, String input, String expected) {
        Matcher m = Relabeling.compile("(?P<host>[^:]+):(?P<port>\\d+)").matcher(input);
        assertThat(m.matches()).isTrue();
        assertThat(Relabeling.expand(template, m)).isEqualTo(expected);
    }
}
