package dev.composelint.core.interp;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.yaml.MergeTag;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YScalar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.composelint.core.interp.Trees.at;
import static dev.composelint.core.interp.Trees.documentWith;
import static dev.composelint.core.interp.Trees.entry;
import static dev.composelint.core.interp.Trees.map;
import static dev.composelint.core.interp.Trees.nodeAt;
import static dev.composelint.core.interp.Trees.scalar;
import static dev.composelint.core.interp.Trees.str;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class TypeCastingTest {

    static Stream<Arguments> casts() {
        return Stream.of(
                arguments("services.web.ports.[].target", "80", 80L),
                arguments("services.web.deploy.replicas", "3", 3L),
                arguments("services.web.deploy.update_config.parallelism", "2", 2L),
                arguments("services.web.deploy.update_config.max_failure_ratio", "0.25", 0.25),
                arguments("services.web.deploy.rollback_config.parallelism", "+1", 1L),
                arguments("services.web.deploy.rollback_config.max_failure_ratio", ".5", 0.5),
                arguments("services.web.deploy.restart_policy.max_attempts", "007", 7L),
                arguments("services.web.deploy.placement.max_replicas_per_node", "1", 1L),
                arguments("services.web.scale", "2", 2L),
                arguments("services.web.healthcheck.retries", "5", 5L),
                arguments("services.web.ulimits.nproc", "65535", 65535L),
                arguments("services.web.ulimits.nofile.soft", "1024", 1024L),
                arguments("services.web.ulimits.nofile.hard", "2048", 2048L),
                arguments("services.web.cpu_count", "2", 2L),
                arguments("services.web.cpu_period", "100000", 100000L),
                arguments("services.web.cpu_quota", "50000", 50000L),
                arguments("services.web.cpu_rt_period", "1000", 1000L),
                arguments("services.web.cpu_rt_runtime", "950", 950L),
                arguments("services.web.cpu_shares", "512", 512L),
                arguments("services.web.oom_score_adj", "-500", -500L),
                arguments("services.web.pids_limit", "-1", -1L),
                arguments("services.web.cpu_percent", "50", 50.0),
                arguments("services.web.cpus", "0.5", 0.5),
                arguments("services.web.cpus", "1.23456789", 1.2345679),
                arguments("services.web.cpus", "1e1", 10.0),
                arguments("services.web.init", "true", true),
                arguments("services.web.privileged", "TRUE", true),
                arguments("services.web.read_only", "False", false),
                arguments("services.web.tty", "false", false),
                arguments("services.web.stdin_open", "true", true),
                arguments("services.web.oom_kill_disable", "true", true),
                arguments("services.web.healthcheck.disable", "true", true),
                arguments("services.web.depends_on.db.required", "false", false),
                arguments("services.web.depends_on.db.restart", "true", true),
                arguments("services.web.volumes.[].read_only", "true", true),
                arguments("services.web.volumes.[].volume.nocopy", "true", true),
                arguments("networks.back.external", "true", true),
                arguments("networks.back.internal", "true", true),
                arguments("networks.back.attachable", "false", false),
                arguments("networks.back.enable_ipv4", "true", true),
                arguments("networks.back.enable_ipv6", "false", false),
                arguments("volumes.data.external", "true", true),
                arguments("secrets.token.external", "true", true),
                arguments("configs.app.external", "tRuE", true));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
    @MethodSource("casts")
    void castsStringsAtTypedPaths(String path, String text, Object expected) {
        YScalar original = new YScalar(text, "\"" + text + "\"", false, at(4, 9), MergeTag.RESET);

        TypeCasting.Outcome outcome = TypeCasting.apply(documentWith(path, original));

        YScalar cast = (YScalar) nodeAt(outcome.tree(), path);
        assertThat(cast.value()).isEqualTo(expected);
        assertThat(cast.text()).isEqualTo("\"" + text + "\"");
        assertThat(cast.plain()).isFalse();
        assertThat(cast.source()).isEqualTo(at(4, 9));
        assertThat(cast.tag()).isEqualTo(MergeTag.RESET);
        assertThat(outcome.diagnostics()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "yes, true, true",
            "Y, true, true",
            "on, true, true",
            "ON, true, true",
            "no, false, false",
            "n, false, false",
            "Off, false, false"})
    void acceptsYamlOneOneBooleansWithAWarning(String text, boolean expected, String suggestion) {
        TypeCasting.Outcome outcome = TypeCasting.apply(documentWith("services.web.tty", str(text, 6, 10)));

        assertThat(((YScalar) nodeAt(outcome.tree(), "services.web.tty")).value()).isEqualTo(expected);
        assertThat(outcome.diagnostics()).containsExactly(new Finding(Diagnostics.COMPOSE, Severity.WARNING,
                "\"" + text + "\" for boolean is not supported by YAML 1.2, please use `" + suggestion + "`",
                at(6, 10)));
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                arguments("services.web.tty", "maybe", "invalid boolean: maybe"),
                arguments("volumes.data.external", "true\"", "invalid boolean: true\""),
                arguments("services.web.init", "", "invalid boolean: "),
                arguments("services.web.ports.[].target", "80a", "strconv.Atoi: parsing \"80a\": invalid syntax"),
                arguments("services.web.deploy.replicas", "", "strconv.Atoi: parsing \"\": invalid syntax"),
                arguments("services.web.healthcheck.retries", " 3", "strconv.Atoi: parsing \" 3\": invalid syntax"),
                arguments("services.web.scale", "99999999999999999999",
                        "strconv.Atoi: parsing \"99999999999999999999\": value out of range"),
                arguments("services.web.pids_limit", "1.5", "strconv.ParseInt: parsing \"1.5\": invalid syntax"),
                arguments("services.web.cpus", "", "strconv.ParseFloat: parsing \"\": invalid syntax"),
                arguments("services.web.cpus", "1_000", "strconv.ParseFloat: parsing \"1_000\": invalid syntax"),
                arguments("services.web.cpus", "0.5d", "strconv.ParseFloat: parsing \"0.5d\": invalid syntax"),
                arguments("services.web.cpus", "1e39", "strconv.ParseFloat: parsing \"1e39\": value out of range"),
                arguments("services.web.cpu_percent", "1e400",
                        "strconv.ParseFloat: parsing \"1e400\": value out of range"));
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("failures")
    void reportsValuesThatDoNotCast(String path, String text, String reason) {
        YScalar original = str(text, 8, 11);

        TypeCasting.Outcome outcome = TypeCasting.apply(documentWith(path, original));

        assertThat(outcome.diagnostics()).containsExactly(new Finding(Diagnostics.COMPOSE, Severity.ERROR,
                "error while interpolating " + path + ": failed to cast to expected type: " + reason, at(8, 11)));
        assertThat(nodeAt(outcome.tree(), path)).isSameAs(original);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "services.web.ports.[].published, 8080",
            "services.web.ports.[], 80",
            "services.web.environment.DEBUG, true",
            "services.web.labels.replicas, 3",
            "services.web.deploy.resources.limits.cpus, 0.5",
            "services.web.networks.back.external, yes",
            "x-defaults.deploy.replicas, 3",
            "services.web.volumes.[], true",
            "networks.back.driver_opts.enable_ipv6, true"})
    void leavesOtherPathsAsStrings(String path, String text) {
        YMap document = documentWith(path, str(text, 2, 2));

        TypeCasting.Outcome outcome = TypeCasting.apply(document);

        assertThat(outcome.tree()).isSameAs(document);
        assertThat(outcome.diagnostics()).isEmpty();
    }

    @Test
    void leavesNonStringScalarsAlone() {
        YScalar replicas = scalar(3L, 5, 17);
        YScalar tty = scalar(true, 6, 10);
        YScalar cpus = scalar(null, 7, 11);
        YMap document = map(entry("services", map(entry("web", map(
                entry("deploy", map(entry("replicas", replicas))),
                entry("tty", tty),
                entry("cpus", cpus))))));

        TypeCasting.Outcome outcome = TypeCasting.apply(document);

        assertThat(outcome.tree()).isSameAs(document);
        assertThat(outcome.diagnostics()).isEmpty();
    }

    @Test
    void castsSeveralValuesInDocumentOrder() {
        YMap document = map(entry("services", map(entry("web", map(
                entry("tty", str("yes", 3, 10)),
                entry("scale", str("two", 4, 12)),
                entry("init", str("true", 5, 11)))))));

        TypeCasting.Outcome outcome = TypeCasting.apply(document);

        assertThat(outcome.diagnostics()).extracting(Finding::severity, Finding::source)
                .containsExactly(tuple(Severity.WARNING, at(3, 10)),
                        tuple(Severity.ERROR, at(4, 12)));
        assertThat(((YScalar) nodeAt(outcome.tree(), "services.web.init")).value()).isEqualTo(true);
        assertThat(((YScalar) nodeAt(outcome.tree(), "services.web.scale")).value()).isEqualTo("two");
    }
}
