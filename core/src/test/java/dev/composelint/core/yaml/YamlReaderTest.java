package dev.composelint.core.yaml;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Structure, positions, anchors, merges, tags, key checks, limits and syntax errors of {@link YamlReader#parse}. */
class YamlReaderTest {

    private static final Path FILE = Path.of("/project/compose.yaml");
    private static final YamlReader READER = new YamlReader();

    private static final String COMPOSE = """
            services:
              web:
                image: nginx
                ports:
                  - "80:80"
                  - 443
            """;

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            services                  | 1 | 1  | 1 | 9
            services.web              | 2 | 3  | 2 | 6
            services.web.image        | 3 | 5  | 3 | 10
            services.web.ports        | 4 | 5  | 4 | 10
            """)
    void keepsKeyPositions(String path, int line, int column, int endLine, int endColumn) {
        YEntry entry = entryAt(document(COMPOSE), path);

        assertThat(entry.keySource()).isEqualTo(new Source(FILE, line, column, endLine, endColumn));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            services                  | 2 | 3  | 7 | 1
            services.web              | 3 | 5  | 7 | 1
            services.web.image        | 3 | 12 | 3 | 17
            services.web.ports        | 5 | 7  | 7 | 1
            """)
    void keepsValuePositions(String path, int line, int column, int endLine, int endColumn) {
        YNode value = entryAt(document(COMPOSE), path).value();

        assertThat(value.source()).isEqualTo(new Source(FILE, line, column, endLine, endColumn));
    }

    @Test
    void keepsSequenceItemsWithTheirPositionsAndKinds() {
        YSeq ports = (YSeq) entryAt(document(COMPOSE), "services.web.ports").value();

        assertThat(ports.items()).extracting(YNode::kindName).containsExactly("string", "integer");
        assertThat(((YScalar) ports.get(0)).value()).isEqualTo("80:80");
        assertThat(ports.get(0).source()).isEqualTo(new Source(FILE, 5, 9, 5, 16));
        assertThat(ports.get(1).source()).isEqualTo(new Source(FILE, 6, 9, 6, 12));
    }

    @Test
    void everyNodeKnowsWhetherAMergeTagIsBelowIt() {
        YMap root = (YMap) READER.parse(FILE, "a: [1, {b: !reset []}]\nc: {d: !override {e: 1}}\nf: [1, {g: 2}]\n")
                .documents().get(0);
        assertThat(root.hasMergeTags()).isTrue();
        assertThat(root.get("a").hasMergeTags()).isTrue();
        assertThat(root.map("c").hasMergeTags()).isTrue();
        assertThat(root.get("f").hasMergeTags()).isFalse();
        YMap untagged = root.withValues(entry -> entry.key().equals("f") ? entry.value()
                : YScalar.string("x", entry.value().source()));
        assertThat(untagged.hasMergeTags()).isFalse();
        assertThat(untagged.withTag(MergeTag.RESET).hasMergeTags()).isTrue();
        assertThat(((YSeq) root.get("f")).withTag(MergeTag.OVERRIDE).hasMergeTags()).isTrue();
    }

    @Test
    void tellsWhetherAFileUsesAliases() {
        assertThat(READER.parse(FILE, "a: &x 1\nb: [2]\n").aliases()).isFalse();
        assertThat(READER.parse(FILE, "a: &x {k: 1}\nb: *x\n").aliases()).isTrue();
        assertThat(READER.parse(FILE, "a: 1\n---\nb: &y 2\nc: *y\n").aliases()).isTrue();
    }

    @Test
    void readsEveryDocumentOfAStream() {
        YamlParse parse = READER.parse(FILE, "a: 1\n---\nb: 2\n--- \n- x\n...\n");

        assertThat(parse.diagnostics()).isEmpty();
        assertThat(parse.documents()).hasSize(3);
        assertThat(((YMap) parse.documents().get(0)).keys()).containsExactly("a");
        assertThat(((YMap) parse.documents().get(1)).keys()).containsExactly("b");
        assertThat(parse.documents().get(1).source().line()).isEqualTo(3);
        assertThat(parse.documents().get(2)).isInstanceOf(YSeq.class);
    }

    @Test
    void anExplicitEmptyDocumentIsNull() {
        YamlParse parse = READER.parse(FILE, "---\n");

        assertThat(parse.documents()).singleElement()
                .isInstanceOfSatisfying(YScalar.class, s -> assertThat(s.isNull()).isTrue());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty            | ''
            comments only    | '# nothing here\\n  # still nothing\\n'
            blank lines      | '\\n\\n   \\n'
            """)
    void givesNoDocumentForAnEmptyStream(String name, String yaml) {
        YamlParse parse = READER.parse(FILE, yaml.replace("\\n", "\n"));

        assertThat(parse.documents()).isEmpty();
        assertThat(parse.diagnostics()).isEmpty();
    }

    @Test
    void expandsAliasesKeepingTheAnchoredPositions() {
        YMap root = document("""
                x-env: &env
                  A: "1"
                one:
                  environment: *env
                two:
                  environment: *env
                """);

        YNode anchored = root.get("x-env");
        YNode first = root.map("one").get("environment");
        YNode second = root.map("two").get("environment");
        assertThat(first).isEqualTo(anchored);
        assertThat(second).isEqualTo(anchored);
        assertThat(first.source()).isEqualTo(anchored.source());
        assertThat(first.source()).isEqualTo(new Source(FILE, 1, 8, 3, 1));
        assertThat(((YMap) second).text("A")).isEqualTo("1");
    }

    @Test
    void expandsScalarAliases() {
        YMap root = document("port: &p 8080\nother: *p\n");

        assertThat(root.scalar("other").value()).isEqualTo(8080L);
        // like go-yaml, a node with an anchor starts at its anchor
        assertThat(root.scalar("other").source()).isEqualTo(new Source(FILE, 1, 7, 1, 14));
    }

    @Test
    void mergesAMappingWithExplicitKeysWinning() {
        YMap root = document("""
                x-base: &base
                  image: base
                  restart: always
                  user: root
                svc:
                  user: me
                  <<: *base
                  image: mine
                """);

        YMap svc = root.map("svc");
        assertThat(svc.keys()).containsExactly("user", "restart", "image");
        assertThat(svc.text("image")).isEqualTo("mine");
        assertThat(svc.text("user")).isEqualTo("me");
        assertThat(svc.text("restart")).isEqualTo("always");
        assertThat(svc.entry("restart").keySource().line()).isEqualTo(3);
        assertThat(svc.entry("image").keySource().line()).isEqualTo(8);
        assertThat(svc.has("<<")).isFalse();
    }

    @Test
    void mergesASequenceOfMappingsWithTheEarlierWinning() {
        YMap root = document("""
                a: &a {x: a, y: a}
                b: &b {x: b, y: b, z: b}
                c:
                  <<: [*a, *b, {w: inline}]
                  y: c
                """);

        YMap c = root.map("c");
        assertThat(c.text("x")).isEqualTo("a");
        assertThat(c.text("y")).isEqualTo("c");
        assertThat(c.text("z")).isEqualTo("b");
        assertThat(c.text("w")).isEqualTo("inline");
        assertThat(c.size()).isEqualTo(4);
    }

    @Test
    void mergesAnInlineMappingAndNestedMerges() {
        YMap root = document("""
                base: &base {a: 1}
                mid: &mid
                  <<: *base
                  b: 2
                top:
                  <<: {<<: *mid, c: 3}
                """);

        assertThat(root.map("top").keys()).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void aQuotedMergeKeyIsAnOrdinaryKey() {
        YMap root = document("a:\n  \"<<\": {x: 1}\n");

        assertThat(root.map("a").keys()).containsExactly("<<");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            '<<: 5'              | 2 | 7
            '<<: [{a: 1}, 2]'    | 2 | 7
            '<<: text'           | 2 | 7
            """)
    void reportsMergeValuesThatAreNotMappings(String merge, int line, int column) {
        YamlParse parse = READER.parse(FILE, "svc:\n  " + merge + "\n  b: 1\n");

        assertThat(parse.diagnostics()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Diagnostics.YAML);
            assertThat(f.message()).isEqualTo("map merge requires map or sequence of maps as the value");
            assertThat(f.source().line()).isEqualTo(line);
            assertThat(f.source().column()).isEqualTo(column);
        });
        assertThat(((YMap) parse.documents().get(0)).map("svc").keys()).containsExactly("b");
    }

    @Test
    void recordsResetAndOverrideTags() {
        YMap svc = document("""
                web:
                  ports: !reset []
                  environment: !override
                    A: "1"
                  command: !reset null
                  image: !override nginx
                  labels:
                    keep: !reset ~
                """).map("web");

        assertThat(svc.get("ports").tag()).isEqualTo(MergeTag.RESET);
        assertThat(svc.get("ports")).isInstanceOf(YSeq.class);
        assertThat(svc.get("environment").tag()).isEqualTo(MergeTag.OVERRIDE);
        assertThat(svc.map("environment").text("A")).isEqualTo("1");
        assertThat(svc.get("command").tag()).isEqualTo(MergeTag.RESET);
        assertThat(svc.scalar("command").isNull()).isTrue();
        assertThat(svc.scalar("image").value()).isEqualTo("nginx");
        assertThat(svc.get("image").tag()).isEqualTo(MergeTag.OVERRIDE);
        assertThat(svc.map("labels").get("keep").tag()).isEqualTo(MergeTag.RESET);
        assertThat(svc.map("labels").tag()).isEqualTo(MergeTag.NONE);
        assertThat(svc.tag()).isEqualTo(MergeTag.NONE);
    }

    @Test
    void keepsTagsOnAliasTargetsAndUnderMergeKeys() {
        YMap root = document("""
                x-reset: &none !reset []
                x-base: &base
                  ports: !override ["8080:80"]
                  image: base
                web:
                  <<: *base
                  volumes: *none
                """);

        YMap web = root.map("web");
        assertThat(web.get("volumes").tag()).isEqualTo(MergeTag.RESET);
        assertThat(web.get("ports").tag()).isEqualTo(MergeTag.OVERRIDE);
        assertThat(web.get("image").tag()).isEqualTo(MergeTag.NONE);
    }

    @Test
    void reportsDuplicateKeysAtTheSecondKeyAndKeepsTheLaterValue() {
        YamlParse parse = READER.parse(FILE, """
                services:
                  web:
                    image: nginx

                    command: one
                    command: two
                """);

        assertThat(parse.diagnostics()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Diagnostics.YAML);
            assertThat(f.message()).isEqualTo("mapping key \"command\" already defined at line 5");
            assertThat(f.source()).isEqualTo(new Source(FILE, 6, 5, 6, 12));
        });
        YMap web = ((YMap) parse.documents().get(0)).map("services").map("web");
        assertThat(web.text("command")).isEqualTo("two");
        assertThat(web.keys()).containsExactly("image", "command");
    }

    @Test
    void duplicateKeysCompareTheWrittenTextLikeGoYaml() {
        YamlParse parse = READER.parse(FILE, "80: a\n\"80\": b\n");

        assertThat(parse.diagnostics()).extracting(Finding::message)
                .containsExactly("non-string key at top level: 80", "mapping key \"80\" already defined at line 1");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            '80: x'          | non-string key in services.web: 80      | 80
            'true: x'        | non-string key in services.web: true    | true
            '1.5: x'         | non-string key in services.web: 1.5     | 1.5
            '~: x'           | non-string key in services.web: <nil>   | ~
            '0x10: x'        | non-string key in services.web: 16      | 0x10
            """)
    void reportsNonStringKeysAndKeepsTheirText(String entry, String message, String key) {
        YamlParse parse = READER.parse(FILE, "services:\n  web:\n    " + entry + "\n");

        assertThat(parse.diagnostics()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Diagnostics.YAML);
            assertThat(f.message()).isEqualTo(message);
            assertThat(f.source().line()).isEqualTo(3);
            assertThat(f.source().column()).isEqualTo(5);
        });
        YMap web = ((YMap) parse.documents().get(0)).map("services").map("web");
        assertThat(web.text(key)).isEqualTo("x");
    }

    @Test
    void reportsNonStringKeysAtTopLevelAndInSequences() {
        YamlParse parse = READER.parse(FILE, "1: a\nlist:\n  - 2: b\n");

        assertThat(parse.diagnostics()).extracting(Finding::message)
                .containsExactly("non-string key at top level: 1", "non-string key in list[0]: 2");
    }

    @Test
    void skipsComplexKeys() {
        YamlParse parse = READER.parse(FILE, "a: 1\n? [x, y]\n: 2\n{k: v}: 3\n");

        assertThat(parse.diagnostics()).extracting(Finding::message, f -> f.source().line())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("complex mapping key at top level is not supported", 2),
                        org.assertj.core.groups.Tuple.tuple("complex mapping key at top level is not supported", 4));
        assertThat(((YMap) parse.documents().get(0)).keys()).containsExactly("a");
    }

    @Test
    void reportsARecursiveAliasAtTheAlias() {
        YamlParse parse = READER.parse(FILE, "ok: 1\na: &x [1, *x]\n");

        assertThat(parse.documents()).isEmpty();
        assertThat(parse.diagnostics()).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("anchor \"x\" value contains itself");
            assertThat(f.source()).isEqualTo(new Source(FILE, 2, 11, 2, 13));
        });
    }

    @Test
    void reportsARecursiveAliasInsideAMapping() {
        YamlParse parse = READER.parse(FILE, "a: &m\n  b:\n    c: *m\n");

        assertThat(parse.diagnostics()).extracting(Finding::message)
                .containsExactly("anchor \"m\" value contains itself");
        assertThat(parse.diagnostics().get(0).source().line()).isEqualTo(3);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void stopsABillionLaughsBombAtTheAlias() {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) yaml.append(i == 0 ? "" : ",").append('*').append(p);
            yaml.append("]\n");
        }

        YamlParse parse = READER.parse(FILE, yaml.toString());

        assertThat(parse.documents()).isEmpty();
        assertThat(parse.diagnostics()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Diagnostics.YAML);
            assertThat(f.message()).isEqualTo("YAML alias expansion exceeds the limit of 10000000 nodes");
            assertThat(f.source().line()).isEqualTo(8);
            assertThat(yaml.toString().lines().toList().get(7).substring(f.source().column() - 1)).startsWith("*g,");
        });
    }

    @Test
    void countsNodesAgainstACustomLimit() {
        YamlReader reader = new YamlReader(new YamlLimits(1024, 10, 100));

        YamlParse small = reader.parse(FILE, "a: &a [1, 2]\nb: *a\n");
        YamlParse large = reader.parse(FILE, "a: &a [1, 2, 3]\nb: *a\n");
        YamlParse wide = reader.parse(FILE, "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]\n");

        assertThat(small.diagnostics()).isEmpty();
        assertThat(large.diagnostics()).extracting(Finding::message, Finding::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "YAML alias expansion exceeds the limit of 10 nodes", new Source(FILE, 2, 4, 2, 6)));
        assertThat(wide.diagnostics()).extracting(Finding::message)
                .containsExactly("YAML document exceeds the limit of 10 nodes");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            flow sequences | [          | ]
            flow mappings  | '{a: '     | }
            """)
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void reportsTenThousandLevelsOfNestingWithoutCrashing(String name, String open, String close) {
        String yaml = open.repeat(10_000) + "1" + close.repeat(10_000) + "\n";

        YamlParse parse = READER.parse(FILE, yaml);

        assertThat(parse.documents()).isEmpty();
        assertThat(parse.diagnostics()).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("YAML nesting exceeds the maximum depth of 256");
            assertThat(f.source().line()).isEqualTo(1);
            assertThat(f.source().column()).isEqualTo(256 * open.length() + 1);
        });
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void reportsDeepBlockNesting() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 10_000; i++) yaml.append(" ".repeat(i)).append("k:\n");

        YamlParse parse = READER.parse(FILE, yaml.toString());

        assertThat(parse.diagnostics()).extracting(Finding::message, f -> f.source().line())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("YAML nesting exceeds the maximum depth of 256", 257));
    }

    @Test
    void acceptsNestingUpToTheLimit() {
        String yaml = "[".repeat(256) + "]".repeat(256) + "\n";

        YamlParse parse = READER.parse(FILE, yaml);

        assertThat(parse.diagnostics()).isEmpty();
        assertThat(parse.documents()).hasSize(1);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void survivesNestingBeyondTheStackWhenTheDepthLimitIsRaised() {
        YamlReader permissive = new YamlReader(new YamlLimits(64L * 1024 * 1024, 10_000_000, 10_000_000));
        String yaml = "[".repeat(300_000) + "]".repeat(300_000) + "\n";

        YamlParse parse = permissive.parse(FILE, yaml);

        assertThat(parse.documents()).isEmpty();
        assertThat(parse.diagnostics()).extracting(Finding::message, Finding::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("YAML nesting is too deep to process", Source.file(FILE)));
    }

    @Test
    void countsDepthThroughAliases() {
        YamlReader reader = new YamlReader(new YamlLimits(1024, 1000, 4));

        YamlParse parse = reader.parse(FILE, "a: &a [[1]]\nb: [[*a]]\n");

        assertThat(parse.diagnostics()).extracting(Finding::message, Finding::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "YAML nesting exceeds the maximum depth of 4", new Source(FILE, 2, 6, 2, 8)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            'a:\\n\\tb: 1\\n'            | 2 | 1  | found character '\\t' that cannot start any token (tabs are not allowed for indentation)
            'a: b: c\\n'                 | 1 | 5  | mapping values are not allowed here
            'a: [1, 2\\n'                | 2 | 1  | expected ',' or ']', but got <stream end>
            'a: *nope\\n'                | 1 | 4  | found undefined alias nope
            'a: "open\\n'                | 2 | 1  | found unexpected end of stream
            'a: 1\\n b: 2\\n'            | 2 | 3  | mapping values are not allowed here
            'a: \\u0007\\n'              | 1 | 4  | control character U+0007 is not allowed
            """)
    void reportsSyntaxErrorsAtTheProblem(String yaml, int line, int column, String message) {
        String input = yaml.replace("\\n", "\n").replace("\\t", "\t").replace("\\u0007", "\u0007");

        YamlParse parse = READER.parse(FILE, input);

        assertThat(parse.diagnostics()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Diagnostics.YAML);
            assertThat(f.message()).isEqualTo(message);
            assertThat(f.source().line()).isEqualTo(line);
            assertThat(f.source().column()).isEqualTo(column);
        });
    }

    @Test
    void keepsTheDocumentsBeforeASyntaxError() {
        YamlParse parse = READER.parse(FILE, "a: 1\n---\nb: 2\n---\nc: [\n---\nd: 4\n");

        assertThat(parse.documents()).hasSize(2);
        assertThat(parse.diagnostics()).hasSize(1);
    }

    @Test
    void continuesWithTheNextDocumentAfterALimit() {
        YamlParse parse = READER.parse(FILE, "a: &x [*x]\n---\nb: 2\n");

        assertThat(parse.documents()).singleElement()
                .isInstanceOfSatisfying(YMap.class, m -> assertThat(m.keys()).containsExactly("b"));
        assertThat(parse.diagnostics()).hasSize(1);
    }

    @Test
    void countsLinesOfCrLfText() {
        YMap root = document("a: 1\r\nb:\r\n  c: x\r\n");

        assertThat(root.map("b").entry("c").keySource()).isEqualTo(new Source(FILE, 3, 3, 3, 4));
        assertThat(root.map("b").scalar("c").source()).isEqualTo(new Source(FILE, 3, 6, 3, 7));
    }

    @Test
    void keepsCollectionsWithUnknownLocalTags() {
        YMap root = document("a: !custom {b: 1}\nc: !!seq [1]\nd: !other [x]\n");

        assertThat(root.map("a").scalar("b").value()).isEqualTo(1L);
        assertThat(root.seq("c").size()).isEqualTo(1);
        assertThat(root.get("d").tag()).isEqualTo(MergeTag.NONE);
    }

    @Test
    void ignoresALeadingByteOrderMarkInText() {
        YamlParse parse = READER.parse(FILE, "\uFEFFa: 1\n");

        assertThat(parse.diagnostics()).isEmpty();
        assertThat(((YMap) parse.documents().get(0)).entry("a").keySource()).isEqualTo(new Source(FILE, 1, 1, 1, 2));
    }

    @Test
    void reportsTextLargerThanTheLimit() {
        YamlParse parse = new YamlReader(new YamlLimits(8, 100, 100)).parse(FILE, "key: value\n");

        assertThat(parse.documents()).isEmpty();
        assertThat(parse.diagnostics()).extracting(Finding::ruleId, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Diagnostics.IO, "the file is larger than the limit of 8 bytes"));
    }

    private static YMap document(String yaml) {
        YamlParse parse = READER.parse(FILE, yaml);
        assertThat(parse.diagnostics()).isEmpty();
        assertThat(parse.documents()).hasSize(1);
        return (YMap) parse.documents().get(0);
    }

    private static YEntry entryAt(YMap root, String path) {
        List<String> keys = List.of(path.split("\\."));
        YMap map = root;
        for (int i = 0; i < keys.size() - 1; i++) map = map.map(keys.get(i));
        return map.entry(keys.get(keys.size() - 1));
    }
}
