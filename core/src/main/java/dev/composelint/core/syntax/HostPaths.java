package dev.composelint.core.syntax;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Path handling as Compose does it: host paths made absolute against the project directory, container paths
 * cleaned.
 */
public final class HostPaths {

    private HostPaths() {
    }

    /**
     * A host path made absolute: {@code ~} becomes {@code home}, a relative path is taken against
     * {@code projectDir}, and the result is normalized. Windows paths ({@code C:...}, {@code \\...}) are kept as
     * written.
     */
    public static String resolve(String raw, Path projectDir, String home) {
        if (isWindowsPath(raw)) return raw;
        try {
            Path path;
            if (raw.startsWith("~")) {
                String rest = raw.substring(1).replaceFirst("^/+", "");
                path = Path.of(home == null ? System.getProperty("user.home") : home).resolve(rest);
            } else {
                path = projectDir == null ? Path.of(raw) : projectDir.resolve(raw);
            }
            return path.normalize().toString();
        } catch (InvalidPathException e) {
            return raw;
        }
    }

    /** Like {@link #resolve(String, Path, String)} but as a {@link Path}; null when the text is no valid path. */
    public static Path resolvePath(String raw, Path projectDir, String home) {
        try {
            return Path.of(resolve(raw, projectDir, home));
        } catch (InvalidPathException e) {
            return null;
        }
    }

    static boolean isWindowsPath(String raw) {
        return raw.startsWith("\\\\") || raw.length() >= 2 && Character.isLetter(raw.charAt(0)) && raw.charAt(1) == ':';
    }

    /** Go's {@code path.Clean} for slash-separated container paths: {@code /data/} is {@code /data}. */
    public static String clean(String path) {
        if (path.isEmpty()) return ".";
        boolean rooted = path.startsWith("/");
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) {
                if (!parts.isEmpty() && !parts.peekLast().equals("..")) {
                    parts.removeLast();
                } else if (!rooted) {
                    parts.addLast(part);
                }
                continue;
            }
            parts.addLast(part);
        }
        String joined = String.join("/", parts);
        if (rooted) return "/" + joined;
        return joined.isEmpty() ? "." : joined;
    }
}
