package dev.composelint.core.load;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.evidence.EvidenceScanner;
import dev.composelint.core.fs.Glob;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One walk of a directory tree that collects what discovery needs: compose files by name, other YAML files (compose
 * files under other names are recognised by content later), and the files that tell how the repository runs its
 * compose files (scripts, Makefiles, CI, docs, env templates). Symbolic links are followed only while they stay
 * inside the root, each real directory once; nothing is skipped without a finding.
 */
final class Discovery {

    static final List<String> DEFAULT_FILES =
            List.of("compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml");
    static final List<String> DEFAULT_OVERRIDES = List.of("compose.override.yml", "compose.override.yaml",
            "docker-compose.override.yml", "docker-compose.override.yaml");
    private static final Pattern COMPOSE_NAME = Pattern.compile("(docker-)?compose([._-].*)?\\.ya?ml");
    private static final List<String> SKIPPED_DIRS = List.of(".git", "node_modules", ".idea", ".vscode", ".hg");
    /** YAML that is never a compose file, whatever it holds: CI definitions and similar tool files. */
    private static final Pattern NOT_COMPOSE = Pattern.compile(
            "(^|.*/)(\\.github/.*|\\.gitlab-ci\\.ya?ml|\\.travis\\.ya?ml|\\.drone\\.ya?ml|bitbucket-pipelines\\.ya?ml"
                    + "|\\.circleci/.*|\\.pre-commit-[a-z-]*\\.ya?ml|[Tt]askfile\\.ya?ml|Chart\\.ya?ml"
                    + "|templates/.*|\\.woodpecker/.*|\\.woodpecker\\.ya?ml|azure-pipelines\\.ya?ml)");
    static final int MAX_DEPTH = 64;
    static final int MAX_FILES = 200_000;

    /** What one walk found, each list in a stable order. */
    record Scan(Map<Path, List<Path>> composeByDir, List<Path> otherYaml, List<Path> evidence) {
    }

    private Discovery() {
    }

    static boolean isComposeFileName(String name) {
        return COMPOSE_NAME.matcher(name).matches();
    }

    static boolean isSkippedDirectory(String name) {
        return SKIPPED_DIRS.contains(name);
    }

    /** True for a YAML file (by relative path) that may be a compose file under another name. */
    static boolean mayBeCompose(String relative) {
        String lower = relative.toLowerCase(java.util.Locale.ROOT);
        return (lower.endsWith(".yml") || lower.endsWith(".yaml")) && !NOT_COMPOSE.matcher(relative).matches();
    }

    static Scan scan(Path root, Path workingDirectory, List<String> ignore, List<Finding> diags) {
        List<Glob> matchers = new ArrayList<>();
        for (String glob : ignore) {
            matchers.add(Glob.of(glob));
        }
        Walker walker = new Walker(root, workingDirectory, matchers, diags);
        walker.walk(root, root);
        walker.byDir.values().forEach(list -> list.sort(null));
        walker.otherYaml.sort(null);
        walker.evidence.sort(null);
        return new Scan(walker.byDir, walker.otherYaml, walker.evidence);
    }

    private static final class Walker {
        final Path root;
        final Path realRoot;
        final Path workingDirectory;
        final List<Glob> matchers;
        final List<Finding> diags;
        final Map<Path, List<Path>> byDir = new TreeMap<>();
        final List<Path> otherYaml = new ArrayList<>();
        final List<Path> evidence = new ArrayList<>();
        final Set<Path> visitedReal = new HashSet<>();
        int files;

        Walker(Path root, Path workingDirectory, List<Glob> matchers, List<Finding> diags) {
            this.root = root;
            this.workingDirectory = workingDirectory;
            this.matchers = matchers;
            this.diags = diags;
            Path real;
            try {
                real = root.toRealPath();
            } catch (IOException e) {
                real = root;
            }
            this.realRoot = real;
        }

