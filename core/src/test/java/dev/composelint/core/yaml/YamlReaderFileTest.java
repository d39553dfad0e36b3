package dev.composelint.core.yaml;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** {@link YamlReader#read}: decoding, byte order marks and files that cannot be read. */
class YamlReaderFileTest {

    private static final String COMPOSE = "services:\n  web:\n    image: \"caf\u00e9\"\n    restart: no\n";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"UTF-8", "UTF-8+BOM", "UTF-16LE+BOM", "UTF-16BE+BOM", "UTF-32LE+BOM", "UTF-32BE+BOM"})
    void decodesUtf8AndFilesWithAByteOrderMark(String encoding) throws IOException {
        Path file = write("compose.yaml", encode(COMPOSE, encoding));

        YamlParse parse = new YamlReader().read(file);

        assertThat(parse.file()).isEqualTo(file);
        assertThat(parse.diagnostics()).isEmpty();
        YMap web = ((YMap) parse.documents().get(0)).map("services").map("web");
        assertThat(web.text("image")).isEqualTo("caf\u00e9");
        assertThat(web.scalar("restart").value()).isEqualTo("no");
        assertThat(web.entry("restart").keySource()).isEqualTo(new Source(file, 4, 5, 4, 12));
    }

    @Test
    void reportsInvalidUtf8AtTheFirstBadByte() throws IOException {
        byte[] bytes = "a: 1\nb: caf".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes);
        out.write(new byte[] {(byte) 0xC3, (byte) 0x28, '\n'});
        Path file = write("bad.yaml", out.toByteArray());

        YamlParse parse = new YamlReader().read(file);

        assertThat(parse.documents()).isEmpty();
        assertThat(parse.diagnostics()).extracting(Finding::ruleId, Finding::message, Finding::source)
                .containsExactly(tuple(Diagnostics.IO, "invalid UTF-8 byte 0xC3", Source.of(file, 2, 7)));
    }

    @Test
    void reportsALoneContinuationByteAfterMultibyteText() throws IOException {
        byte[] prefix = "\u00e9\u00e9: x\n\u20ac".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[prefix.length + 1];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        bytes[prefix.length] = (byte) 0x80;
        Path file = write("bad.yaml", bytes);

        YamlParse parse = new YamlReader().read(file);

        assertThat(parse.diagnostics()).extracting(Finding::message, Finding::source)
                .containsExactly(tuple("invalid UTF-8 byte 0x80", Source.of(file, 2, 2)));
    }

    @Test
    void givesNoDocumentForAnEmptyFile() throws IOException {
        YamlParse parse = new YamlReader().read(write("empty.yaml", new byte[0]));

        assertThat(parse.documents()).isEmpty();
        assertThat(parse.diagnostics()).isEmpty();
    }

    @Test
    void givesNoDocumentForACommentsOnlyFile() throws IOException {
        YamlParse parse = new YamlReader().read(write("c.yaml", "# a\n\n# b\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(parse.documents()).isEmpty();
        assertThat(parse.diagnostics()).isEmpty();
    }

    @Test
    void reportsAMissingFile() {
        Path file = dir.resolve("nope.yaml");

        YamlParse parse = new YamlReader().read(file);

        assertThat(parse.documents()).isEmpty();
        assertThat(parse.diagnostics()).extracting(Finding::ruleId, Finding::message, Finding::source)
                .containsExactly(tuple(Diagnostics.IO, "the file does not exist", Source.file(file)));
    }

    @Test
    void reportsADirectory() {
        YamlParse parse = new YamlReader().read(dir);

        assertThat(parse.diagnostics()).extracting(Finding::ruleId, Finding::message, Finding::source)
                .containsExactly(tuple(Diagnostics.IO, "cannot read the file: it is a directory", Source.file(dir)));
    }

    @Test
    void reportsAFileLargerThanTheLimitWithoutParsingIt() throws IOException {
        Path file = write("big.yaml", "a: 1\nb: 2\n".getBytes(StandardCharsets.UTF_8));

        YamlParse parse = new YamlReader(new YamlLimits(5, 100, 10)).read(file);

        assertThat(parse.documents()).isEmpty();
        assertThat(parse.diagnostics()).extracting(Finding::ruleId, Finding::message, Finding::source)
                .containsExactly(tuple(Diagnostics.IO, "the file is larger than the limit of 5 bytes", Source.file(file)));
    }

    @Test
    void reportsSyntaxErrorsWithTheFileItself() throws IOException {
        Path file = write("tabs.yaml", "services:\n\tweb: {}\n".getBytes(StandardCharsets.UTF_8));

        YamlParse parse = new YamlReader().read(file);

        assertThat(parse.diagnostics()).extracting(Finding::ruleId, Finding::source)
                .containsExactly(tuple(Diagnostics.YAML, Source.of(file, 2, 1)));
    }

    @Test
    void defaultLimitsAreGenerous() {
        assertThat(new YamlReader().limits()).isEqualTo(new YamlLimits(64L * 1024 * 1024, 10_000_000, 256));
    }

    @Test
    void loadsAFileAboveSnakeyamlsDefaultCodePointLimit() throws IOException {
        StringBuilder yaml = new StringBuilder("x-big:\n");
        String line = "  - \"" + "x".repeat(100) + "\"\n";
        while (yaml.length() < 4 * 1024 * 1024) yaml.append(line);
        yaml.append("services: {}\n");
        Path file = write("large.yaml", yaml.toString().getBytes(StandardCharsets.UTF_8));

        YamlParse parse = new YamlReader().read(file);

        assertThat(parse.diagnostics()).isEmpty();
        assertThat(((YMap) parse.documents().get(0)).keys()).containsExactly("x-big", "services");
    }

    @Test
    void acceptsManyAliasesToCollections() {
        StringBuilder yaml = new StringBuilder("x-common: &common {restart: always}\nservices:\n");
        for (int i = 0; i < 200; i++) yaml.append("  s").append(i).append(": {<<: *common, image: i").append(i).append("}\n");

        YamlParse parse = new YamlReader().parse(dir.resolve("many.yaml"), yaml.toString());

        assertThat(parse.diagnostics()).isEmpty();
        YMap services = ((YMap) parse.documents().get(0)).map("services");
        assertThat(services.size()).isEqualTo(200);
        assertThat(services.map("s199").text("restart")).isEqualTo("always");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] encode(String text, String encoding) {
        boolean bom = encoding.endsWith("+BOM");
        Charset charset = Charset.forName(encoding.replace("+BOM", ""));
        return ((bom ? "\uFEFF" : "") + text).getBytes(charset);
    }
}
