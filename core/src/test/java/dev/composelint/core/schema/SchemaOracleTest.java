package dev.composelint.core.schema;

import dev.composelint.core.testing.JsonTrees;
import dev.composelint.core.testing.SharedData;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.composelint.core.Finding;
import dev.composelint.core.Source;
import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our schema must accept and reject the same documents as the specification's own schema (read from the shared
 * oracle directory at test time, never copied): every compose file of the corpus and seeded mutations of them.
 */
class SchemaOracleTest {

    private static final Path SHARED = SharedData.path("");
    private static final Path CORPUS = SHARED.resolve("corpus");
    private static final Path ORACLE = SHARED.resolve("oracle/compose-spec.json");
    private static final long SEED = 20261126L;
    private static final int MUTATIONS_PER_DOCUMENT = 3;
    /** Positions of values that contained variables: with the project's real environment they would differ. */
    private static final Set<Source> INTERPOLATED = new HashSet<>();

    /**
     * The documented disagreements: our schema closes gaps of the specification's schema (compose-semantics.md §7)
     * where Compose itself refuses the document. A disagreement is allowed only when we reject, the oracle
     * accepts, and every finding of ours is one of these. When all those findings sit on values that came from
     * variables (interpolated here with an empty environment), the outcome depends on the project's real
     * environment: such documents are counted apart, not as agreement.
     */
    private static final Map<String, Predicate<Finding>> ALLOWED = Map.of(
            "Compose cannot decode a duration that is not a Go duration (time: invalid duration)",
            f -> f.message().contains(" must be a duration such as "),
            "the engine refuses container names the specification's unanchored pattern lets through",
            f -> f.message().contains(".container_name must start with a letter or digit"));

    @Test
    void agreesWithTheSpecificationSchemaOnTheCorpusAndItsMutations() throws IOException {
        SharedData.assume(Files.isReadable(CORPUS.resolve("MANIFEST.tsv")) && Files.isReadable(ORACLE),
                "the shared corpus and schema oracle are not available");
        Schema oracle = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("urn:oracle:compose-spec.json"), Files.readString(ORACLE), InputFormat.JSON);

        List<YMap> documents = corpusDocuments();
        Tally corpus = new Tally("corpus");
        List<YMap> valid = documents.stream().filter(d -> corpus.compare(d, oracle)).toList();
        // Mutating only documents both accept makes each mutation's verdict about the mutation itself.
        List<YMap> mutations = new Mutator(new Random(SEED)).mutate(valid, MUTATIONS_PER_DOCUMENT);
        Tally mutated = new Tally("mutations of valid documents");
        mutations.forEach(d -> mutated.compare(d, oracle));
        System.out.println(corpus + "\n" + mutated);

