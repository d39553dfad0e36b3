package dev.composelint.core.fix;

import dev.composelint.core.Fix;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReorderTest {

    private static final Path FILE = Path.of("/repo/compose.yaml");

    /** The text after sorting the collection at {@code path} by name; empty when refused or already sorted. */
    private static Optional<String> sorted(String text, String... path) {
        YamlEdits edits = new YamlEdits(FILE, text);
        Optional<Fix.Edit> edit = Reorder.entries(edits, List.of(path), Comparator.naturalOrder(), name -> false);
        return edit.map(e -> TextEdits.apply(text, List.of(new TextEdits(text).span(e, new FileText(false, text).lineEnding()))));
    }

    @Test
    void entriesMoveWithTheirCommentsAndBlankLinesStayInPlace() {
        String text = """
                # header

                services:
                  # the web front
                  web:
                    image: nginx # pinned later
                    # ports: ["80:80"]

                  api:
                    image: api
                  # about the database
                  db:
                    image: postgres
                volumes: {}
                """;
        assertThat(sorted(text, "services")).contains("""
                # header

                services:
                  api:
                    image: api

                  # about the database
                  db:
                    image: postgres
                  # the web front
                  web:
                    image: nginx # pinned later
                    # ports: ["80:80"]
                volumes: {}
                """);
    }

    @Test
    void aLastEntryWithoutAFinalNewlineMovesAndTheFileStillEndsWithoutOne() {
        assertThat(sorted("services:\n  b:\n    image: b\n  a:\n    image: a", "services"))
                .contains("services:\n  a:\n    image: a\n  b:\n    image: b");
    }

    @Test
    void sequencesAtTheParentsIndentationAndFlowCollectionsAreSorted() {
        assertThat(sorted("x:\n  deps:\n  - web\n  - db\n  other: 1\n", "x", "deps"))
                .contains("x:\n  deps:\n  - db\n  - web\n  other: 1\n");
        assertThat(sorted("x:\n  deps: [web, \"db\", cache]\n", "x", "deps"))
                .contains("x:\n  deps: [cache, \"db\", web]\n");
        assertThat(sorted("services: {web: {image: a}, api: {image: b}}\n", "services"))
                .contains("services: {api: {image: b}, web: {image: a}}\n");
        assertThat(sorted("x: [b, a] # sorted?\n", "x")).contains("x: [a, b] # sorted?\n");
        assertThat(sorted("x: [b, # the b\n  a]\n", "x")).isEmpty();
    }

    @Test
    void anAliasNeverMovesBeforeItsAnchorAndNothingCrossesAMergeKey() {
        assertThat(sorted("services:\n  web: &web\n    image: nginx\n  api:\n    <<: *web\n", "services")).isEmpty();
        assertThat(sorted("s:\n  <<: {z: 1}\n  b: 1\n  a: 2\n", "s")).contains("s:\n  <<: {z: 1}\n  a: 2\n  b: 1\n");
        assertThat(sorted("s:\n  b: 1\n  <<: {z: 1}\n  a: 2\n", "s")).isEmpty();
        // an anchor moving earlier is fine
        assertThat(sorted("services:\n  web:\n    <<: *x\n  b: &x\n    image: a\n", "services")).isEmpty();
        assertThat(sorted("b: &x\n  image: a\na:\n  <<: *x\n")).isEmpty();
    }

    @Test
    void refusesWhatItCannotMoveSafely() {
        assertThat(sorted("services:\n  b: 1\n  a: 2\n---\nother: 1\n", "services")).isEmpty();
        assertThat(sorted("services:\n  b: 1\n  b: 2\n  a: 3\n", "services")).isEmpty();
        assertThat(sorted("services:\n  a: 1\n  b: 2\n", "services")).isEmpty();
        assertThat(sorted("base: &l [b, a]\nx: *l\n", "x")).isEmpty();
    }

    @Test
    void keepsCarriageReturnLineFeeds() {
        assertThat(sorted("services:\r\n  b:\r\n    image: b\r\n  a:\r\n    image: a\r\n", "services"))
                .contains("services:\r\n  a:\r\n    image: a\r\n  b:\r\n    image: b\r\n");
    }
}
