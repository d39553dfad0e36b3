package dev.composelint.core.schema;

import dev.composelint.core.Finding;
import dev.composelint.core.Source;
import dev.composelint.core.testing.SharedData;
import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walker over the generated table ({@link SchemaValidator}) and networknt's validator compiling the same schema
 * ({@link NetworkntOracle}) give byte-identical findings: on every YAML file of the shared corpus, as written and
 * interpolated with an empty environment, on seeded mutations of each, and on every property of the schema with
 * values of every kind, edge cases of JSON typing among them.
 */
class SchemaAgreementTest {

    private static final Path CORPUS = SharedData.path("corpus");
    private static final long SEED = 20261202L;
    private static final int MUTATIONS_PER_DOCUMENT = 12;
    private static final Source AT = Source.of(Path.of("edge.yaml"), 1, 1);

    /** Values where JSON typing, number comparison, regular expressions or equality have corners. */
    static final List<YNode> EDGE_VALUES = List.of(
            YScalar.of(1.0, AT), YScalar.of(-0.0, AT), YScalar.of(1e300, AT), YScalar.of(-1001.0, AT),
            YScalar.of(100.5, AT), YScalar.of(100.7, AT), YScalar.of(-1000.7, AT), YScalar.of(-0.5, AT), YScalar.of(Double.POSITIVE_INFINITY, AT), YScalar.of(Double.NEGATIVE_INFINITY, AT),
            YScalar.of(Double.NaN, AT),
            YScalar.of(new BigInteger("123456789012345678901234567890"), AT),
            YScalar.of(new BigInteger("-123456789012345678901234567890"), AT),
            YScalar.of(Long.MIN_VALUE, AT), YScalar.of(101L, AT), YScalar.of(-1001L, AT), YScalar.of(0L, AT),
            YScalar.string("10s\n", AT), YScalar.string("alwaysx", AT), YScalar.string("a\nb", AT),
            YScalar.string("1", AT), YScalar.string("every_5m", AT), YScalar.string("µs", AT),
            new YSeq(List.of(YScalar.of(1L, AT), YScalar.of(1.0, AT)), AT),
            new YSeq(List.of(YScalar.of(1L, AT), YScalar.string("1", AT)), AT),
            new YSeq(List.of(YScalar.of(2.0, AT), YScalar.of(2.0, AT)), AT),
            new YSeq(List.of(map("a", YScalar.of(1L, AT), "b", YScalar.of(2L, AT)),
                    map("b", YScalar.of(2L, AT), "a", YScalar.of(1L, AT))), AT),
            new YSeq(List.of(YScalar.of(null, AT), YScalar.of(null, AT)), AT),
            map("web\n", YScalar.string("v", AT), "", YScalar.string("v", AT)),
            map("soft", YScalar.of(1L, AT), "hard", YScalar.of(1L, AT), "type", YScalar.string("bind", AT)));

    @Test
    void agreeOnTheCorpusAndItsMutations() throws IOException {
        SharedData.assume(Files.isDirectory(CORPUS), "the shared corpus is not available");
        List<YMap> documents = new ArrayList<>();
        for (Path file : yamlFiles()) {
            YMap document = read(file);
            if (document == null) continue;
            documents.add(document);
            documents.add(SchemaOracleTest.TestInterpolation.withEmptyEnvironment(document));
        }
        List<YMap> mutations = new Mutator(new Random(SEED)).mutate(documents, MUTATIONS_PER_DOCUMENT);

        Agreement corpus = new Agreement();
        documents.forEach(corpus::compare);
        Agreement mutated = new Agreement();
        mutations.forEach(mutated::compare);
        System.out.println("corpus: " + corpus + "; mutations: " + mutated);

        assertThat(documents).hasSizeGreaterThan(1500);
        assertThat(mutations).hasSizeGreaterThan(15_000);
        assertThat(corpus.rejected).as("corpus documents the schema rejects").isGreaterThan(100);
        assertThat(mutated.rejected).as("mutations the schema rejects").isGreaterThan(8_000);
        assertThat(corpus.differences).isEmpty();
        assertThat(mutated.differences).isEmpty();
    }

    @Test
    void agreeOnEveryPropertyWithValuesOfEveryKind() {
        List<YMap> probes = new ArrayList<>(new PropertyProbes(NetworkntOracle.schemaNode()).documents());
        probes.addAll(new PropertyProbes(NetworkntOracle.schemaNode(), EDGE_VALUES).documents());
        Agreement probed = new Agreement();
        probes.forEach(probed::compare);
        System.out.println("property probes: " + probed);

        assertThat(probes).hasSizeGreaterThan(10_000);
        assertThat(probed.rejected).isGreaterThan(5_000);
        assertThat(probed.differences).isEmpty();
        assertThat(probed.oracleOutOfRange).isLessThan(10);
    }

    /** Every YAML file of the corpus: compose files and every other YAML file, which the schema mostly rejects. */
    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
                    .sorted().toList();
        }
    }

    private static YMap read(Path file) {
        try {
            return TestYamlTrees.parse(Files.readString(file, StandardCharsets.UTF_8), file);
        } catch (IOException | RuntimeException unreadableOrNotAMapping) {
            return null;
        }
    }

    private static YMap map(Object... keysAndValues) {
        List<YEntry> entries = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.add(new YEntry((String) keysAndValues[i], AT, (YNode) keysAndValues[i + 1]));
        }
        return new YMap(entries, AT);
    }

    /**
     * Counts documents and keeps the first differences, each with both sides. networknt cannot compare a float
     * beyond the long range with an integer bound (it throws, and the loader used to report an internal error):
     * such documents are counted apart, and no other failure of the oracle is allowed.
     */
    static final class Agreement {
        int documents;
        int rejected;
        int findings;
        int oracleOutOfRange;
        final List<String> differences = new ArrayList<>();

        void compare(YMap document) {
            documents++;
            List<Finding> ours = SchemaValidator.validate(document);
            if (!ours.isEmpty()) rejected++;
            findings += ours.size();
            String difference = difference(document, ours);
            if (difference == null) return;
            if (difference.contains("cannot convert value") && difference.contains("to `long`")) {
                oracleOutOfRange++;
            } else if (differences.size() < 20) {
                differences.add(difference);
            }
        }

        /** Null when networknt's findings are ours, else what differs. */
        static String difference(YMap document, List<Finding> ours) {
            List<Finding> oracle;
            try {
                oracle = NetworkntOracle.findings(document);
            } catch (RuntimeException oracleFailed) {
                return document + ": the oracle failed: " + oracleFailed.getMessage();
            }
            if (oracle.equals(ours)) return null;
            return document + "\n    walker " + ours + "\n    oracle " + oracle;
        }

        @Override
        public String toString() {
            return documents + " documents, " + rejected + " rejected, " + findings + " findings, "
                    + differences.size() + " differences, " + oracleOutOfRange
                    + " where networknt fails on a float beyond the long range";
        }
    }
}