        assertThat(documents).hasSizeGreaterThan(700);
        assertThat(mutations).hasSizeGreaterThanOrEqualTo(500);
        assertThat(mutated.rejectedByBoth).as("mutations must exercise rejections").isGreaterThan(300);
        assertThat(corpus.unexplained).isEmpty();
        assertThat(mutated.unexplained).isEmpty();
    }

    @Test
    void agreesWithTheSpecificationSchemaOnEveryPropertyWithValuesOfEveryKind() throws IOException {
        SharedData.assume(Files.isReadable(ORACLE), "the schema oracle is not available");
        Schema oracle = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("urn:oracle:compose-spec.json"), Files.readString(ORACLE), InputFormat.JSON);
        JsonNode ours = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("classpath:" + SchemaValidator.RESOURCE)).getSchemaNode();

        // Properties of either schema: a property only one of them knows shows up as a disagreement.
        Set<YMap> probes = new LinkedHashSet<>(new PropertyProbes(ours).documents());
        probes.addAll(new PropertyProbes(oracle.getSchemaNode()).documents());
        Tally tally = new Tally("property probes");
        probes.forEach(d -> tally.compare(d, oracle));
        System.out.println(tally);

        assertThat(probes).hasSizeGreaterThan(5000);
        assertThat(tally.rejectedByBoth).isGreaterThan(1000);
        assertThat(tally.acceptedByBoth).isGreaterThan(1000);
        assertThat(tally.unexplained).isEmpty();
    }

    private static List<YMap> corpusDocuments() throws IOException {
        List<YMap> documents = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("MANIFEST.tsv"))) {
            String[] columns = line.split("\t", -1);
            if (columns.length < 5 || !(columns[4].equals("compose") || columns[4].equals("compose-override"))) {
                continue;
            }
            Path file = CORPUS.resolve(columns[0].replace("/", "__")).resolve(columns[2]);
            YMap document = readOrNull(file);
            if (document != null) documents.add(TestInterpolation.withEmptyEnvironment(document));
        }
        return documents;
    }

    private static YMap readOrNull(Path file) {
        try {
            return TestYamlTrees.parse(Files.readString(file, StandardCharsets.UTF_8), file);
        } catch (IOException | RuntimeException unreadableOrInvalidYaml) {
            return null; // YAML errors are the reader's business, not the schema's
        }
    }

    /** Counts agreement between our validator and the oracle schema. */
    private static final class Tally {
        final String name;
        int documents;
        int rejectedByBoth;
        int acceptedByBoth;
        int environmentDependent;
        final Map<String, Integer> allowed = new TreeMap<>();
        final List<String> unexplained = new ArrayList<>();

        Tally(String name) {
            this.name = name;
        }

        /** Compares one document; true when both accept it. */
        boolean compare(YMap document, Schema oracle) {
            documents++;
            List<Finding> ours = SchemaValidator.validate(document);
            String walkerDifference = SchemaAgreementTest.Agreement.difference(document, ours);
            if (walkerDifference != null) unexplained.add("the walker and networknt differ: " + walkerDifference);
            boolean oracleRejects = !oracle.validate(JsonTrees.toJson(document)).isEmpty();
            if (ours.isEmpty() == !oracleRejects) {
                if (oracleRejects) rejectedByBoth++;
                else acceptedByBoth++;
                return !oracleRejects;
            }
            String reason = oracleRejects ? null : allowedReason(ours);
            if (reason != null) {
                boolean fromVariables = ours.stream().allMatch(f -> INTERPOLATED.contains(f.source()));
                if (fromVariables) environmentDependent++;
                else allowed.merge(reason, 1, Integer::sum);
            } else {
                unexplained.add(document + ": ours " + ours.stream().map(Finding::message).toList()
                        + ", oracle " + oracle.validate(JsonTrees.toJson(document)));
            }
            return false;
        }

        private static String allowedReason(List<Finding> ours) {
            for (Map.Entry<String, Predicate<Finding>> entry : ALLOWED.entrySet()) {
                if (ours.stream().allMatch(entry.getValue())) return entry.getKey();
            }
            return null;
        }

        @Override
        public String toString() {
            return name + ": " + documents + " documents, " + acceptedByBoth + " accepted by both, " + rejectedByBoth
                    + " rejected by both, allowed disagreements " + allowed + ", " + environmentDependent
                    + " only on values interpolated with an empty environment, unexplained " + unexplained.size()
                    + (unexplained.isEmpty() ? "" : "\n  " + String.join("\n  ", unexplained));
        }
    }

    /** Stands in for interpolation with an empty environment: defaults apply, other variables become "". */
    static final class TestInterpolation {
        private static final Pattern VARIABLE =
                Pattern.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])((?:[^{}]|\\{[^{}]*})*))?}|\\$[A-Za-z_][A-Za-z0-9_]*");

        static YMap withEmptyEnvironment(YMap document) {
            return (YMap) rewrite(document);
        }

        private static YNode rewrite(YNode node) {
            if (node instanceof YMap map) {
                List<YEntry> entries = new ArrayList<>();
                for (YEntry e : map.entries()) entries.add(e.withValue(rewrite(e.value())));
                return new YMap(entries, map.source(), map.tag());
            }
            if (node instanceof YSeq seq) {
                return new YSeq(seq.items().stream().map(TestInterpolation::rewrite).toList(), seq.source(), seq.tag());
            }
            YScalar scalar = (YScalar) node;
            if (!(scalar.value() instanceof String s) || !VARIABLE.matcher(s).find()) return scalar;
            INTERPOLATED.add(scalar.source());
            return scalar.withValue(substitute(s));
        }

        private static String substitute(String text) {
            Matcher m = VARIABLE.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String operator = m.group(2);
                String replacement = m.group().equals("$$") ? "$"
                        : operator != null && operator.endsWith("-") ? substitute(m.group(3)) : "";
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            return out.toString();
        }
    }
}
