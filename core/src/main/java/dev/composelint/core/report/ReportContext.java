package dev.composelint.core.report;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a reporter needs besides the result: the directory paths are shown relative to, whether to use ANSI colors,
 * and the tool's version.
 */
public record ReportContext(Path baseDirectory, boolean color, String toolVersion) {

    public static final String TOOL_NAME = "composelint";
    public static final String INFORMATION_URI = "https://github.com/composelint/composelint";

    public ReportContext {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        baseDirectory = baseDirectory.toAbsolutePath().normalize();
        toolVersion = toolVersion == null ? "unknown" : toolVersion;
    }

    /** Plain output relative to {@code baseDirectory}. */
    public static ReportContext of(Path baseDirectory, String toolVersion) {
        return new ReportContext(baseDirectory, false, toolVersion);
    }

    /** The file's absolute, normalized path (a relative path is taken relative to the base directory). */
    public Path absolute(Path file) {
        return baseDirectory.resolve(file).normalize();
    }

    /** The file as shown in reports: relative to the base directory, with forward slashes. */
    public String display(Path file) {
        Path absolute = absolute(file);
        Path shown = absolute.getRoot() != null && absolute.getRoot().equals(baseDirectory.getRoot())
                ? baseDirectory.relativize(absolute) : absolute;
        String text = shown.toString().replace(File.separatorChar, '/');
        return text.isEmpty() ? "." : text;
    }

    /** True when the file lies inside the base directory. */
    public boolean isInside(Path file) {
        return absolute(file).startsWith(baseDirectory);
    }
}
