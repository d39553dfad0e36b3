package dev.composelint.core.load;

import dev.composelint.core.Finding;
import dev.composelint.core.Source;
import dev.composelint.core.model.ComposeFile;
import dev.composelint.core.model.NameOrigin;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YamlReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A project of many services: services and findings in document order, and the project port cap cutting in order. */
class ModelBuilderLargeProjectTest {

    private static final Path DIR = Path.of("/project");
    private static final Path FILE = DIR.resolve("compose.yaml");

    private static ModelBuilder.Result build(String text) {
        YMap document = (YMap) new YamlReader().parse(FILE, text).documents().get(0);
        return ModelBuilder.build(document, new ModelBuilder.Context("p", NameOrigin.DIRECTORY, DIR,
                List.of(new ComposeFile(FILE, null, null)), Map.of("HOME", "/home/me"), Set.of(), Map.of()));
    }

    @Test
    void keepsServiceAndFindingOrder() {
        StringBuilder text = new StringBuilder("services:\n");
        List<Integer> badLines = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            text.append("  s").append(i).append(":\n    image: nginx\n");
            text.append("    ports: [\"").append(i % 50 == 0 ? "not-a-port" : String.valueOf(10000 + i)).append("\"]\n");
            if (i % 50 == 0) badLines.add(4 + 3 * i);
        }
        ModelBuilder.Result result = build(text.toString());

        assertThat(result.project().services().keySet()).containsExactlyElementsOf(
                IntStream.range(0, 600).mapToObj(i -> "s" + i).toList());
        assertThat(result.diagnostics()).extracting(Finding::source).extracting(Source::line)
                .containsExactlyElementsOf(badLines);
    }

    @Test
    void theProjectPortCapCutsWhereBuildingInOrderWould() {
        // services of 65,535 mappings among single ports pass the project's cap of 2^20 late in the file
        StringBuilder text = new StringBuilder("services:\n");
        List<Integer> cut = new ArrayList<>();
        long mappings = 0;
        for (int i = 0; i < 600; i++) {
            boolean wide = i % 300 < 9;
            int ports = wide ? 65_535 : 1;
            text.append("  s").append(i).append(":\n    image: nginx\n    ports: [\"")
                    .append(wide ? "1-65535:1-65535" : String.valueOf(10000 + i)).append("\"]\n");
            if (mappings + ports > ModelBuilder.MAX_PROJECT_PORTS) cut.add(4 + 3 * i);
            else mappings += ports;
        }
        ModelBuilder.Result result = build(text.toString());

        assertThat(cut).hasSizeGreaterThan(1).allMatch(line -> line > 4 + 3 * 300);
        assertThat(result.diagnostics()).extracting(Finding::source).extracting(Source::line)
                .containsExactlyElementsOf(cut);
    }
}
