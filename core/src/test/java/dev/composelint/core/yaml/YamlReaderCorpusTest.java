package dev.composelint.core.yaml;

import dev.composelint.core.testing.SharedData;
import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads every YAML file of the shared corpus of real compose projects (skipped when the corpus is absent). */
class YamlReaderCorpusTest {

    private static final Path CORPUS = SharedData.path("corpus");
    private static final YamlReader READER = new YamlReader();

    /** MANIFEST.tsv: corpus-relative path → {kind, expect}. */
    private static final Map<String, String[]> MANIFEST = new HashMap<>();

    @BeforeAll
    static void readManifest() throws IOException {
        Path manifest = CORPUS.resolve("MANIFEST.tsv");
        if (!Files.isRegularFile(manifest)) return;
        for (String line : Files.readAllLines(manifest)) {
            String[] columns = line.split("\t", -1);
            if (columns.length < 6 || columns[0].equals("repo")) continue;
            MANIFEST.put(columns[0].replace("/", "__") + "/" + columns[2],
                    new String[] {columns[4], columns[5]});
        }
    }

    @Test
    void readsEveryCorpusFileWithoutFailing() throws IOException {
        SharedData.assume(Files.isDirectory(CORPUS), "shared corpus not present");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(500);

        List<String> unexpected = new ArrayList<>();
        int composeFiles = 0;
        for (Path file : files) {
            YamlParse parse = READER.read(file);
            assertThat(parse.file()).isEqualTo(file);
            for (Finding finding : parse.diagnostics()) {
                assertThat(finding.ruleId()).isIn(Diagnostics.YAML, Diagnostics.IO);
                assertThat(finding.source().file()).isEqualTo(file);
            }
            String[] entry = MANIFEST.get(CORPUS.relativize(file).toString());
            boolean validCompose = entry != null && entry[0].startsWith("compose") && entry[1].isEmpty();
            if (validCompose && parse.hasDiagnostics()) unexpected.add(file + ": " + parse.diagnostics());
            if (validCompose) {
                composeFiles++;
                assertThat(parse.documents()).as(file.toString()).isNotEmpty();
            }
        }
        assertThat(composeFiles).as("compose files listed in MANIFEST.tsv").isGreaterThan(500);
        assertThat(unexpected).as("diagnostics on compose files not marked invalid").isEmpty();
    }

    @Test
    void readsAKnownComposeFile() {
        Path file = CORPUS.resolve("deviantony__docker-elk/docker-compose.yml");
        SharedData.assume(Files.isRegularFile(file), "corpus file absent: " + file);

        YamlParse parse = READER.read(file);

        assertThat(parse.diagnostics()).isEmpty();
        YMap root = (YMap) parse.documents().get(0);
        assertThat(root.entries().get(0).key()).isEqualTo("services");
        assertThat(root.entries().get(0).keySource().line()).isEqualTo(1);
    }

    @Test
    void resolvesAnchorsAndPortsOfARealFile() {
        Path file = CORPUS.resolve("grafana__loki/examples/getting-started/docker-compose.yaml");
        SharedData.assume(Files.isRegularFile(file), "corpus file absent: " + file);

        YamlParse parse = READER.read(file);

        assertThat(parse.diagnostics()).isEmpty();
        YMap services = ((YMap) parse.documents().get(0)).map("services");
        YSeq ports = services.map("read").seq("ports");
        assertThat(ports.get(0)).isInstanceOfSatisfying(YScalar.class, s -> assertThat(s.value()).isEqualTo("3101:3100"));
        assertThat(((YScalar) ports.get(1)).value()).isEqualTo(7946L);
        assertThat(services.map("write").get("networks")).isEqualTo(services.map("read").get("networks"));
    }

    @Test
    void readsAResetTagWithoutValueAtTheEndOfAFile() {
        Path file = CORPUS.resolve("compose-spec__compose-go/loader/testdata/extends/reset.yaml");
        SharedData.assume(Files.isRegularFile(file), "corpus file absent: " + file);

        YamlParse parse = READER.read(file);

        assertThat(parse.diagnostics()).isEmpty();
        YNode command = ((YMap) parse.documents().get(0)).map("services").map("base").get("command");
        assertThat(command.tag()).isEqualTo(MergeTag.RESET);
        assertThat(((YScalar) command).isNull()).isTrue();
    }
}