        /** Walks {@code dir}, which is shown as {@code shown} (a symbolic link's own path when followed). */
        void walk(Path dir, Path shown) {
            try {
                Files.walkFileTree(dir, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE,
                        new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                        Path visible = shown.resolve(dir.relativize(d));
                        String name = String.valueOf(visible.getFileName());
                        if (!d.equals(dir) && (isSkippedDirectory(name) || ignored(visible))) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        if (!visitedReal.add(realPath(d))) {
                            diags.add(new Finding(Diagnostics.IO, Severity.INFO, visible
                                    + " is a symbolic link loop (the directory was already searched); skipped",
                                    Source.file(visible)));
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        if (root.relativize(visible).getNameCount() > MAX_DEPTH) {
                            diags.add(new Finding(Diagnostics.IO, Severity.INFO, visible + " is more than "
                                    + MAX_DEPTH + " directories deep; not searched", Source.file(visible)));
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        if (!d.equals(dir) && isComposeFileName(name)) {
                            // listed so that the loader can say a directory was found where a file was expected
                            byDir.computeIfAbsent(visible.getParent(), k -> new ArrayList<>()).add(visible);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                        Path visible = shown.resolve(dir.relativize(f));
                        if (++files > MAX_FILES) {
                            if (files == MAX_FILES + 1) {
                                diags.add(new Finding(Diagnostics.IO, Severity.WARNING, "more than " + MAX_FILES
                                        + " files under " + root + "; the rest were not searched", Source.file(root)));
                            }
                            return FileVisitResult.TERMINATE;
                        }
                        if (attrs.isSymbolicLink()) {
                            followLink(f, visible);
                        } else {
                            collect(visible, attrs.isRegularFile());
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path f, IOException e) {
                        Path visible = shown.resolve(dir.relativize(f));
                        diags.add(new Finding(Diagnostics.IO, isComposeFileName(String.valueOf(f.getFileName()))
                                ? Severity.ERROR : Severity.INFO, visible + " cannot be read ("
                                + e.getClass().getSimpleName() + "); skipped", Source.file(visible)));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException | RuntimeException e) {
                diags.add(new Finding(Diagnostics.IO, Severity.ERROR, "cannot search " + shown + " ("
                        + e.getClass().getSimpleName() + ")", Source.file(shown)));
            }
        }

        private void followLink(Path link, Path visible) {
            Path target;
            try {
                target = link.toRealPath();
            } catch (IOException e) {
                return; // a dangling link: nothing to read
            }
            if (!target.startsWith(realRoot)) {
                if (isComposeFileName(String.valueOf(visible.getFileName())) || Files.isDirectory(target)) {
                    diags.add(new Finding(Diagnostics.IO, Severity.INFO, visible + " is a symbolic link to "
                            + "outside the workspace; not followed", Source.file(visible)));
                }
                return;
            }
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                String name = String.valueOf(visible.getFileName());
                if (!isSkippedDirectory(name) && !ignored(visible)) walk(target, visible);
            } else {
                collect(visible, Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS));
            }
        }

        private void collect(Path visible, boolean regular) {
            String name = String.valueOf(visible.getFileName());
            if (ignored(visible)) return;
            if (isComposeFileName(name)) {
                // special files are listed too, so that the loader says why they are not read
                byDir.computeIfAbsent(visible.getParent(), k -> new ArrayList<>()).add(visible);
                return;
            }
            if (!regular) return;
            Path relative = root.relativize(visible);
            if (mayBeCompose(relative.toString().replace('\\', '/'))) otherYaml.add(visible);
            if (EvidenceScanner.isEvidenceFile(relative)) evidence.add(visible);
        }

        private boolean ignored(Path path) {
            if (matchers.isEmpty()) return false;
            Path relative = path.startsWith(workingDirectory) ? workingDirectory.relativize(path) : path;
            for (Glob m : matchers) {
                if (m.matches(relative) || m.matches(path)) return true;
            }
            return false;
        }

        private static Path realPath(Path p) {
            try {
                return p.toRealPath();
            } catch (IOException e) {
                return p.toAbsolutePath().normalize();
            }
        }
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
