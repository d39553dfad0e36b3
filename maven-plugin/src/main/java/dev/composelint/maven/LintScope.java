package dev.composelint.maven;

import dev.composelint.core.fs.Glob;
import dev.composelint.core.invocation.LintInvocation;
import dev.composelint.core.load.LoadRequest;
import dev.composelint.core.load.WorkspaceLoader;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What one run lints: the paths projects are discovered in, the globs the loader skips, and the compose files that
 * discovery will find there. Globs are matched like the loader matches {@code ignore}: against the path relative to
 * the base directory (forward slashes) and against the absolute path.
 *
 * @param paths        files and directories to discover projects in
 * @param ignore       globs for {@code LoadRequest.ignore}
 * @param composeFiles the compose files discovery will find (empty: nothing to lint in {@code paths})
 */
record LintScope(List<Path> paths, List<String> ignore, Set<Path> composeFiles) {

    private static final Pattern GLOB_SPECIAL = Pattern.compile("[\\\\*?\\[\\]{}]");

    LintScope {
        paths = List.copyOf(paths);
        ignore = List.copyOf(ignore);
        composeFiles = Set.copyOf(composeFiles);
    }

    /**
     * Walks {@code paths} as discovery will. With {@code includes}, a compose file that matches none of them is added
     * to the ignore globs, so only included files count; a file given directly in {@code paths} is dropped instead.
     */
    static LintScope resolve(Path baseDirectory, List<Path> paths, List<String> ignore, List<String> includes) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        List<Glob> ignored = matchers(ignore);
        List<Glob> included = matchers(includes);
        List<String> allIgnore = new ArrayList<>(ignore);
        List<Path> kept = new ArrayList<>();
        Set<Path> found = new TreeSet<>();
        for (Path path : paths) {
            Path absolute = base.resolve(path).normalize();
            if (Files.isDirectory(absolute)) {
                kept.add(absolute);
                for (Path file : walk(absolute, base, ignored)) {
                    if (included.isEmpty() || matches(file, base, included)) {
                        found.add(file);
                    } else {
                        allIgnore.add(literal(base, file));
                    }
                }
            } else if (!matches(absolute, base, ignored) && (included.isEmpty() || matches(absolute, base, included))) {
                kept.add(absolute);
                found.add(absolute);
            }
        }
        return new LintScope(kept, allIgnore, found);
    }

    /** The invocation linting only what {@code includes} (Ant-style globs) choose among what discovery finds. */
    static LintInvocation narrow(LintInvocation invocation, Path base, List<String> includes) {
        LoadRequest request = invocation.request();
        LintScope scope = resolve(base, request.paths(), request.ignore(), antStyle(includes));
        return invocation.withRequest(request.toBuilder().paths(scope.paths()).ignore(scope.ignore()).build());
    }

    /** The {@code directories} parameter's directories that exist; each missing one is skipped with a warning. */
    static List<Path> existing(Path base, List<File> directories, Consumer<String> warn) {
        List<Path> paths = new ArrayList<>();
        for (File directory : directories == null ? List.<File>of() : directories) {
            Path path = base.resolve(directory.toPath()).normalize();
            if (Files.exists(path)) paths.add(path);
            else warn.accept("composelint: directory not found, skipped: " + path);
        }
        return paths;
    }

    /**
     * The ignore globs of a module: {@code excludes}, the build directories (of every reactor project when
     * aggregating) and, unless aggregating, the directories of the modules it declares, which lint themselves.
     */
    static List<String> ignored(Path base, List<String> excludes, MavenProject project, MavenSession session,
                                boolean aggregate) {
        List<String> ignore = new ArrayList<>(antStyle(excludes));
        List<MavenProject> projects = aggregate && session != null ? session.getProjects() : List.of(project);
        for (MavenProject each : projects) {
            if (each.getBuild() != null && each.getBuild().getDirectory() != null) {
                ignore.add(literal(base, base.resolve(each.getBuild().getDirectory())));
            }
        }
        for (String module : aggregate ? List.<String>of() : project.getModules()) {
            Path path = base.resolve(module).normalize();
            ignore.add(literal(base, Files.isRegularFile(path) ? path.getParent() : path));
        }
        return ignore;
    }

    /** The entries of a list parameter, each also split at commas, trimmed, without blanks. */
    static List<String> values(List<String> list) {
        List<String> values = new ArrayList<>();
        for (String entry : list == null ? List.<String>of() : list) {
            if (entry != null) Arrays.stream(entry.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .forEach(values::add);
        }
        return values;
    }

    /**
     * Ant-style convenience for user globs: {@code **}{@code /x} also matches {@code x} at the top, as in Maven's
     * includes and excludes (a Java glob's {@code **}{@code /} needs at least one directory).
     */
    static List<String> antStyle(List<String> globs) {
        List<String> expanded = new ArrayList<>();
        for (String glob : globs) {
            String trimmed = glob.trim().replace('\\', '/');
            if (trimmed.isEmpty()) continue;
            expanded.add(trimmed);
            if (trimmed.startsWith("**/")) expanded.add(trimmed.substring(3));
            if (trimmed.endsWith("/")) expanded.add(trimmed.substring(0, trimmed.length() - 1));
        }
        return expanded;
    }

    /** A glob that matches exactly {@code path}: relative to the base directory when inside it. */
    static String literal(Path baseDirectory, Path path) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        Path absolute = base.resolve(path).normalize();
        String text = absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
        return GLOB_SPECIAL.matcher(text.replace(File.separatorChar, '/')).replaceAll("\\\\$0");
    }

    /** The compose files under {@code root} that discovery visits, in path order. */
    private static List<Path> walk(Path root, Path base, List<Glob> ignored) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), 64, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean skipped = !dir.equals(root) && (WorkspaceLoader.isSkippedDirectory(String.valueOf(dir.getFileName()))
                            || matches(dir, base, ignored));
                    return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (WorkspaceLoader.isComposeFileName(String.valueOf(file.getFileName()))
                            && !matches(file, base, ignored)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // the loader reports unreadable files itself
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the visitor above never fails, so neither does the walk
        }
        return files;
    }

    private static List<Glob> matchers(List<String> globs) {
        return globs.stream().map(Glob::of).toList();
    }

    private static boolean matches(Path path, Path base, List<Glob> matchers) {
        if (matchers.isEmpty()) return false;
        Path relative = path.startsWith(base) ? base.relativize(path) : path;
        for (Glob matcher : matchers) {
            if (matcher.matches(relative) || matcher.matches(path)) return true;
        }
        return false;
    }
}
