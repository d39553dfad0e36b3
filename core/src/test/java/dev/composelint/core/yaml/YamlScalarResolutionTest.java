package dev.composelint.core.yaml;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Scalars resolve as go-yaml v4 gives them to Compose, not as snakeyaml's schemas would. */
class YamlScalarResolutionTest {

    private static final Path FILE = Path.of("compose.yaml");

    static Stream<Arguments> scalars() {
        return Stream.of(
                // YAML 1.1 booleans stay strings
                arguments("no", "no"), arguments("yes", "yes"), arguments("on", "on"), arguments("off", "off"),
                arguments("y", "y"), arguments("n", "n"), arguments("Yes", "Yes"),
                // booleans
                arguments("true", true), arguments("True", true), arguments("TRUE", true),
                arguments("false", false), arguments("False", false), arguments("FALSE", false),
                arguments("tRUE", "tRUE"),
                // nulls
                arguments("~", null), arguments("null", null), arguments("Null", null), arguments("NULL", null),
                arguments("", null), arguments("nULL", "nULL"),
                // integers, Go style
                arguments("0", 0L), arguments("42", 42L), arguments("-17", -17L), arguments("+12", 12L),
                arguments("0440", 288L), arguments("0777", 511L), arguments("1_000", 1000L),
                arguments("0x1F", 31L), arguments("0X1f", 31L), arguments("-0x1F", -31L), arguments("0o17", 15L),
                arguments("0b101", 5L), arguments("-0b101", -5L), arguments("00", 0L),
                arguments("9223372036854775807", Long.MAX_VALUE), arguments("-9223372036854775808", Long.MIN_VALUE),
                arguments("9223372036854775808", new BigInteger("9223372036854775808")),
                arguments("18446744073709551615", new BigInteger("18446744073709551615")),
                arguments("0xFFFFFFFFFFFFFFFF", new BigInteger("18446744073709551615")),
                // beyond 64 bits go-yaml falls back to a float (decimal) or a string (hex)
                arguments("18446744073709551616", 1.8446744073709552E19),
                arguments("0x1FFFFFFFFFFFFFFFF", "0x1FFFFFFFFFFFFFFFF"),
                // invalid octal falls back to float
                arguments("08", 8.0), arguments("09", 9.0), arguments("0_9", 9.0),
                // floats
                arguments("-0", -0.0), arguments("-0.0", -0.0), arguments("1.5", 1.5), arguments(".5", 0.5),
                arguments("+.5", 0.5), arguments("1e3", 1000.0), arguments("-1.5e-3", -0.0015),
                arguments("1.", 1.0), arguments("1_0.5", 10.5), arguments(".inf", Double.POSITIVE_INFINITY),
                arguments(".Inf", Double.POSITIVE_INFINITY), arguments("+.INF", Double.POSITIVE_INFINITY),
                arguments("-.Inf", Double.NEGATIVE_INFINITY), arguments("-.inf", Double.NEGATIVE_INFINITY),
                arguments(".nan", Double.NaN), arguments(".NaN", Double.NaN), arguments(".NAN", Double.NaN),
                // everything else is a string
                arguments("1e400", "1e400"), arguments("0x", "0x"), arguments("0x-5", "0x-5"),
                arguments("1.2.3", "1.2.3"), arguments("12abc", "12abc"), arguments("2024-01-02", "2024-01-02"),
                arguments("._5", "._5"), arguments(".5f", ".5f"), arguments("_1", "_1"), arguments("+", "+"),
                arguments("1 000", "1 000"), arguments("Infinity", "Infinity"), arguments("nan", "nan"),
                arguments("<<x", "<<x"), arguments("8080:80", "8080:80"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("scalars")
    void resolvesPlainScalarsLikeGoYaml(String text, Object expected) {
        YScalar scalar = valueOf("key: " + text + "\n");

        if (expected instanceof Double d && d.isNaN()) {
            assertThat(scalar.value()).isInstanceOf(Double.class);
            assertThat((Double) scalar.value()).isNaN();
        } else {
            assertThat(scalar.value()).isEqualTo(expected);
            if (expected != null) assertThat(scalar.value()).isExactlyInstanceOf(expected.getClass());
        }
        assertThat(scalar.text()).isEqualTo(text);
        assertThat(scalar.plain()).isTrue();
        assertThat(scalar.tag()).isEqualTo(MergeTag.NONE);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "0440"             | 0440
            '0440'             | 0440
            "true"             | true
            'no'               | no
            "~"                | ~
            ""                 | ``
            "1e3"              | 1e3
            'it''s'            | it's
            "a\\tb"            | a\tb
            """)
    void quotedScalarsAreAlwaysStrings(String written, String expected) {
        YScalar scalar = valueOf("key: " + written + "\n");

        assertThat(scalar.value()).isEqualTo(expected.replace("\\t", "\t"));
        assertThat(scalar.plain()).isFalse();
        assertThat(scalar.kindName()).isEqualTo("string");
    }

    static Stream<Arguments> blockScalars() {
        return Stream.of(
                arguments("key: |\n  0440\n", "0440\n"),
                arguments("key: >-\n  true\n", "true"),
                arguments("key: |-\n  ~\n", "~"),
                arguments("key: >\n  1e3\n  no\n", "1e3 no\n"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("blockScalars")
    void blockScalarsAreAlwaysStrings(String yaml, String expected) {
        YScalar scalar = valueOf(yaml);

        assertThat(scalar.value()).isEqualTo(expected);
        assertThat(scalar.text()).isEqualTo(expected);
        assertThat(scalar.plain()).isFalse();
    }

    static Stream<Arguments> tagged() {
        return Stream.of(
                arguments("!!str 123", "123"), arguments("!!str true", "true"), arguments("!!str ~", "~"),
                arguments("!!int \"42\"", 42L), arguments("!!int 0x10", 16L), arguments("!!float 1", 1.0),
                arguments("!!float \"2.5\"", 2.5), arguments("!!bool \"true\"", true), arguments("!!null ~", null),
                arguments("!!null \"\"", null), arguments("!custom 5", 5L), arguments("!custom \"5\"", "5"),
                arguments("!reset 5", 5L), arguments("!override no", "no"), arguments("!reset", null));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("tagged")
    void honoursStandardTagsAndIgnoresUnknownLocalTags(String written, Object expected) {
        YamlParse parse = parse("key: " + written + "\n");

        assertThat(parse.diagnostics()).isEmpty();
        assertThat(((YMap) parse.documents().get(0)).get("key")).isInstanceOfSatisfying(YScalar.class,
                s -> assertThat(s.value()).isEqualTo(expected));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            !!int abc     | cannot decode !!str `abc` as a !!int
            !!int 1.5     | cannot decode !!float `1.5` as a !!int
            !!bool yes    | cannot decode !!str `yes` as a !!bool
            !!float true  | cannot decode !!bool `true` as a !!float
            !!null 0      | cannot decode !!int `0` as a !!null
            """)
    void reportsTaggedValuesThatDoNotFitTheirTag(String written, String message) {
        YamlParse parse = parse("a: 1\nitem: " + written + "\n");

        assertThat(parse.diagnostics()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("yaml");
            assertThat(f.message()).isEqualTo(message);
            assertThat(f.source().line()).isEqualTo(2);
            assertThat(f.source().column()).isEqualTo(7);
        });
        assertThat(((YMap) parse.documents().get(0)).scalar("item").value()).isEqualTo(written.split(" ")[1]);
    }

    @Test
    void leavesOutTheValueOfASecretNamedKey() {
        YamlParse parse = parse("api_token: !!int SECRET-VALUE\n");

        assertThat(parse.diagnostics()).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("cannot decode !!str as a !!int"));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1.0           | 1
            1e8           | 1e+08
            1.5           | 1.5
            100000000.0   | 1e+08
            123456.0      | 123456
            1e21          | 1e+21
            0.0001        | 0.0001
            0.00001       | 1e-05
            -2.5e-7       | -2.5e-07
            .inf          | +Inf
            -.inf         | -Inf
            .nan          | NaN
            -0            | -0
            08            | 8
            0440          | 288
            true          | true
            no            | no
            """)
    void printsValuesAsGoDoes(String written, String goText) {
        assertThat(valueOf("key: " + written + "\n").asText()).isEqualTo(goText);
    }

    @Test
    void keepsTimestampsAsTheirText() {
        YScalar scalar = valueOf("built: 2024-01-02T10:00:00Z\n");

        assertThat(scalar.value()).isEqualTo("2024-01-02T10:00:00Z");
    }

    private static YScalar valueOf(String yaml) {
        YamlParse parse = parse(yaml);
        assertThat(parse.diagnostics()).isEmpty();
        YMap map = (YMap) parse.documents().get(0);
        return (YScalar) map.entries().get(0).value();
    }

    private static YamlParse parse(String yaml) {
        return new YamlReader().parse(FILE, yaml);
    }
}
