package dev.composelint.cli;

import dev.composelint.core.Fix;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;
import dev.composelint.core.rule.RuleOption;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Test-only rules, registered in {@code src/test/resources/META-INF/services}: each reports every line of every
 * YAML file under the workspace root that contains its marker ({@code x-fake-error}, ...), at the marker.
 */
final class FakeRules {

    private FakeRules() {
    }

    /** Finds the marker in the YAML files below the workspace root (not in dot files). */
    abstract static class MarkerRule implements Rule {
        private final RuleMeta meta;
        private final String marker;

        MarkerRule(String id, Severity severity, String marker, RuleOption... options) {
            this(new RuleMeta(id, "Reports " + marker, Category.CORRECTNESS, severity, null, List.of(options)),
                    marker);
        }

        MarkerRule(RuleMeta meta, String marker) {
            this.meta = meta;
            this.marker = marker;
        }

        @Override
        public RuleMeta meta() {
            return meta;
        }

        @Override
        public void check(RuleContext context) {
            for (Path file : yamlFiles(context.workspace().root())) {
                // through the run's file source, so a dry run's would-be texts are seen
                List<String> lines = List.of(context.hostFiles().read(file, 1 << 20).orElse("").split("\r\n|\r|\n"));
                for (int i = 0; i < lines.size(); i++) {
                    int at = lines.get(i).indexOf(marker);
                    if (at < 0) continue;
                    Source source = new Source(file, i + 1, at + 1, i + 1, at + 1 + marker.length());
                    report(context, context.at(source, message(context)), file, source);
                }
            }
        }

        String message(RuleContext context) {
            return "found " + marker;
        }

        void report(RuleContext context, RuleContext.FindingBuilder finding, Path file, Source source) {
            finding.report();
        }

        private static List<Path> yamlFiles(Path root) {
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().startsWith("."))
                        .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                        .sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

    }

    /** An error with a related place and a fix. */
    public static final class ErrorRule extends MarkerRule {
        public ErrorRule() {
            super("fake-error", Severity.ERROR, "x-fake-error");
        }

        @Override
        void report(RuleContext context, RuleContext.FindingBuilder finding, Path file, Source source) {
            finding.related(Source.of(file, 1, 1), "file starts here")
                    .fix(new Fix("Rename the key", List.of(new Fix.Edit(source, "x-fine"))))
                    .report();
        }
    }

    /** A warning that only applies with the {@code debug} profile. */
    public static final class WarningRule extends MarkerRule {
        public WarningRule() {
            super("fake-warning", Severity.WARNING, "x-fake-warning");
        }

        @Override
        void report(RuleContext context, RuleContext.FindingBuilder finding, Path file, Source source) {
            finding.profiles(List.of("debug")).report();
        }
    }

    /** An info whose message takes the {@code prefix} option. */
    public static final class InfoRule extends MarkerRule {
        public InfoRule() {
            super("fake-info", Severity.INFO, "x-fake-info",
                    new RuleOption("prefix", RuleOption.STRING, "", "put before the message"));
        }

        @Override
        String message(RuleContext context) {
            return context.option("prefix", String.class, "") + super.message(context);
        }
    }

    /**
     * A warning in the {@code style} preset only, so off unless selected. Its fix replaces the marker and keeps the
     * rest of the line, with an edit up to the end of the line: two markers on one line take two passes.
     */
    public static final class StyleRule extends MarkerRule {
        public StyleRule() {
            super(new RuleMeta("fake-style", "Reports x-fake-style", Category.STYLE, Severity.WARNING, null,
                    List.of(), Set.of("style")), "x-fake-style");
        }

        @Override
        void report(RuleContext context, RuleContext.FindingBuilder finding, Path file, Source source) {
            String line = context.hostFiles().read(file, 1 << 20).orElse("").split("\r\n|\r|\n")[source.line() - 1];
            String rest = line.substring(source.endColumn() - 1);
            Source toEnd = new Source(file, source.line(), source.column(), source.line(), line.length() + 1);
            finding.fix(new Fix("Mark it done", List.of(new Fix.Edit(toEnd, "x-done" + rest)))).report();
        }
    }
}
