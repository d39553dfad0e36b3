package dev.composelint.core.schema;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.composelint.core.Finding;
import dev.composelint.core.yaml.YMap;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the agreement of the walker ({@link SchemaValidator}) with networknt's validator on the same schema
 * ({@link NetworkntOracle}). The input is a YAML document followed by nine bytes (Jazzer reads numbers from the
 * end): the last one how many seeded {@link Mutator} mutations to make of the document, the eight before it their
 * seed (the seeds under {@code SchemaAgreementFuzzTestInputs/<method>/} are readable YAML with those nine bytes
 * appended). The property: the findings of both are equal, on the document and on each mutation, unless networknt
 * fails on a float beyond the long range (see {@link SchemaAgreementTest.Agreement}).
 *
 * <p>Fuzzing mode: docs/fuzzing.md.
 */
class SchemaAgreementFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void walkerAgreesWithTheOracle(FuzzedDataProvider data) {
        int steps = data.consumeInt(0, 8);
        long seed = data.consumeLong();
        YMap document;
        try {
            document = TestYamlTrees.parse(data.consumeRemainingAsString());
        } catch (RuntimeException notAComposeMapping) {
            return; // YAML errors are the reader's business
        }
        if (document == null) return; // not a mapping: the loader reports that before the schema
        assertAgreement(document);
        Mutator mutator = new Mutator(new Random(seed));
        for (YMap mutated : mutator.mutate(List.of(document), steps)) {
            assertAgreement(mutated);
        }
    }

    private static void assertAgreement(YMap document) {
        List<Finding> ours = SchemaValidator.validate(document);
        String difference = SchemaAgreementTest.Agreement.difference(document, ours);
        if (difference != null && difference.contains("cannot convert value") && difference.contains("to `long`")) {
            return;
        }
        assertThat(difference).isNull();
    }
}
