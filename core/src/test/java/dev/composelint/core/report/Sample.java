package dev.composelint.core.report;

import dev.composelint.core.Finding;
import dev.composelint.core.Fix;
import dev.composelint.core.Related;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.model.Workspace;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.RuleMeta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A small workspace on disk and a hand-made result with one finding of each severity. */
final class Sample {

    static final String COMPOSE = """
            services:
              web:
                image: nginx:latest
            \tprivileged: true
            """;
    static final RuleMeta LATEST = new RuleMeta("no-latest-tag", "Images should be pinned", Category.CORRECTNESS,
            Severity.ERROR);
    static final RuleMeta PRIVILEGED = new RuleMeta("no-privileged", "No privileged containers", Category.SECURITY,
            Severity.WARNING);

    final Path root;
    final Path compose;
    final Path other;

    Sample(Path root) {
        this.root = root;
        this.compose = root.resolve("compose.yaml");
        this.other = root.resolve("sub dir/compose.yaml");
        try {
            Files.writeString(compose, COMPOSE);
            Files.createDirectories(other.getParent());
            Files.writeString(other, "services: {}\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Finding latest() {
        Source at = new Source(compose, 3, 12, 3, 24);
        Fix fix = new Fix("Pin the tag", List.of(new Fix.Edit(new Source(compose, 3, 18, 3, 24), "1.27.4")));
        return new Finding(LATEST.id(), Severity.ERROR, "Image \"nginx:latest\" is not pinned", at,
                List.of(new Related(Source.of(other, 1, 1), "also used here")), fix, List.of());
    }

    Finding privileged() {
        return new Finding(PRIVILEGED.id(), Severity.WARNING, "Don't run privileged: it's root, 100% of it",
                Source.of(compose, 4, 2), List.of(), Fix.advice("Drop privileged"), List.of("debug"));
    }

    Finding note() {
        return new Finding("style-note", Severity.INFO, "Line one\nline two <&>", Source.file(other));
    }

    LintResult result() {
        return result(List.of(latest(), privileged(), note()));
    }

    LintResult result(List<Finding> findings) {
        return new LintResult(new Workspace(root, List.of(), List.of()), findings.stream().sorted().toList(),
                List.of(LATEST, PRIVILEGED), Duration.ofMillis(410));
    }

    ReportContext context() {
        return ReportContext.of(root, "1.2.3");
    }

    static String render(Reporter reporter, LintResult result, ReportContext context) {
        StringBuilder sb = new StringBuilder();
        try {
            reporter.write(result, context, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }
}
