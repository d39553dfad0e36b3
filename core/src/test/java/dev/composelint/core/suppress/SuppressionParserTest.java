package dev.composelint.core.suppress;

import dev.composelint.core.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuppressionParserTest {

    private static final Path FILE = Path.of("/p/compose.yaml");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'# c'                          | 0",
            "'   # c'                       | 3",
            "'image: x # c'                 | 9",
            "'image: x#c'                   | -1",
            "'url: http://h/#frag'          | -1",
            "'cmd: \"echo # no\"'           | -1",
            "'cmd: \"echo \\\" # no\" # yes' | 20",
            "'cmd: ''it''''s # no'' # yes'  | 18",
            "'cmd: it''s # yes'             | 10",
            "'cmd: [\"a # no\", b] # yes'   | 19",
            "'cmd: \"unclosed # yes'        | 15",
            "'- \"a\" #c'                   | 6",
            "'\t# tab before'               | 1",
    })
    void findsWhereACommentStarts(String line, int expected) {
        assertThat(SuppressionParser.commentStart(line)).isEqualTo(expected);
    }

    @Test
    void parsesTheThreeFormsWithTheirRuleIdsAndPosition() {
        List<SuppressionComment> comments = SuppressionParser.parse(FILE, """
                # composelint-disable-file no-latest-tag
                services:
                  web:
                    # composelint-disable-next-line a, b c,d -- because we must
                    image: nginx:latest  # composelint-disable-line  no-latest-tag
                    ports: ["80:80"] # just a comment
                    command: "x # composelint-disable-line in-a-string"
                """);
        assertThat(comments).containsExactly(
                new SuppressionComment(SuppressionComment.Kind.FILE, List.of("no-latest-tag"),
                        new Source(FILE, 1, 1, 1, 41), null),
                new SuppressionComment(SuppressionComment.Kind.NEXT_LINE, List.of("a", "b", "c", "d"),
                        new Source(FILE, 4, 5, 4, 64), null),
                new SuppressionComment(SuppressionComment.Kind.LINE, List.of("no-latest-tag"),
                        new Source(FILE, 5, 26, 5, 67), null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'# composelint-disable-line'              | composelint-disable-line needs at least one rule id, "
                    + "e.g. '# composelint-disable-line <rule-id>'",
            "'# composelint-disable-file -- no ids'    | composelint-disable-file needs at least one rule id, "
                    + "e.g. '# composelint-disable-file <rule-id>'",
            "'# composelint-disable no-latest-tag'     | unknown suppression comment 'composelint-disable'; use "
                    + "composelint-disable-line, composelint-disable-next-line or composelint-disable-file with "
                    + "rule ids",
            "'# composelint-disable-lines x'           | unknown suppression comment 'composelint-disable-lines'; "
                    + "use composelint-disable-line, composelint-disable-next-line or composelint-disable-file "
                    + "with rule ids",
    })
    void malformedCommentsCarryAProblem(String line, String problem) {
        List<SuppressionComment> comments = SuppressionParser.parse(FILE, line);
        assertThat(comments).hasSize(1);
        assertThat(comments.get(0).problem()).isEqualTo(problem);
        assertThat(comments.get(0).ruleIds()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "LINE, 5, 5, true",
            "LINE, 5, 6, false",
            "NEXT_LINE, 5, 6, true",
            "NEXT_LINE, 5, 5, false",
            "NEXT_LINE, 5, 7, false",
            "FILE, 5, 1, true",
            "FILE, 5, 99, true",
    })
    void coversLines(SuppressionComment.Kind kind, int commentLine, int findingLine, boolean covered) {
        SuppressionComment comment = new SuppressionComment(kind, List.of("x"), Source.of(FILE, commentLine, 1), null);
        assertThat(comment.covers(findingLine)).isEqualTo(covered);
    }

    @Test
    void ignoresOrdinaryCommentsAndWindowsLineEnds() {
        assertThat(SuppressionParser.parse(FILE, "a: 1 # composelint is great\r\n# todo\r\n")).isEmpty();
        assertThat(SuppressionParser.parse(FILE, "a: 1\r\nb: 2 # composelint-disable-line x\r\n"))
                .extracting(c -> c.source().line()).containsExactly(2);
    }
}
