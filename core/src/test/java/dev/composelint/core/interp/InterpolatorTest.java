package dev.composelint.core.interp;

import dev.composelint.core.interp.Interpolator.Kind;
import dev.composelint.core.interp.Interpolator.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class InterpolatorTest {

    private static final Map<String, String> ENV = Map.of(
            "FOO", "first",
            "BAR", "second",
            "EMPTY", "",
            "lower", "low",
            "DOLLAR", "$HOME");

    private static Result interpolate(String template) {
        return Interpolator.interpolate(template, ENV::get);
    }

    /** Every form against a set ({@code FOO}), an empty ({@code EMPTY}) and an unset ({@code NOPE}) variable. */
    static Stream<Arguments> operatorForms() {
        return Stream.of(
                arguments("$FOO", "first", List.of()),
                arguments("$EMPTY", "", List.of()),
                arguments("$NOPE", "", List.of("NOPE")),
                arguments("${FOO}", "first", List.of()),
                arguments("${EMPTY}", "", List.of()),
                arguments("${NOPE}", "", List.of("NOPE")),
                arguments("${FOO:-d}", "first", List.of()),
                arguments("${EMPTY:-d}", "d", List.of()),
                arguments("${NOPE:-d}", "d", List.of()),
                arguments("${FOO-d}", "first", List.of()),
                arguments("${EMPTY-d}", "", List.of()),
                arguments("${NOPE-d}", "d", List.of()),
                arguments("${FOO:?e}", "first", List.of()),
                arguments("${FOO?e}", "first", List.of()),
                arguments("${EMPTY?e}", "", List.of()),
                arguments("${FOO:+a}", "a", List.of()),
                arguments("${EMPTY:+a}", "", List.of()),
                arguments("${NOPE:+a}", "", List.of()),
                arguments("${FOO+a}", "a", List.of()),
                arguments("${EMPTY+a}", "a", List.of()),
                arguments("${NOPE+a}", "", List.of()));
    }

    @ParameterizedTest(name = "{0} -> \"{1}\"")
    @MethodSource("operatorForms")
    void operatorForms(String template, String expected, List<String> unset) {
        Result result = interpolate(template);
        assertThat(result.error()).isNull();
        assertThat(result.value()).isEqualTo(expected);
        assertThat(result.unsetVariables()).isEqualTo(unset);
    }

    static Stream<Arguments> requiredErrors() {
        return Stream.of(
                arguments("${EMPTY:?e}", "EMPTY", "required variable EMPTY is missing a value: e"),
                arguments("${NOPE:?e}", "NOPE", "required variable NOPE is missing a value: e"),
                arguments("${NOPE?e}", "NOPE", "required variable NOPE is missing a value: e"),
                arguments("${NOPE?}", "NOPE", "required variable NOPE is missing a value"),
                arguments("${NOPE:?}", "NOPE", "required variable NOPE is missing a value"),
                arguments("not ok ${NOPE:?Mandatory Variable Unset}", "NOPE",
                        "required variable NOPE is missing a value: Mandatory Variable Unset"),
                arguments("${NOPE:?Mandatory ${FOO}}", "NOPE", "required variable NOPE is missing a value: Mandatory first"),
                arguments("${NOPE?$FOO}", "NOPE", "required variable NOPE is missing a value: first"),
                arguments("${NOPE?bar-baz}", "NOPE", "required variable NOPE is missing a value: bar-baz"),
                arguments("${NOPE:-${OTHER:?inner}}", "OTHER", "required variable OTHER is missing a value: inner"),
                arguments("${FOO}-${NOPE:?x}", "NOPE", "required variable NOPE is missing a value: x"),
                arguments("${FOO:-x}-${NOPE?y}", "NOPE", "required variable NOPE is missing a value: y"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requiredErrors")
    void requiredVariablesWithoutValueAreErrors(String template, String variable, String message) {
        Result result = interpolate(template);
        assertThat(result.error()).isEqualTo(new Interpolator.Error(Kind.REQUIRED_MISSING, variable, message));
        assertThat(result.value()).isEqualTo(template);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requiredErrors")
    void leniently(String template, String variable, String message) {
        Result result = Interpolator.interpolateLeniently(template, ENV::get);
        assertThat(result.error()).isNull();
        assertThat(result.missingRequired()).containsExactly(new Interpolator.Error(Kind.REQUIRED_MISSING, variable,
                message));
        assertThat(result.value()).doesNotContain("$").doesNotContain(variable);
    }

    @Test
    void lenientlyAMissingRequiredVariableIsEmptyAndTheRestIsInterpolated() {
        Result result = Interpolator.interpolateLeniently("${NOPE:?a}/${FOO}/${NOPE2?b}", ENV::get);
        assertThat(result.value()).isEqualTo("/first/");
        assertThat(result.missingRequired()).extracting(Interpolator.Error::variable).containsExactly("NOPE", "NOPE2");
        assertThat(Interpolator.interpolateLeniently("${", ENV::get).error().kind()).isEqualTo(Kind.INVALID_FORMAT);
    }

    static Stream<Arguments> invalidFormats() {
        return Stream.of(
                arguments("${", "${"),
                arguments("${}", "${}"),
                arguments("${ }", "${ }"),
                arguments("${ x}", "${ x}"),
                arguments("${x }", "${x }"),
                arguments("${x!}", "${x!}"),
                arguments("${1}", "${1}"),
                arguments("${x:x}", "${x:x}"),
                arguments("${FOO", "${FOO"),
                arguments("${FOO:-x", "${FOO:-x"),
                arguments("ok ${FOO} then ${", "ok ${FOO} then ${"),
                arguments("${NOPE:-line\n}", "${NOPE:-line\n}"),
                arguments("${NOPE:-${}}", "${}"),
                arguments("${NOPE:-${B}", "${B"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFormats")
    void invalidReferencesAreFormatErrors(String template, String invalidTemplate) {
        Result result = interpolate(template);
        assertThat(result.error()).isEqualTo(new Interpolator.Error(Kind.INVALID_FORMAT, null,
                "Invalid template: " + GoText.quote(invalidTemplate)));
        assertThat(result.value()).isEqualTo(template);
    }

    static Stream<Arguments> grammar() {
        return Stream.of(
                // escapes and literal dollars
                arguments("$$", "$", List.of()),
                arguments("$${FOO}", "${FOO}", List.of()),
                arguments("$$FOO", "$FOO", List.of()),
                arguments("a $ string", "a $ string", List.of()),
                arguments("^REGEX$", "^REGEX$", List.of()),
                arguments("$}", "$}", List.of()),
                arguments("$", "$", List.of()),
                arguments("$1", "$1", List.of()),
                arguments("$-x", "$-x", List.of()),
                arguments("cost: 5$ or $$5", "cost: 5$ or $5", List.of()),
                // names
                arguments("$FOO-bar", "first-bar", List.of()),
                arguments("$FOO_bar", "", List.of("FOO_bar")),
                arguments("$FOO.bar", "first.bar", List.of()),
                arguments("$lower/${lower}", "low/low", List.of()),
                arguments("${_x1}", "", List.of("_x1")),
                arguments("no variables", "no variables", List.of()),
                arguments("$DOLLAR", "$HOME", List.of()),
                // nesting and the text after a reference
                arguments("${NOPE:-${BAR:-x}}", "second", List.of()),
                arguments("${NOPE:-${NOPE2:-x}}", "x", List.of()),
                arguments("${NOPE-$FOO}", "first", List.of()),
                arguments("${NOPE-${FOO} ${FOO}}", "first first", List.of()),
                arguments("${EMPTY+$FOO ${FOO:+second}}", "first second", List.of()),
                arguments("${NOPE:-x}-${BAR}", "x-second", List.of()),
                arguments("${FOO:-x}}", "first}", List.of()),
                arguments("${NOPE:-{x}}", "{x}", List.of()),
                arguments("${NOPE:-/non:-alphanumeric}", "/non:-alphanumeric", List.of()),
                arguments("${NOPE-myerror?msg}", "myerror?msg", List.of()),
                arguments("+ok ${NOPE:-${EMPTY-default}}", "+ok ", List.of()),
                arguments(":?ok ${EMPTY:-default}", ":?ok default", List.of()),
                arguments("${NOPE:-a}${NOPE:-b}", "ab", List.of()),
                arguments("${NOPE:-}", "", List.of()),
                arguments("${NOPE-}", "", List.of()),
                arguments("${FOO:+}", "", List.of()),
                arguments("${FOO:-a:b}", "first", List.of()),
                arguments("${NOPE}${NOPE2}$NOPE", "", List.of("NOPE", "NOPE2")),
                arguments("multi\nline $FOO\n${BAR}", "multi\nline first\nsecond", List.of()),
                // operator text is evaluated only when used
                arguments("${FOO:-$MISSING}", "first", List.of()),
                arguments("${NOPE:-$MISSING}", "", List.of("MISSING")),
                arguments("${FOO:-${}}", "first", List.of()),
                arguments("${FOO?${NOPE:?never}}", "first", List.of()),
                arguments("${NOPE:+$MISSING}", "", List.of()),
                arguments("${FOO+$MISSING}", "", List.of("MISSING")));
    }

    @ParameterizedTest(name = "{0} -> \"{1}\"")
    @MethodSource("grammar")
    void grammar(String template, String expected, List<String> unset) {
        Result result = interpolate(template);
        assertThat(result.error()).isNull();
        assertThat(result.value()).isEqualTo(expected);
        assertThat(result.unsetVariables()).isEqualTo(unset);
    }

    @Test
    void eachVariableIsLookedUpOnlyWhenEvaluated() {
        List<String> asked = new ArrayList<>();
        Interpolator.interpolate("${A:-${B}} $C ${D+${E}}", name -> {
            asked.add(name);
            return name.equals("A") ? "a" : null;
        });
        assertThat(asked).containsExactly("A", "C", "D");
    }

    @Test
    void unsetVariablesAreListedOnceInOrder() {
        Result result = interpolate("$Z ${Y} $Z ${X:-$Y}");
        assertThat(result.value()).isEqualTo("   ");
        assertThat(result.unsetVariables()).containsExactly("Z", "Y");
    }
}
