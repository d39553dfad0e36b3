package dev.composelint.core.load;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Finds the compose files under a directory, grouped by the directory that holds them. */
final class Discovery {

    static final List<String> DEFAULT_FILES =
            List.of("compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml");
    static final List<String> DEFAULT_OVERRIDES = List.of("compose.override.yml", "compose.override.yaml",
            "docker-compose.override.yml", "docker-compose.override.yaml");
    private static final Pattern COMPOSE_NAME = Pattern.compile("(docker-)?compose([._-].*)?\\.ya?ml");
    private static final List<String> SKIPPED_DIRS = List.of(".git", "node_modules", ".idea", ".vscode", ".hg");

    private Discovery() {
    }

    static boolean isComposeFileName(String name) {
        return COMPOSE_NAME.matcher(name).matches();
    }

    static boolean isSkippedDirectory(String name) {
        return SKIPPED_DIRS.contains(name);
    }

    /** Compose file names by directory, in a stable order; problems (loops, unreadable dirs) go to {@code diags}. */
    static Map<Path, List<Path>> scan(Path root, Path workingDirectory, List<String> ignore, List<Finding> diags) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String glob : ignore) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        }
        Map<Path, List<Path>> byDir = new TreeMap<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), 64, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && (isSkippedDirectory(String.valueOf(dir.getFileName()))
                            || ignored(dir, workingDirectory, matchers))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    // A directory with a compose file name is listed too, so the loader can say it was skipped.
                    if (!dir.equals(root) && isComposeFileName(String.valueOf(dir.getFileName()))) {
                        byDir.computeIfAbsent(dir.getParent(), k -> new ArrayList<>()).add(dir);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = String.valueOf(file.getFileName());
                    if (isComposeFileName(name) && !ignored(file, workingDirectory, matchers)) {
                        byDir.computeIfAbsent(file.getParent(), k -> new ArrayList<>()).add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String why = e instanceof FileSystemLoopException ? "a symbolic link loop; skipped"
                            : "cannot be read (" + e.getClass().getSimpleName() + "); skipped";
                    if (isComposeFileName(String.valueOf(file.getFileName())) || e instanceof FileSystemLoopException) {
                        diags.add(new Finding(Diagnostics.IO, e instanceof FileSystemLoopException ? Severity.INFO
                                : Severity.ERROR, file + " is " + why, Source.file(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            diags.add(new Finding(Diagnostics.IO, Severity.ERROR, "cannot scan " + root + ": " + e.getMessage(),
                    Source.file(root)));
        }
        byDir.values().forEach(list -> list.sort(null));
        return byDir;
    }

    private static boolean ignored(Path path, Path workingDirectory, List<PathMatcher> matchers) {
        if (matchers.isEmpty()) return false;
        Path relative = path.startsWith(workingDirectory) ? workingDirectory.relativize(path) : path;
        for (PathMatcher m : matchers) {
            if (m.matches(relative) || m.matches(path)) return true;
        }
        return false;
    }

    /** The first default compose file present in a list of files of one directory, or null. */
    static Path firstNamed(List<Path> files, List<String> names) {
        for (String name : names) {
            for (Path f : files) {
                if (String.valueOf(f.getFileName()).equals(name)) return f;
            }
        }
        return null;
    }
}
