package dev.composelint.core.yaml;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the agreement of {@link YamlReader#parse} (straight from parser events) with the composer path it replaced
 * ({@link YamlReader#parseComposed}). The input is YAML text; its last byte picks the limits (Jazzer reads numbers
 * from the end): the defaults or one of three tight ones, so that node, depth and alias limits are met mid-document.
 * The property: {@link YamlAgreement} finds no difference. In {@code mvn verify} this runs in regression mode over
 * the readable seeds under {@code YamlAgreementFuzzTestInputs/readersAgree/}.
 *
 * <p>Fuzzing mode: docs/fuzzing.md.
 */
class YamlAgreementFuzzTest {

    private static final Path FILE = Path.of("/fuzz/compose.yaml");
    private static final List<YamlReader> READERS = List.of(new YamlReader(),
            new YamlReader(new YamlLimits(1 << 20, 7, 3)), new YamlReader(new YamlLimits(1 << 20, 40, 5)),
            new YamlReader(new YamlLimits(1 << 20, 300, 2)));

    @FuzzTest(maxDuration = "30s")
    void readersAgree(FuzzedDataProvider data) {
        YamlReader reader = READERS.get(data.consumeInt(0, READERS.size() - 1));
        String text = data.consumeRemainingAsString();
        assertThat(YamlAgreement.difference(reader, FILE, text)).isNull();
    }
}
