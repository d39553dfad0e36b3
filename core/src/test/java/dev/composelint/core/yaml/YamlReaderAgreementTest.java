package dev.composelint.core.yaml;

import dev.composelint.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link YamlReader#parse} (one pass over parser events, {@link EventTreeBuilder}) agrees with the composer path it
 * replaced ({@link YamlReader#parseComposed}) on every YAML file of the shared corpus and of src-test-fixtures, on
 * the hostile shapes, on hand-written corner cases under several limits, and on seeded text mutations of the corpus
 * files (some under tight limits). Agreement is deep equality of the trees, sources included, of the sharing of
 * aliased subtrees, and of the diagnostics in order ({@link YamlAgreement}).
 */
class YamlReaderAgreementTest {

    private static final Path CORPUS = SharedData.path("corpus");
    private static final long SEED = 20261202L;
    private static final int MUTATIONS_PER_FILE = 12;
    private static final Path FILE = Path.of("agreement.yaml");
    private static final YamlReader READER = new YamlReader();
    private static final List<YamlReader> TIGHT = List.of(new YamlReader(new YamlLimits(1 << 20, 7, 3)),
            new YamlReader(new YamlLimits(1 << 20, 40, 5)), new YamlReader(new YamlLimits(1 << 20, 300, 2)));

    /** Corners of anchors, merges, tags, keys, documents and errors. */
    static final List<String> CORNERS = List.of(
            "", "\n", "# only a comment\n", "---\n", "--- \n...\n", "---\n---\n", "a: 1\n---\nb: 2\n",
            "~\n", "null\n", "- a\n- b\n", "[1, 2, {a: b}]\n", "{a: [1, 2], b: {c: d}}\n",
            "x: &a 1\ny: *a\n", "x: &a {k: v}\ny: *a\nz: *a\n", "x: *a\ny: &a 1\n", "x: &a [1, *a]\n",
            "x: &a {k: *a}\n", "&a [&a x, *a]\n", "x: &a 1\nx2: &a 2\ny: *a\n", "&a a: *a\n",
            "base: &b {a: 1, b: 2}\nx:\n  <<: *b\n  b: 3\n",
            "b1: &b1 {a: 1}\nb2: &b2 {a: 2, c: 3}\nx:\n  <<: [*b1, *b2]\n  d: 4\n",
            "x:\n  <<: {a: 1}\n  <<: {b: 2}\n  a: 0\n", "x:\n  <<: 1\n", "x:\n  <<: [1, {a: b}]\n",
            "x:\n  '<<': {a: 1}\n", "x:\n  ! <<: {a: 1}\n", "k: &m <<\nx:\n  *m : {a: 1}\n",
            "x: !!merge {a: 1}\n", "x:\n  !!merge <<: {a: 1}\n  b: 2\n", "a: !!int 12\nb: !!int x\nc: !!float 1\n",
            "a: !!bool yes\nb: !!null ''\nc: !!str 12\nd: !!binary x\ne: !!timestamp 2001-01-01\n",
            "password: !!int secret\n", "a: !reset\nb: !override {x: 1}\nc: !reset []\nd: !custom x\n",
            "a: !<tag:yaml.org,2002:int> 7\n", "a: !<%20x> 1\n", "a: !e!x 1\n", "%TAG !e! tag:example.com,2000:\n---\na: !e!x 1\n",
            "a: 1\na: 2\nb: {c: 1, c: 2}\n", "1: a\ntrue: b\nnull: c\n1.5: d\n0x1F: e\n", "? [a, b]\n: c\n",
            "? {a: b}\n: c\nd: e\n", "[a]: b\n", "a: 0o17\nb: 017\nc: 0b101\nd: 1_000\ne: .inf\nf: -.INF\ng: .nan\n",
            "a: 18446744073709551615\nb: 18446744073709551616\nc: -9223372036854775809\nd: +1\ne: 1e3\n",
            "a: 'single'\nb: \"double\\n\"\nc: |\n  lit\nd: >-\n  folded\n  text\n", "a: |+\n  keep\n\n\nb: 1\n",
            "a:\tb\n", "a:\n\t- b\n", "a: [1, 2\n", "a: {b: 1\n", "a: b: c\n", "- a\nb: c\n", "a: 1\n---\n[\n",
            "a: *undefined\n", "a: 1\n---\nb: *a\n", "a: &x 1\n---\nb: *x\n", "a: \u0001\n", "\uFEFFa: 1\n",
            "a: 1\r\nb:\r\n  - c\r\n", "a: 1\rb: 2\r", "%YAML 1.1\n---\na: 1\n", "%YAML 1.2\n%YAML 1.2\n---\na: 1\n",
            "a: [[[[[[1]]]]]]\n", "a:\n  b:\n    c:\n      d:\n        e: 1\n", "a: &d [[[[1]]]]\nb: [*d]\nc: *d\n",
            "l1: &l1 [x, x, x]\nl2: &l2 [*l1, *l1, *l1]\nl3: &l3 [*l2, *l2, *l2]\nl4: [*l3, *l3, *l3]\n",
            "a: [x, *a]\n", "a: &a\n  b: *a\n  c: 1\nd: 2\n---\ne: 3\n", "x: &a {p: &a [1], q: *a}\n",
            "- &k key\n- {*k : v}\n", "- {? a, b: c}\n", "a: b\n...\n---\nc: d\n", "--- !reset\na: 1\n",
            "a: !reset &x {b: 1}\nc: *x\n", "a: &x !override {b: 1}\nc: *x\n", "a: 1 # c\n# d\nb: 2\n",
            "services:\n  web:\n    image: nginx\n    ports:\n      - 80:80\n    environment:\n      - A=1\n",
            "a: &a 1\nb: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n", "a: {b: &c 1}\nd: {<<: *c}\n",
            "x: {a: 1, a: 2, a: 3, b: 4, a: 5}\n", "x:\n  '<<': 0\n  <<: {b: 1}\n  <<: {c: 1}\n  '<<': 3\n",
            "x:\n  a: 1\n  <<: {a: 0, b: 1}\n  a: 2\n  <<: [{b: 2, c: 2}]\n  c: 3\n  a: 4\n",
            // the plain block subset that BlockEvents reads without snakeyaml's scanner, and its edges
            "a:\n- x\n-\n- y # c\nb:\n  - 'q'\n  - \"d q\"\n  -\nc:\n", "a: b\n  c\n", "a: b\n  # c\n  \nd: e\n",
            "- a: 1\n  b: 2\n-\n  c: 3\n- d: [x]\n", "  a: 1\n  b:\n    c: 2\n", "  a: 1\nb: 2\n", "a : b\nc   :   d   \n",
            "'a': 1\n\"b\": 2\n'c''d': 3\n\"e\\\"f\": 4\n", "a:b: c\n", "a: b:c\nd: e#f\ng: h #i\n", "a:\n  b\n",
            "a: 1\n  b: 2\n", "a:\n    b: 1\n  c: 2\n", "a:\n  - x\n  b: y\n", "- x\n- - y\n", "-\n-\n", "- \n", "a:",
            "a: 1", "a: 'x'  \n", "a: 'x'y\n", "a: \"x\" # c\n", "a: 1\n---\nb: 2\n", "a: 1\n...\n", "a: -1\nb: ?x\n",
            "k" + "x".repeat(1100) + ": v\n", "k" + " ".repeat(1100) + ": v\n", "- k" + " ".repeat(1100) + ": v\n", "a: 1\n# end\n", "# start\n\na: 1\n\n\n", "a: 1   # c\n   # d\n",
            "a:   # c\n  b: 1\n", "a:\n# c\n  b: 1\n", "a:\n  - b: 1\n    c: 2\n  - d\ne: 3\n", "a: b c  d\n",
            "a: ~\nb: null\nc: 0x10\nd: 1.5\ne: yes\nf: <<\n<<: 1\n", "a: [b\n", "a: {b}\n", "a: é\n", "a:\tb\n", "a: []\nb: [ ]\nc: [x]\nd: [ \"CMD\", 'curl', -f, x_1.2/y=z+w ]  # c\n",
            "a: [x, ]\n", "a: [x,y]\nb: [x ,y]\n", "a: [x y]\n", "a: [x: y]\n", "a: ['x': y]\n", "a: [x #c\n]\n",
            "a: [[x]]\n", "a: [x]\n  b\n", "a: [x] y\n", "- [a, b]\n- []\n", "[a]: b\n", "a: [.inf, -1, +2, =x, 0x1F]\n",
            "a: [x]]\n", "a: [x,\n  y]\n", "a: [true, null, ~, 1_0]\n",
            "s: [1, 2, 3, 4, 5, 6, 7, 8]\n---\n? [k]\n: v\n", "s:\n  t: {u: 1, v: !!int x}\n---\nw: !!int y\n");

    @Test
    void agreeOnEveryCorpusFile() throws IOException {
        SharedData.assume(Files.isDirectory(CORPUS), "the shared corpus is not available");
        List<Path> files = yamlFiles(CORPUS);
        Tally tally = new Tally();
        for (Path file : files) tally.compare(READER, file, read(file));
        System.out.println("corpus: " + tally);
        assertThat(files).hasSizeGreaterThan(1000);
        assertThat(tally.withDiagnostics).as("corpus files with YAML diagnostics").isGreaterThan(0);
        assertThat(tally.differences).isEmpty();
    }

    @Test
    void agreeOnEveryFixture() throws IOException {
        List<Path> files = yamlFiles(fixturesRoot());
        Tally tally = new Tally();
        for (Path file : files) tally.compare(READER, file, read(file));
        System.out.println("fixtures: " + tally);
        assertThat(files).hasSizeGreaterThan(300);
        assertThat(tally.differences).isEmpty();
    }

    @Test
    void agreeOnCornersUnderSeveralLimits() {
        Tally tally = new Tally();
        for (String text : CORNERS) {
            tally.compare(READER, FILE, text);
            for (YamlReader tight : TIGHT) tally.compare(tight, FILE, text);
        }
        System.out.println("corners: " + tally);
        assertThat(tally.withDiagnostics).isGreaterThan(100);
        assertThat(tally.composed).as("texts left to the composer (explicit merge tags)").isBetween(1, 20);
        assertThat(tally.differences).isEmpty();
    }

    @Test
    void agreeOnTheHostileShapes() {
        String laughs = laughs();
        StringBuilder deepBlock = new StringBuilder();
        for (int level = 0; level < 3_000; level++) deepBlock.append(" ".repeat(level)).append("k:\n");
        List<String> hostile = List.of(laughs, deepBlock.toString(), "[".repeat(10_000) + "]".repeat(10_000) + "\n",
                "- ".repeat(10_000) + "x\n", "a:\n\tb: 1\n", keys(10_000), "a: &a [*a]\n",
                "x: " + "{a: ".repeat(300) + "1" + "}".repeat(300) + "\n");
        Tally tally = new Tally();
        for (String text : hostile) tally.compare(READER, FILE, text);
        System.out.println("hostile: " + tally);
        assertThat(tally.withDiagnostics).isEqualTo(hostile.size() - 1);
        assertThat(tally.differences).isEmpty();
    }

    @Test
    void agreeOnMutationsOfTheCorpus() throws IOException {
        SharedData.assume(Files.isDirectory(CORPUS), "the shared corpus is not available");
        Random random = new Random(SEED);
        TextMutator mutator = new TextMutator(random);
        Tally tally = new Tally();
        for (Path file : yamlFiles(CORPUS)) {
            String text = read(file);
            if (text == null) continue;
            for (int i = 0; i < MUTATIONS_PER_FILE; i++) {
                String mutated = mutator.mutate(text, 1 + random.nextInt(3));
                YamlReader reader = i % 4 == 3 ? TIGHT.get(random.nextInt(TIGHT.size())) : READER;
                tally.compare(reader, file, mutated);
            }
        }
        System.out.println("mutations: " + tally);
        assertThat(tally.compared).isGreaterThan(12_000);
        assertThat(tally.withDiagnostics).isGreaterThan(3_000);
        assertThat(tally.differences).isEmpty();
    }

    static List<Path> yamlFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** The text as the reader decodes it, or null for bytes it does not decode. */
    private static String read(Path file) throws IOException {
        TextDecoder.Decoded decoded = TextDecoder.decode(Files.readAllBytes(file));
        return decoded.ok() ? decoded.text() : null;
    }

    private static Path fixturesRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("src-test-fixtures/rules"))) dir = dir.getParent();
        assertThat(dir).as("src-test-fixtures above the working directory").isNotNull();
        return dir.resolve("src-test-fixtures");
    }

    private static String laughs() {
        StringBuilder text = new StringBuilder("a0: &a0 [lol]\n");
        for (int level = 1; level <= 9; level++) {
            text.append('a').append(level).append(": &a").append(level).append(" [");
            for (int i = 0; i < 9; i++) text.append(i == 0 ? "" : ", ").append("*a").append(level - 1);
            text.append("]\n");
        }
        return text.toString();
    }

    private static String keys(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) text.append("key").append(i).append(": ").append(i).append('\n');
        return text.toString();
    }

    /** Counts the texts compared and keeps the first differences. */
    static final class Tally {
        int compared;
        int withDiagnostics;
        int composed;
        int plainBlocks;
        final List<String> differences = new ArrayList<>();

        void compare(YamlReader reader, Path file, String text) {
            if (text == null) return;
            compared++;
            if (reader.parseDirect(file, text) == null) composed++;
            if (BlockEvents.of(text.startsWith("\uFEFF") ? text.substring(1) : text) != null) plainBlocks++;
            YamlParse expected = reader.parseComposed(file, text);
            if (expected.hasDiagnostics()) withDiagnostics++;
            String difference = YamlAgreement.difference(expected, reader.parse(file, text));
            if (difference != null && differences.size() < 10) {
                differences.add(file + " (" + reader.limits() + "): " + difference);
            }
        }

        @Override
        public String toString() {
            return compared + " texts, " + withDiagnostics + " with diagnostics, " + plainBlocks
                    + " read without snakeyaml's scanner, " + composed + " left to the composer, " + differences.size()
                    + " differences";
        }
    }
}
