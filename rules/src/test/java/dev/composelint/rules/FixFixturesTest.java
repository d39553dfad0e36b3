package dev.composelint.rules;

import dev.composelint.core.Finding;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.engine.Linter;
import dev.composelint.core.engine.RuleSettings;
import dev.composelint.core.fix.Fixer;
import dev.composelint.core.load.LoadRequest;
import dev.composelint.fixtures.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every case of {@code src-test-fixtures/fixes/<rule-id>/<case>/}: a copy is fixed with {@code --fix --unsafe-fixes}
 * semantics, applying the fixes of that rule only, and each {@code <file>.expected} must equal the fixed {@code <file>} byte for byte. The rule's fixable
 * findings must be gone and a second run must change nothing. The case's rule is enabled, also when it is opt-in. {@code -Dcomposelint.updateFixes=true} rewrites the
 * expected files (then read their diff).
 */
class FixFixturesTest {

    private static final String EXPECTED = ".expected";

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyFixCase() throws IOException {
        Path fixes = Fixtures.root().resolve("fixes");
        List<Path> cases = new ArrayList<>();
        try (Stream<Path> rules = Files.list(fixes)) {
            for (Path rule : rules.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> dirs = Files.list(rule)) {
                    dirs.filter(Files::isDirectory).sorted().forEach(cases::add);
                }
            }
        }
        assertFalse(cases.isEmpty(), "no fix fixtures under " + fixes);
        return cases.stream().map(dir -> DynamicTest.dynamicTest(fixes.relativize(dir).toString(), () -> check(dir)));
    }

    private void check(Path caseDir) throws IOException {
        String ruleId = caseDir.getParent().getFileName().toString();
        Path work = temp.resolve(caseDir.getParent().getFileName() + "-" + caseDir.getFileName());
        List<Path> expectations = copy(caseDir, work);
        Linter linter = Linter.builder().discoverRules().settings(ruleId, new RuleSettings(true, null, Map.of()))
                .build();
        Supplier<LintResult> lint = () -> {
            LintResult all = linter.lint(LoadRequest.of(work).withEnvironment(Map.of()).withWorkingDirectory(work));
            return new LintResult(all.workspace(), all.findings().stream().filter(f -> f.ruleId().equals(ruleId))
                    .toList(), all.rules(), all.elapsed());
        };
        long before = lint.get().findings().stream().filter(f -> fixableOf(f, ruleId)).count();
        assertTrue(before > 0, caseDir + ": the case has no fixable " + ruleId + " finding");

        Fixer.FileOutcome outcome = new Fixer(work, true).fixFiles(lint, true);
        assertTrue(outcome.problems().isEmpty(), "problems: " + outcome.problems());
        assertFalse(expectations.isEmpty(), caseDir + ": no .expected file");
        for (Path expected : expectations) {
            Path relative = caseDir.relativize(expected);
            String name = relative.toString();
            Path fixed = work.resolve(name.substring(0, name.length() - EXPECTED.length()));
            if (Boolean.getBoolean("composelint.updateFixes")) {
                Files.write(expected, Files.readAllBytes(fixed));
                continue;
            }
            assertEquals(new String(Files.readAllBytes(expected), StandardCharsets.ISO_8859_1),
                    new String(Files.readAllBytes(fixed), StandardCharsets.ISO_8859_1), "fixed " + relative);
        }
        List<Finding> left = outcome.remaining().findings().stream().filter(f -> fixableOf(f, ruleId)).toList();
        assertTrue(left.isEmpty(), "fixable findings remain: " + left);

        Fixer.FileOutcome again = new Fixer(work, true).fixFiles(lint, true);
        assertEquals(0, again.applied(), "a second run changed " + again.changed());
    }

    private static boolean fixableOf(Finding finding, String ruleId) {
        return finding.ruleId().equals(ruleId) && finding.fix() != null && finding.fix().applicable();
    }

    /** Copies the case without its expected files, returning those. */
    private static List<Path> copy(Path caseDir, Path work) throws IOException {
        List<Path> expectations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(caseDir)) {
            for (Path file : files.sorted().toList()) {
                Path target = work.resolve(caseDir.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (file.getFileName().toString().endsWith(EXPECTED)) {
                    expectations.add(file);
                } else {
                    try {
                        Files.copy(file, target);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return expectations;
    }
}
