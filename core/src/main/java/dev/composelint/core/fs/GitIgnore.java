package dev.composelint.core.fs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers "would git ignore this path?" by the {@code .gitignore} files of one repository. Supports the common
 * syntax: blank lines, comments, {@code !} negation, a leading or inner {@code /} anchoring to the file's
 * directory, a trailing {@code /} for directories, {@code *}, {@code ?}, {@code [...]}, {@code **}. Patterns are
 * matched by {@link Glob}, in linear time. Reads only; caches per directory.
 *
 * <p>Which repository counts is the caller's question: {@link #isGenerated} takes the compose file that names a path
 * and uses only the rules of the repository holding that file (see {@link #repositoryRoot}).
 */
public final class GitIgnore {

    /** The largest .gitignore read (a larger one, or a FIFO or device, is taken as empty): 1 MiB. */
    static final long MAX_FILE_BYTES = 1024 * 1024;

    private record Rule(Glob glob, boolean negated, boolean directoryOnly) {
    }

    private final Path fallbackRoot;
    private final Map<Path, List<Rule>> rulesByDir = new ConcurrentHashMap<>();
    private final Map<Path, WorkspaceFiles.Content> unread = new ConcurrentHashMap<>();
    /** The {@code .git} entries looked for while finding repository roots. */
    private final Set<Path> gitEntries = ConcurrentHashMap.newKeySet();

    /** Repository roots are found by {@code .git} entries; files in no repository use no ignore rules. */
    public GitIgnore() {
        this(null);
    }

    /**
     * @param fallbackRoot the directory treated as the repository root for files in no git repository (for example
     *                     the linted workspace), or null for none
     */
    public GitIgnore(Path fallbackRoot) {
        this.fallbackRoot = fallbackRoot == null ? null : fallbackRoot.toAbsolutePath().normalize();
    }

    /**
     * True when {@code path} (which need not exist) counts as generated for {@code composeFile}: the repository
     * holding the compose file ignores it, and does not ignore the compose file itself (a compose file that is
     * not committed is no evidence of what its repository generates). Paths outside that repository never count.
     */
    public boolean isGenerated(Path path, boolean directory, Path composeFile) {
        Path file = composeFile.toAbsolutePath().normalize();
        Path root = repositoryRoot(file);
        Path abs = path.toAbsolutePath().normalize();
        if (root == null || !abs.startsWith(root) || abs.equals(root)) return false;
        return !isIgnored(root, file, false) && isIgnored(root, abs, directory);
    }

    /**
     * The root of the git repository holding {@code file}: its nearest ancestor with a {@code .git} entry (a
     * directory, or the file of a worktree or submodule); else the fallback root when it holds the file; else null.
     */
    public Path repositoryRoot(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        for (Path dir = abs.getParent(); dir != null; dir = dir.getParent()) {
            Path git = dir.resolve(".git");
            gitEntries.add(git);
            if (Files.exists(git)) return dir;
        }
        return fallbackRoot != null && abs.startsWith(fallbackRoot) ? fallbackRoot : null;
    }

    /** True when the repository at {@code root} ignores {@code abs}, or one of its parent directories. */
    private boolean isIgnored(Path root, Path abs, boolean directory) {
        Path current = root;
        for (Path part : root.relativize(abs)) {
            current = current.resolve(part);
            boolean isDir = !current.equals(abs) || directory;
            if (matches(root, current, isDir)) return true;
        }
        return false;
    }

    /** The last rule matching {@code path}, from the root's {@code .gitignore} down to its own directory's, wins. */
    private boolean matches(Path root, Path path, boolean directory) {
        Boolean ignored = null;
        Path parent = path.getParent();
        Path dir = root;
        while (true) {
            String relative = dir.relativize(path).toString().replace('\\', '/');
            for (Rule rule : rules(dir)) {
                if (rule.directoryOnly() && !directory) continue;
                if (rule.glob().matches(relative)) ignored = !rule.negated();
            }
            if (parent == null || dir.equals(parent)) break;
            dir = dir.resolve(parent.getName(dir.getNameCount()).toString());
        }
        return Boolean.TRUE.equals(ignored);
    }

    private List<Rule> rules(Path dir) {
        return rulesByDir.computeIfAbsent(dir, this::read);
    }

    /**
     * The paths this instance's answers so far depend on, present or not: the {@code .gitignore} files and the
     * {@code .git} entries it looked for.
     */
    public Set<Path> consulted() {
        Set<Path> files = new TreeSet<>(gitEntries);
        rulesByDir.keySet().forEach(dir -> files.add(dir.resolve(".gitignore")));
        return files;
    }

    /**
     * The {@code .gitignore} files that were there but not read (a FIFO, socket or device, a directory, too large,
     * unreadable), by path, with why: a caller reports them, since their rules were taken as none.
     */
    public Map<Path, WorkspaceFiles.Content> unread() {
        return new TreeMap<>(unread);
    }

    private List<Rule> read(Path dir) {
        Path file = dir.resolve(".gitignore");
        List<Rule> rules = new ArrayList<>();
        WorkspaceFiles.Content content = WorkspaceFiles.readRegular(file, MAX_FILE_BYTES);
        if (!content.ok()) {
            if (content.problem() != WorkspaceFiles.Problem.MISSING) unread.put(file, content);
            return rules;
        }
        try {
            for (String line : new String(content.bytes(), StandardCharsets.UTF_8).split("\r?\n")) {
                Rule rule = parse(line);
                if (rule != null) rules.add(rule);
            }
        } catch (RuntimeException e) {
            return rules;
        }
        return rules;
    }

    static Rule parse(String line) {
        String text = stripTrailingSpaces(line);
        if (text.isEmpty() || text.startsWith("#")) return null;
        boolean negated = text.startsWith("!");
        if (negated) text = text.substring(1);
        boolean directoryOnly = text.endsWith("/");
        if (directoryOnly) text = text.substring(0, text.length() - 1);
        boolean anchored = text.contains("/");
        if (text.startsWith("/")) text = text.substring(1);
        if (text.isEmpty()) return null;
        return new Rule(Glob.gitignore(text, anchored), negated, directoryOnly);
    }

    /** Git drops trailing spaces unless escaped with a backslash; leading spaces are part of the pattern. */
    private static String stripTrailingSpaces(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t' || line.charAt(end - 1) == '\r')
                && !(end > 1 && line.charAt(end - 2) == '\\')) {
            end--;
        }
        return line.substring(0, end);
    }
}
