package dev.composelint.core.evidence;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The tokenizer alone: words, quoting, operators, references kept apart, positions. */
class ShellLexerTest {

    private static List<List<String>> words(String text) {
        SourceText source = new SourceText(Path.of("x.sh"), text);
        return ShellLexer.commands(new Snippet().appendRange(source, 0, text.length())).stream()
                .map(command -> command.words().stream().map(ShellLexer.Word::raw).toList()).toList();
    }

    private static List<ShellLexer.Segment> segments(String word) {
        SourceText source = new SourceText(Path.of("x.sh"), word);
        return ShellLexer.commands(new Snippet().appendRange(source, 0, word.length())).get(0).words().get(0)
                .segments();
    }

    @Test
    void operatorsCommentsAndContinuations() {
        assertThat(words("a b&&c 'd e'||f;g|h & i # j k\nl \\\n m (n) `o p` $(q r)"))
                .containsExactly(List.of("a", "b"), List.of("c", "'d e'"), List.of("f"), List.of("g"), List.of("h"),
                        List.of("i"), List.of("l", "m"), List.of("n"), List.of("`o p`", "$(q r)"));
    }

    @Test
    void redirectionTargetsAreDropped() {
        assertThat(words("a 2>/dev/null b >out c 2>&1 d &>log e <<<word f"))
                .containsExactly(List.of("a", "b", "c", "d", "e", "f"));
    }

    @Test
    void quotesAndEscapesJoinOneWord() {
        List<ShellLexer.Segment> segments = segments("pre\"mid $X \\\"q\\\"\"'lit $Y'\\ end");
        assertThat(segments).extracting(ShellLexer.Segment::kind).containsExactly(ShellLexer.Kind.LITERAL,
                ShellLexer.Kind.LITERAL, ShellLexer.Kind.VARIABLE, ShellLexer.Kind.LITERAL, ShellLexer.Kind.LITERAL);
        assertThat(segments).extracting(ShellLexer.Segment::text)
                .containsExactly("pre", "mid ", "X", " \"q\"lit $Y", " end");
        assertThat(segments).extracting(ShellLexer.Segment::quoted).containsExactly(false, true, true, true, false);
    }

    @Test
    void variableForms() {
        assertThat(segments("${A:-x.yml}").get(0)).satisfies(segment -> {
            assertThat(segment.kind()).isEqualTo(ShellLexer.Kind.VARIABLE);
            assertThat(segment.operator()).isEqualTo("-");
            assertThat(segment.argument()).isEqualTo("x.yml");
        });
        assertThat(segments("${A:+y}").get(0).operator()).isEqualTo("+");
        assertThat(segments("${A?}").get(0).operator()).isEqualTo("?");
        assertThat(segments("${#A}").get(0).kind()).isEqualTo(ShellLexer.Kind.OPAQUE);
        assertThat(segments("${A%.yml}").get(0).kind()).isEqualTo(ShellLexer.Kind.OPAQUE);
        assertThat(segments("$1").get(0).kind()).isEqualTo(ShellLexer.Kind.OPAQUE);
        assertThat(segments("$((1 + 2))").get(0).raw()).isEqualTo("$((1 + 2))");
        assertThat(segments("$(a \"$(b)\" ')')").get(0).raw()).isEqualTo("$(a \"$(b)\" ')')");
    }

    @Test
    void hereDocumentWithTabsStripped() {
        assertThat(words("cat <<-END >f\n\tdocker compose up\n\tEND\nnext")).containsExactly(List.of("cat"),
                List.of("next"));
    }
}
