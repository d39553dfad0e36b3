package dev.composelint.core.interp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class GoTextTest {

    static Stream<Arguments> quoted() {
        return Stream.of(
                arguments("", "\"\""),
                arguments("plain ${X}", "\"plain ${X}\""),
                arguments("say \"hi\"", "\"say \\\"hi\\\"\""),
                arguments("a\\b", "\"a\\\\b\""),
                arguments("line\nnext\ttab\r", "\"line\\nnext\\ttab\\r\""),
                arguments("\u0007\b\f\u000B", "\"\\a\\b\\f\\v\""),
                arguments("\u0001\u007F", "\"\\x01\\x7f\""),
                arguments("äöü ✓", "\"äöü ✓\""));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("quoted")
    void quotesLikeGo(String text, String expected) {
        assertThat(GoText.quote(text)).isEqualTo(expected);
    }

    static Stream<Arguments> spaces() {
        return Stream.of(
                arguments(' ', true), arguments('\n', true), arguments('\u000B', true), arguments('\u0085', true),
                arguments('\u00A0', true), arguments('\u2003', true), arguments('\u2028', true),
                arguments('\u3000', true), arguments('x', false), arguments('\u200B', false),
                arguments('\u001F', false));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("spaces")
    void knowsGoWhiteSpace(char c, boolean expected) {
        assertThat(GoText.isSpace(c)).isEqualTo(expected);
    }
}
