package dev.composelint.core.report;

import dev.composelint.core.engine.LintResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    /**
     * One report file per format in {@code directory}, under its {@linkplain #fileName(String) standard name}; a
     * format named twice is written once.
     *
     * @throws IllegalArgumentException naming the known formats when a name is unknown
     */
    public static ReportTargets inDirectory(Collection<String> formats, Path directory) {
        Map<String, Target> targets = new LinkedHashMap<>();
        for (String format : formats) {
            Reporter reporter = Reporters.byName(format);
            targets.putIfAbsent(reporter.name(), new Target(reporter, directory.resolve(fileName(reporter.name()))));
        }
        return new ReportTargets(new ArrayList<>(targets.values()));
    }

    /** The standard file name of a format's report: composelint.sarif, composelint-checkstyle.xml, ... */
    public static String fileName(String format) {
        return switch (format) {
            case "text" -> "composelint.txt";
            case "json" -> "composelint.json";
            case "sarif" -> "composelint.sarif";
            case "html" -> "composelint.html";
            case "checkstyle", "junit" -> "composelint-" + format + ".xml";
            case "codeclimate" -> "composelint-codeclimate.json";
            default -> "composelint-" + format + ".txt";
        };
    }

    /**
     * Writes every file report (never colored), creating parent directories; returns the files written.
     *
     * @throws IOException with the message for the user, {@code cannot write FILE: reason}
     */
    public List<Path> writeFiles(LintResult result, ReportContext context) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Target target : files()) {
            try {
                writeFile(target, result, context);
            } catch (IOException e) {
                throw new IOException(cannotWrite(context.display(target.file()), e), e);
            }
            written.add(target.file());
        }
        return written;
    }

    /** {@code cannot write FILE: reason}, with the reason in words (no such file, permission denied, ...). */
    public static String cannotWrite(String file, IOException e) {
        String reason;
        if (e instanceof NoSuchFileException) reason = "no such file or directory";
        else if (e instanceof AccessDeniedException) reason = "permission denied";
        else if (e instanceof FileAlreadyExistsException) reason = "a file is in the way of its directory";
        else if (e instanceof FileSystemException fs && fs.getReason() != null) reason = fs.getReason();
        else reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "cannot write " + file + ": " + reason;
    }

    /** Writes one file report (never colored), creating parent directories. */
    private static void writeFile(Target target, LintResult result, ReportContext context) throws IOException {
        ReportContext plain = new ReportContext(context.baseDirectory(), false, context.toolVersion());
        Path parent = target.file().getParent();
        if (parent != null && !Files.isDirectory(parent)) Files.createDirectories(parent);
        Files.writeString(target.file(), render(target, result, plain), StandardCharsets.UTF_8);
    }
}
