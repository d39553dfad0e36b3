package dev.composelint.lsp;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Incremental sync: range edits in UTF-16 code units over LF, CRLF and CR line ends. */
class TextChangesTest {

    private static Range range(int line, int character, int endLine, int endCharacter) {
        return new Range(new Position(line, character), new Position(endLine, endCharacter));
    }

    @Test
    void anInsertionAtAPosition() {
        assertThat(TextChanges.apply("services:\n  web:\n", range(1, 6, 1, 6), "\n    image: nginx"))
                .isEqualTo("services:\n  web:\n    image: nginx\n");
    }

    @Test
    void aMultiLineRangeIsReplaced() {
        String text = "a: 1\nb: 2\nc: 3\nd: 4\n";
        assertThat(TextChanges.apply(text, range(1, 3, 3, 1), "x\ny")).isEqualTo("a: 1\nb: x\ny: 4\n");
        assertThat(TextChanges.apply(text, range(1, 0, 3, 0), "")).isEqualTo("a: 1\nd: 4\n");
    }

    @Test
    void crlfAndCrEndLines() {
        String crlf = "a: 1\r\nb: 2\r\nc: 3\r\n";
        assertThat(TextChanges.apply(crlf, range(1, 3, 1, 4), "9")).isEqualTo("a: 1\r\nb: 9\r\nc: 3\r\n");
        assertThat(TextChanges.apply(crlf, range(0, 4, 2, 0), "\r\n")).isEqualTo("a: 1\r\nc: 3\r\n");
        // a character past the end of the line is the end of the line, before its CRLF
        assertThat(TextChanges.apply(crlf, range(0, 99, 0, 99), "0")).isEqualTo("a: 10\r\nb: 2\r\nc: 3\r\n");
        String cr = "a: 1\rb: 2\r";
        assertThat(TextChanges.apply(cr, range(1, 0, 1, 1), "z")).isEqualTo("a: 1\rz: 2\r");
    }

    @Test
    void astralCharactersCountTwoCodeUnits() {
        // U+1F600 is two UTF-16 code units: the edit after it starts at character 9, not 8
        String text = "label: \uD83D\uDE00x\nnext: 1\n";
        assertThat(TextChanges.apply(text, range(0, 9, 0, 10), "y")).isEqualTo("label: \uD83D\uDE00y\nnext: 1\n");
        assertThat(TextChanges.apply(text, range(0, 7, 0, 9), "ok")).isEqualTo("label: okx\nnext: 1\n");
        assertThat(TextChanges.apply("é\uD834\uDD1E: 1\n", range(0, 3, 0, 3), "!")).isEqualTo("é\uD834\uDD1E!: 1\n");
    }

    @Test
    void aByteOrderMarkIsACharacterOfTheFirstLine() {
        assertThat(TextChanges.apply("\uFEFFa: 1\n", range(0, 1, 0, 2), "b")).isEqualTo("\uFEFFb: 1\n");
    }

    @Test
    void positionsPastTheTextEndAtItsEnd() {
        assertThat(TextChanges.apply("a: 1", range(5, 0, 7, 3), "\nb: 2")).isEqualTo("a: 1\nb: 2");
        assertThat(TextChanges.apply("a: 1\n", range(1, 0, 1, 0), "b: 2\n")).isEqualTo("a: 1\nb: 2\n");
    }

    @Test
    void anEndBeforeTheStartInsertsAtTheStart() {
        assertThat(TextChanges.apply("abc", range(0, 2, 0, 1), "X")).isEqualTo("abXc");
    }
}
