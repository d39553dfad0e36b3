package dev.composelint.rules;

import dev.composelint.core.engine.LintResult;
import dev.composelint.core.engine.Linter;
import dev.composelint.core.load.LoadRequest;
import dev.composelint.core.model.ComposeFile;
import dev.composelint.core.model.Project;
import dev.composelint.core.testing.SharedData;
import dev.composelint.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An incremental re-lint ({@link Linter#relint}) gives exactly the findings and projects of a full lint, over every
 * corpus repository but the held-out ones: after no change, after a comment is appended to one compose file's
 * buffer, and after that buffer is made invalid YAML.
 */
class IncrementalRelintCorpusTest {

    /** Repositories kept out of every tuning and every look at findings. */
    private static final Set<String> HELD_OUT = Set.of("jitsi__docker-jitsi-meet", "ory__kratos",
            "grafana__pyroscope", "wodby__docker4drupal", "netbox-community__netbox-docker", "mattermost__docker",
            "docker-mailserver__docker-mailserver");

    private static final Linter LINTER = Linter.builder().discoverRules().build();

    @Test
    void incrementalRelintMatchesAFullLintOnEveryRepository() throws IOException {
        Path shared = Fixtures.shared();
        SharedData.assume(shared != null, "the shared corpus is absent: incremental re-lint not compared");
        List<Path> repos;
        try (Stream<Path> list = Files.list(shared.resolve("corpus"))) {
            repos = list.filter(Files::isDirectory).filter(r -> !HELD_OUT.contains(r.getFileName().toString()))
                    .sorted().toList();
        }
        int reusedAfterEdit = 0;
        int compared = 0;
        for (Path repo : repos) {
            LoadRequest request = LoadRequest.of(repo).withEnvironment(Map.of()).withWorkingDirectory(repo);
            LintResult first = LINTER.relint(null, request, Set.of());
            assertSame(repo + ": first (full) relint", LINTER.lint(request), first);
            assertThat(first.loadState().full()).isTrue();

            LintResult unchanged = LINTER.relint(first, request, Set.of());
            assertSame(repo + ": no change", first, unchanged);
            assertThat(unchanged.loadState().reloaded()).as(repo + ": nothing reloaded without a change").isEmpty();

            Path edited = largestProjectFile(first);
            if (edited == null) continue;
            String text = Files.readString(edited, StandardCharsets.UTF_8);
            LoadRequest commented = request.withBuffers(Map.of(edited, text + "\n# an edit\n"));
            LintResult afterComment = LINTER.relint(unchanged, commented, Set.of(edited));
            assertSame(repo + ": comment appended to " + edited, LINTER.lint(commented), afterComment);
            assertThat(afterComment.loadState().reloaded()).as(repo + ": the edited project is reloaded").isNotEmpty();
            reusedAfterEdit += afterComment.loadState().reused().size();

            LoadRequest broken = request.withBuffers(Map.of(edited, text + "\nservices: [unclosed\n  - {\n"));
            LintResult afterBreak = LINTER.relint(afterComment, broken, Set.of());
            assertSame(repo + ": invalid YAML in " + edited, LINTER.lint(broken), afterBreak);

            LintResult restored = LINTER.relint(afterBreak, request, Set.of());
            assertSame(repo + ": buffer closed again", first, restored);
            compared++;
        }
        assertThat(compared).as("repositories compared").isGreaterThan(10);
        assertThat(reusedAfterEdit).as("projects reused after a one-file edit, over the corpus").isPositive();
    }

    /** The first file of the project with the most services (the edit most projects are likely to share). */
    private static Path largestProjectFile(LintResult result) {
        Project largest = null;
        for (Project p : result.workspace().projects()) {
            if (p.files().isEmpty()) continue;
            if (largest == null || p.services().size() > largest.services().size()) largest = p;
        }
        return largest == null ? null : largest.files().stream().map(ComposeFile::path).findFirst().orElse(null);
    }

    private static void assertSame(String what, LintResult expected, LintResult actual) {
        assertThat(describe(actual.workspace().projects())).as(what + ": projects")
                .isEqualTo(describe(expected.workspace().projects()));
        assertThat(actual.workspace().projects()).as(what + ": project models")
                .isEqualTo(expected.workspace().projects());
        assertThat(actual.findings()).as(what + ": findings").containsExactlyElementsOf(expected.findings());
    }

    private static List<String> describe(List<Project> projects) {
        List<String> out = new ArrayList<>();
        for (Project p : projects) {
            out.add(p.name() + " " + p.files().stream().map(ComposeFile::path).toList() + " " + p.origin()
                    + " services=" + p.services().keySet());
        }
        return out;
    }
}
