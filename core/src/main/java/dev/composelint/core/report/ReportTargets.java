package dev.composelint.core.report;

import dev.composelint.core.engine.LintResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where each report of a run goes: {@code --format NAME} writes to standard output, {@code --format NAME:FILE} to
 * FILE (relative to the working directory, parent directories created). Formats may be repeated; at most one may
 * write to standard output, and no two to the same file.
 */
public final class ReportTargets {

    /** One report: a format and its file, or {@code null} for standard output. */
    public record Target(Reporter reporter, Path file) {
        public boolean toStandardOutput() {
            return file == null;
        }
    }

    private final List<Target> targets;

    private ReportTargets(List<Target> targets) {
        this.targets = List.copyOf(targets);
    }

    /**
     * Parses {@code NAME} or {@code NAME:FILE} specifications; {@code legacyOutput} (the {@code -o} option, may be
     * null) is the file of the one format given without a destination.
     *
     * @throws IllegalArgumentException with a message for the user when a name is unknown or targets clash
     */
    public static ReportTargets parse(List<String> specs, String legacyOutput, Path workingDirectory) {
        List<String> given = specs.isEmpty() ? List.of("text") : specs;
        List<Target> targets = new ArrayList<>();
        for (String spec : given) {
            int colon = spec.indexOf(':');
            String name = colon < 0 ? spec : spec.substring(0, colon);
            String file = colon < 0 ? null : spec.substring(colon + 1).strip();
            Reporter reporter = Reporters.byName(name);
            if (file != null && file.isEmpty()) {
                throw new IllegalArgumentException("--format " + spec + " names no file; use " + name + ":FILE or "
                        + name);
            }
            targets.add(new Target(reporter, file == null ? null : workingDirectory.resolve(file).normalize()));
        }
        if (legacyOutput != null) {
            List<Target> unplaced = targets.stream().filter(Target::toStandardOutput).toList();
            if (unplaced.size() != 1) {
                throw new IllegalArgumentException("-o needs exactly one --format without a file; write "
                        + "--format NAME:FILE for each report instead");
            }
            Path output = workingDirectory.resolve(legacyOutput).normalize();
            targets.replaceAll(t -> t.toStandardOutput() ? new Target(t.reporter(), output) : t);
        }
        if (targets.stream().filter(Target::toStandardOutput).count() > 1) {
            throw new IllegalArgumentException("at most one --format may write to standard output; give the others "
                    + "a file, e.g. --format sarif:composelint.sarif");
        }
        Set<Path> files = new LinkedHashSet<>();
        for (Target target : targets) {
            if (target.file() != null && !files.add(target.file())) {
                throw new IllegalArgumentException("two reports would write " + target.file().getFileName());
            }
        }
        return new ReportTargets(targets);
    }

    public List<Target> all() {
        return targets;
    }

    /** The report written to standard output, if any. */
    public Optional<Target> standardOutput() {
        return targets.stream().filter(Target::toStandardOutput).findFirst();
    }

    /** The reports written to files. */
    public List<Target> files() {
        return targets.stream().filter(t -> !t.toStandardOutput()).toList();
    }

    /** Renders one report. */
    public static String render(Target target, LintResult result, ReportContext context) throws IOException {
        StringBuilder report = new StringBuilder();
        target.reporter().write(result, context, report);
        return report.toString();
    }

    /** Writes one file report (never colored), creating parent directories. */
    public static void writeFile(Target target, LintResult result, ReportContext context) throws IOException {
        ReportContext plain = new ReportContext(context.baseDirectory(), false, context.toolVersion());
        Path parent = target.file().getParent();
        if (parent != null && !Files.isDirectory(parent)) Files.createDirectories(parent);
        Files.writeString(target.file(), render(target, result, plain), StandardCharsets.UTF_8);
    }

    /**
     * The one-line summary for standard error when every report goes to a file, e.g.
     * {@code composelint: ✖ 3 problems (2 errors, 1 warning, 0 info) in 2 projects, 0.41 s; reports: a.sarif}.
     */
    public String summaryLine(LintResult result, ReportContext context) {
        List<String> shown = files().stream().map(t -> context.display(t.file())).toList();
        return "composelint: " + TextReporter.summary(result, new TextReporter.Paint(false)) + "; reports: "
                + String.join(", ", shown);
    }
}
