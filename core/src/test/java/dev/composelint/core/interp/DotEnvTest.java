package dev.composelint.core.interp;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class DotEnvTest {

    private static final Path ENV_FILE = Path.of("/project/.env");
    private static final Map<String, String> ENVIRONMENT = Map.of(
            "HOST_VAR", "from-host",
            "EMPTY", "",
            "DEFINED", "env-value");

    private static DotEnv.Parsed parse(String content) {
        return DotEnv.parse(ENV_FILE, content, ENVIRONMENT::get);
    }

    /** The parsed values as {@code KEY=value} strings, in order. */
    private static List<String> pairs(DotEnv.Parsed parsed) {
        return parsed.values().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    static Stream<Arguments> syntax() {
        return Stream.of(
                // lines, blanks and comments
                arguments("A=1\nB=2", List.of("A=1", "B=2")),
                arguments("\n\n# comment\nA=1\n   # indented comment\n\n\tB=2\n", List.of("A=1", "B=2")),
                arguments("", List.of()),
                arguments("# only a comment", List.of()),
                arguments("\uFEFFA=1", List.of("A=1")),
                arguments("A=1\r\nB=2\r\n", List.of("A=1", "B=2")),
                // export and separators
                arguments("export A=1", List.of("A=1")),
                arguments("export   A = 1", List.of("A=1")),
                arguments("export\tA=1", List.of("A=1")),
                arguments("exportA=1", List.of("exportA=1")),
                arguments("export=1", List.of("export=1")),
                arguments("KEY: value", List.of("KEY=value")),
                arguments("KEY :  value", List.of("KEY=value")),
                arguments("A = 1", List.of("A=1")),
                arguments("URL=http://host:80/path?a=b", List.of("URL=http://host:80/path?a=b")),
                arguments("A=1=2", List.of("A=1=2")),
                // key characters
                arguments("A.B-C[0]_d=1", List.of("A.B-C[0]_d=1")),
                arguments("ÄÖÜ=umlaut", List.of("ÄÖÜ=umlaut")),
                arguments("lower_case1=x", List.of("lower_case1=x")),
                // unquoted values
                arguments("A=  spaced value  ", List.of("A=spaced value")),
                arguments("A=1 # comment", List.of("A=1")),
                arguments("A=1#not-a-comment", List.of("A=1#not-a-comment")),
                arguments("A=  #hash", List.of("A=#hash")),
                arguments("A=x\t# tab", List.of("A=x\t# tab")),
                arguments("A=\nB=2", List.of("A=", "B=2")),
                arguments("A=", List.of("A=")),
                arguments("A='x' and 'y'x", List.of("A=x")),
                // interpolation of unquoted values
                arguments("A=$HOST_VAR", List.of("A=from-host")),
                arguments("A=${NOPE:-fallback}", List.of("A=fallback")),
                arguments("A=$$literal", List.of("A=$literal")),
                arguments("A=price 5$", List.of("A=price 5$")),
                arguments("A=1\nB=${A}2", List.of("A=1", "B=12")),
                arguments("DEFINED=file\nB=$DEFINED", List.of("DEFINED=file", "B=env-value")),
                arguments("B=${C}\nC=1", List.of("B=", "C=1")),
                arguments("A=1\nA=2", List.of("A=2")),
                // a key alone takes its value from the environment
                arguments("HOST_VAR\nX=1", List.of("HOST_VAR=from-host", "X=1")),
                arguments("NOPE\nX=1", List.of("X=1")),
                arguments("EMPTY\n", List.of("EMPTY=")),
                arguments("HOST_VAR", List.of("HOST_VAR=from-host")),
                arguments("  HOST_VAR  \n", List.of("HOST_VAR=from-host")),
                // single quotes
                arguments("A='$HOST_VAR \\n # not a comment'", List.of("A=$HOST_VAR \\n # not a comment")),
                arguments("A='line1\nline2'\nB=2", List.of("A=line1\nline2", "B=2")),
                arguments("A='it\\'s'", List.of("A=it's")),
                arguments("A='C:\\path\\to'", List.of("A=C:\\path\\to")),
                arguments("A=''", List.of("A=")),
                // double quotes
                arguments("A=\"a\\nb\"", List.of("A=a\nb")),
                arguments("A=\"\\a\\b\\f\\n\\r\\t\\v\"", List.of("A=\u0007\b\f\n\r\t\u000B")),
                arguments("A=\"back\\\\slash\"", List.of("A=back\\slash")),
                arguments("A=\"say \\\"hi\\\"\"", List.of("A=say \"hi\"")),
                arguments("A=\"\\$HOST_VAR\"", List.of("A=$HOST_VAR")),
                arguments("A=\"\\0123\\0101\"", List.of("A=SA")),
                arguments("A=\"\\0\"", List.of("A=\\")),
                arguments("A=\"\\012\"", List.of("A=\\12")),
                arguments("A=\"\\0400\"", List.of("A=\\400")),
                arguments("A=\"\\q\\c\"", List.of("A=\\q\\c")),
                arguments("A=\"x\ny\"\nB=2", List.of("A=x\ny", "B=2")),
                arguments("A=\"${HOST_VAR}!\"", List.of("A=from-host!")),
                arguments("A=1\nB=\"${A} and ${NOPE-none}\"", List.of("A=1", "B=1 and none")),
                arguments("A=\"x\" # comment\nB=2", List.of("A=x", "B=2")),
                arguments("A=\"x\"trailing junk\nB=2", List.of("A=x", "B=2")),
                arguments("A=\"a\\\\\"", List.of("A=a\\")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("syntax")
    void parsesValues(String content, List<String> expected) {
        DotEnv.Parsed parsed = parse(content);

        assertThat(parsed.diagnostics()).isEmpty();
        assertThat(pairs(parsed)).isEqualTo(expected);
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                arguments("A B=1", Diagnostics.COMPOSE, "line 1: key cannot contain a space", 1, 1),
                arguments("X=1\n\nexport FOO BAR=2", Diagnostics.COMPOSE, "line 3: key cannot contain a space", 3, 8),
                arguments("X=1\nFOO BAR\n", Diagnostics.COMPOSE, "line 2: key cannot contain a space", 2, 1),
                arguments("A$=1", Diagnostics.COMPOSE,
                        "line 1: unexpected character \"$\" in variable name \"A$\"", 1, 2),
                arguments("X=1\n\n  B@c=1 # x", Diagnostics.COMPOSE,
                        "line 3: unexpected character \"@\" in variable name \"B@c\"", 3, 4),
                arguments("\"A\"=1", Diagnostics.COMPOSE,
                        "line 1: unexpected character \"\\\"\" in variable name \"\\\"A\\\"\"", 1, 1),
                arguments("A=\"abc\nB=2", Diagnostics.COMPOSE, "line 1: unterminated quoted value of A", 1, 3),
                arguments("X=1\nA= 'abc", Diagnostics.COMPOSE, "line 2: unterminated quoted value of A", 2, 4),
                arguments("A=${NOPE:?need it}", Diagnostics.INTERPOLATION,
                        "line 1: required variable NOPE is missing a value: need it", 1, 3),
                arguments("X=1\nA=\"${NOPE?}\"", Diagnostics.INTERPOLATION,
                        "line 2: required variable NOPE is missing a value", 2, 3),
                arguments("A=${", Diagnostics.INTERPOLATION,
                        "line 1: invalid interpolation format in the value of A; you may need to escape any $ with another $", 1, 3));
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @MethodSource("errors")
    void reportsSyntaxErrorsAtTheirPosition(String content, String ruleId, String message, int line, int column) {
        DotEnv.Parsed parsed = parse(content);

        assertThat(parsed.diagnostics()).containsExactly(
                new Finding(ruleId, Severity.ERROR, message, Source.of(ENV_FILE, line, column)));
    }

    @Test
    void stopsAtTheFirstError() {
        DotEnv.Parsed parsed = parse("A=1\nB C=2\nD=3\nE F=4");

        assertThat(pairs(parsed)).containsExactly("A=1");
        assertThat(parsed.diagnostics()).extracting(Finding::message)
                .containsExactly("line 2: key cannot contain a space");
    }

    @Test
    void recordsWhereEachKeyIsDefined() {
        DotEnv.Parsed parsed = parse("\uFEFFA=1\n  export B=2\nHOST_VAR\nA=3\nMULTI='x\ny'\nC=4");

        assertThat(parsed.keySources()).containsExactly(
                Map.entry("A", Source.of(ENV_FILE, 4, 1)),
                Map.entry("B", Source.of(ENV_FILE, 2, 10)),
                Map.entry("HOST_VAR", Source.of(ENV_FILE, 3, 1)),
                Map.entry("MULTI", Source.of(ENV_FILE, 5, 1)),
                Map.entry("C", Source.of(ENV_FILE, 7, 1)));
        assertThat(pairs(parsed)).containsExactly("A=3", "B=2", "HOST_VAR=from-host", "MULTI=x\ny", "C=4");
    }

    @Test
    void countsColumnsInCharactersNotBytes() {
        DotEnv.Parsed parsed = parse("ÄÖ=\"unterminated");

        assertThat(parsed.diagnostics()).extracting(Finding::source).containsExactly(Source.of(ENV_FILE, 1, 4));
    }

    @Test
    void readsAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("app.env");
        Files.write(file, "# settings\nNAME=${HOST_VAR}-app\nPORT: 8080\n".getBytes(StandardCharsets.UTF_8));

        DotEnv.Parsed parsed = DotEnv.read(file, ENVIRONMENT::get);

        assertThat(pairs(parsed)).containsExactly("NAME=from-host-app", "PORT=8080");
        assertThat(parsed.keySources().get("PORT")).isEqualTo(Source.of(file, 3, 1));
        assertThat(parsed.diagnostics()).isEmpty();
    }

    @Test
    void reportsAMissingFile(@TempDir Path dir) {
        Path file = dir.resolve("missing.env");

        DotEnv.Parsed parsed = DotEnv.read(file, ENVIRONMENT::get);

        assertThat(parsed.values()).isEmpty();
        assertThat(parsed.diagnostics()).containsExactly(new Finding(Diagnostics.IO, Severity.ERROR,
                "couldn't find env file: " + file.toAbsolutePath(), Source.file(file)));
    }

    @Test
    void reportsADirectory(@TempDir Path dir) {
        DotEnv.Parsed parsed = DotEnv.read(dir, ENVIRONMENT::get);

        assertThat(parsed.values()).isEmpty();
        assertThat(parsed.diagnostics()).containsExactly(new Finding(Diagnostics.IO, Severity.ERROR,
                "env file is a directory: " + dir.toAbsolutePath(), Source.file(dir)));
    }
}
