package dev.composelint.core.suppress;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.engine.Linter;
import dev.composelint.core.engine.RuleSettings;
import dev.composelint.core.model.ComposeFile;
import dev.composelint.core.model.NameOrigin;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Workspace;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Suppressions as the Linter applies them after the rules ran. */
class LinterSuppressionTest {

    @TempDir
    Path dir;

    @Test
    void appliesCommentsAndReportsUnusedOnesByDefault() throws Exception {
        Workspace workspace = workspace("""
                services:
                  web:
                    image: nginx:latest # composelint-disable-line latest
                  db:
                    image: postgres:latest
                    # composelint-disable-next-line latest
                    restart: always
                """);
        LintResult result = Linter.builder().rule(new LatestRule()).build().check(workspace);
        Path file = dir.resolve("compose.yaml");
        assertThat(result.findings()).containsExactly(
                new Finding("latest", Severity.ERROR, "latest tag", Source.of(file, 5, 20)),
                new Finding(Diagnostics.UNUSED_SUPPRESSION, Severity.INFO,
                        "unused suppression: no 'latest' finding on the next line; remove it from the comment",
                        new Source(file, 6, 5, 6, 43)));
    }

    @Test
    void canBeSwitchedOff() throws Exception {
        Workspace workspace = workspace("image: a:latest # composelint-disable-line latest\n");
        LintResult result = Linter.builder().rule(new LatestRule()).suppressions(false).build().check(workspace);
        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("latest");
    }

    @Test
    void unusedSuppressionFollowsItsSettings() throws Exception {
        Workspace workspace = workspace("image: a # composelint-disable-line latest\n");
        assertThat(Linter.builder().rule(new LatestRule())
                .settings(Diagnostics.UNUSED_SUPPRESSION, RuleSettings.OFF).build().check(workspace).findings())
                .isEmpty();
        assertThat(Linter.builder().rule(new LatestRule())
                .settings(Diagnostics.UNUSED_SUPPRESSION, new RuleSettings(true, Severity.ERROR, Map.of()))
                .build().check(workspace).findings())
                .extracting(Finding::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void commentsForDisabledRulesAreNotReported() throws Exception {
        Workspace workspace = workspace("image: a:latest # composelint-disable-line latest\n");
        assertThat(Linter.builder().rule(new LatestRule()).settings("latest", RuleSettings.OFF).build()
                .check(workspace).findings()).isEmpty();
    }

    @Test
    void loaderDiagnosticsCanBeSuppressed() throws Exception {
        Path file = Files.writeString(dir.resolve("compose.yaml"), "# composelint-disable-file schema\nx: 1\n");
        Finding schema = new Finding("schema", Severity.ERROR, "bad", Source.of(file, 2, 1));
        Workspace workspace = new Workspace(dir, List.of(project(file)), List.of(schema));
        assertThat(Linter.builder().build().check(workspace).findings()).isEmpty();
    }

    private Workspace workspace(String compose) throws IOException {
        Path file = Files.writeString(dir.resolve("compose.yaml"), compose);
        return new Workspace(dir, List.of(project(file)), List.of());
    }

    private static Project project(Path file) {
        return new Project("p", NameOrigin.values()[0], file.getParent(), List.of(new ComposeFile(file, null, null)),
                Map.of(), Set.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** Reports every line of every compose file that contains {@code :latest}, at that text. */
    static final class LatestRule implements Rule {
        @Override
        public RuleMeta meta() {
            return new RuleMeta("latest", "No latest tags", Category.CORRECTNESS, Severity.ERROR);
        }

        @Override
        public void check(RuleContext context) {
            for (Project project : context.workspace().projects()) {
                for (ComposeFile file : project.files()) {
                    try {
                        List<String> lines = Files.readAllLines(file.path());
                        for (int i = 0; i < lines.size(); i++) {
                            int at = lines.get(i).indexOf(":latest");
                            if (at >= 0) context.at(Source.of(file.path(), i + 1, at + 1), "latest tag").report();
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
    }
}
