package dev.composelint.core.interp;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.yaml.MergeTag;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.composelint.core.interp.Trees.at;
import static dev.composelint.core.interp.Trees.documentWith;
import static dev.composelint.core.interp.Trees.entry;
import static dev.composelint.core.interp.Trees.map;
import static dev.composelint.core.interp.Trees.nodeAt;
import static dev.composelint.core.interp.Trees.scalar;
import static dev.composelint.core.interp.Trees.seq;
import static dev.composelint.core.interp.Trees.str;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class TreeInterpolatorTest {

    private static final Map<String, String> ENV = Map.of("TAG", "1.2", "PORT", "8080", "DIR", "common");

    private static TreeInterpolator.Outcome interpolate(YNode root) {
        return TreeInterpolator.interpolate(root, ENV::get);
    }

    @Test
    void interpolatesValuesButNeverKeys() {
        YMap root = map(entry("services", map(entry("web", map(
                entry("image", str("nginx:${TAG}", 3, 12)),
                entry("labels", map(entry("$TAG", str("$TAG", 5, 15)))))))));

        TreeInterpolator.Outcome outcome = interpolate(root);

        assertThat(nodeAt(outcome.tree(), "services.web.image")).extracting("value").isEqualTo("nginx:1.2");
        YMap labels = (YMap) nodeAt(outcome.tree(), "services.web.labels");
        assertThat(labels.keys()).containsExactly("$TAG");
        assertThat(labels.scalar("$TAG").value()).isEqualTo("1.2");
        assertThat(outcome.diagnostics()).isEmpty();
        assertThat(outcome.unsetVariables()).isEmpty();
    }

    @Test
    void lenientlyRecordsUnknownScalarsAndMissingRequiredVariables() {
        YScalar image = str("app:${NOPE:?set NOPE}", 3, 12);
        YScalar port = str("${UNSET}:80", 4, 9);
        YScalar tag = str("${TAG}", 5, 9);
        YMap root = map(entry("image", image), entry("port", port), entry("tag", tag));

        TreeInterpolator.Outcome outcome = TreeInterpolator.interpolateLeniently(root, ENV::get);

        assertThat(outcome.diagnostics()).isEmpty();
        assertThat(nodeAt(outcome.tree(), "image")).extracting("value").isEqualTo("app:");
        assertThat(outcome.unknownScalars()).containsOnlyKeys(image.source(), port.source());
        assertThat(outcome.unknownScalars().get(image.source())).containsExactly("NOPE");
        assertThat(outcome.unknownScalars().get(port.source())).containsExactly("UNSET");
        assertThat(outcome.missingRequired()).containsExactly(
                new TreeInterpolator.MissingRequired("NOPE", "image", "set NOPE", image.source()));
        assertThat(TreeInterpolator.interpolate(root, ENV::get).diagnostics()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("required variable NOPE is missing a value"));
    }

    @Test
    void leavesNonStringScalarsUntouched() {
        YScalar number = scalar(80L, 2, 9);
        YScalar flag = scalar(true, 3, 9);
        YScalar nothing = scalar(null, 4, 9);
        YScalar decimal = scalar(0.5, 5, 9);
        YMap root = map(entry("a", number), entry("b", flag), entry("c", nothing), entry("d", decimal));

        TreeInterpolator.Outcome outcome = interpolate(root);

        assertThat(outcome.tree()).isSameAs(root);
        assertThat(outcome.diagnostics()).isEmpty();
    }

    @Test
    void keepsPositionTagAndWrittenText() {
        YScalar original = new YScalar("${NOPE:-admin}", "\"${NOPE:-admin}\"", false, at(7, 14), MergeTag.OVERRIDE);
        YMap root = documentWith("services.db.environment.USER", original);

        YScalar result = (YScalar) nodeAt(interpolate(root).tree(), "services.db.environment.USER");

        assertThat(result.value()).isEqualTo("admin");
        assertThat(result.text()).isEqualTo("\"${NOPE:-admin}\"");
        assertThat(result.plain()).isFalse();
        assertThat(result.source()).isEqualTo(at(7, 14));
        assertThat(result.tag()).isEqualTo(MergeTag.OVERRIDE);
    }

    @Test
    void unescapesDollarsAndKeepsTheWrittenText() {
        YScalar result = (YScalar) nodeAt(interpolate(documentWith("services.web.command", str("echo $$HOME", 4, 14)))
                .tree(), "services.web.command");

        assertThat(result.value()).isEqualTo("echo $HOME");
        assertThat(result.text()).isEqualTo("echo $$HOME");
    }

    static Stream<Arguments> interpolatedEverywhere() {
        return Stream.of(
                arguments("name", "app-${TAG}", "app-1.2"),
                arguments("x-common.image", "repo:${TAG}", "repo:1.2"),
                arguments("include.[]", "${DIR}/compose.yaml", "common/compose.yaml"),
                arguments("include.[].path", "./${DIR}.yaml", "./common.yaml"),
                arguments("services.web.ports.[]", "${PORT}:80", "8080:80"),
                arguments("services.web.command.[].[]", "$DIR", "common"),
                arguments("services.web.environment.[]", "PORT=${PORT:-80}", "PORT=8080"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("interpolatedEverywhere")
    void interpolatesStringsAnywhere(String path, String template, String expected) {
        TreeInterpolator.Outcome outcome = interpolate(documentWith(path, str(template, 2, 5)));

        assertThat(((YScalar) nodeAt(outcome.tree(), path)).value()).isEqualTo(expected);
        assertThat(outcome.diagnostics()).isEmpty();
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                arguments("services.web.image", "nginx:${VERSION:?set VERSION first}",
                        "error while interpolating services.web.image: required variable VERSION is missing a value: "
                                + "set VERSION first"),
                arguments("services.web.image", "${VERSION?}",
                        "error while interpolating services.web.image: required variable VERSION is missing a value"),
                arguments("services.web.environment.[]", "A=${",
                        "invalid interpolation format for services.web.environment.[]; "
                                + "you may need to escape any $ with another $"),
                arguments("x-labels.team", "${ team}",
                        "invalid interpolation format for x-labels.team: \"${ team}\"; "
                                + "you may need to escape any $ with another $"),
                arguments("name", "${NAME:?}",
                        "error while interpolating name: required variable NAME is missing a value"),
                arguments("include.[].env_file.[]", "${ENV_DIR:?where}/.env",
                        "error while interpolating include.[].env_file.[]: required variable ENV_DIR is missing a "
                                + "value: where"),
                arguments("services.web.command.[].[]", "say \"${x!}\"",
                        "invalid interpolation format for services.web.command.[].[]: \"say \\\"${x!}\\\"\"; "
                                + "you may need to escape any $ with another $"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("errors")
    void reportsErrorsWithComposePathsAndKeepsTheValue(String path, String template, String message) {
        YScalar original = str(template, 9, 7);
        TreeInterpolator.Outcome outcome = interpolate(documentWith(path, original));

        assertThat(outcome.diagnostics()).containsExactly(
                new Finding(Diagnostics.INTERPOLATION, Severity.ERROR, message, at(9, 7)));
        assertThat(nodeAt(outcome.tree(), path)).isSameAs(original);
    }

    @Test
    void continuesAfterAnError() {
        YMap root = map(entry("services", map(
                entry("a", map(entry("image", str("${A:?}", 3, 12)))),
                entry("b", map(entry("image", str("img:${TAG}", 5, 12)))),
                entry("c", map(entry("image", str("${", 7, 12)))))));

        TreeInterpolator.Outcome outcome = interpolate(root);

        assertThat(outcome.diagnostics()).extracting(Finding::source).containsExactly(at(3, 12), at(7, 12));
        assertThat(((YScalar) nodeAt(outcome.tree(), "services.b.image")).value()).isEqualTo("img:1.2");
    }

    @Test
    void collectsUnsetVariablesWithTheirFirstUse() {
        YMap root = map(
                entry("name", str("${PROJECT}", 1, 7)),
                entry("services", map(entry("web", map(
                        entry("image", str("$REGISTRY/web:${TAG}", 4, 12)),
                        entry("environment", seq(
                                str("A=$PROJECT", 6, 9),
                                str("B=${FALLBACK:-$DEFAULTED}", 7, 9),
                                str("C=${PRESENT+$ALTERNATE}", 8, 9))))))));

        TreeInterpolator.Outcome outcome = interpolate(root);

        assertThat(outcome.unsetVariables()).containsExactly(
                Map.entry("PROJECT", at(1, 7)),
                Map.entry("REGISTRY", at(4, 12)),
                Map.entry("DEFAULTED", at(7, 9)));
        assertThat(outcome.diagnostics()).isEmpty();
        assertThat(((YScalar) nodeAt(outcome.tree(), "services.web.image")).value()).isEqualTo("/web:1.2");
    }

    @Test
    void returnsTheSameTreeWhenNothingChanges() {
        YMap root = map(entry("services", map(entry("web", map(
                entry("image", str("nginx", 3, 12)),
                entry("ports", seq(str("80:80", 5, 9), scalar(443L, 6, 9))))))));

        TreeInterpolator.Outcome outcome = interpolate(root);

        assertThat(outcome.tree()).isSameAs(root);
        assertThat(outcome.diagnostics()).isEmpty();
        assertThat(outcome.unsetVariables()).isEmpty();
    }

    @Test
    void keepsKeyPositionsAndOrder() {
        YMap root = map(entry("b", str("$TAG", 1, 4)), entry("a", str("x", 2, 4)));
        YMap result = (YMap) interpolate(root).tree();

        assertThat(result.keys()).containsExactly("b", "a");
        assertThat(result.entry("b").keySource()).isEqualTo(root.entry("b").keySource());
        assertThat(result.entries()).extracting(e -> ((YScalar) e.value()).value()).containsExactly("1.2", "x");
        assertThat(List.of(result.source())).containsExactly(root.source());
    }

    @Test
    void reportsEachScalarAtItsOwnSource() {
        Source second = at(12, 3);
        YMap root = map(entry("x-a", seq(str("ok", 11, 3), str("${", 12, 3))));

        assertThat(interpolate(root).diagnostics()).extracting(Finding::source).containsExactly(second);
    }
}
