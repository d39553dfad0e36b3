package dev.composelint.core.fs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Answers "would git ignore this path?" from the {@code .gitignore} files between a path and its repository root
 * (the nearest directory holding {@code .git}, else the filesystem root). Supports the common syntax: blank lines,
 * comments, {@code !} negation, a leading or inner {@code /} anchoring to the file's directory, a trailing {@code /}
 * for directories, {@code *}, {@code ?}, {@code **}. Reads only; caches per directory.
 */
public final class GitIgnore {

    private record Rule(Pattern pattern, boolean negated, boolean directoryOnly) {
    }

    /** The largest .gitignore read (a larger one, or a FIFO or device, is taken as empty): 1 MiB. */
    static final long MAX_FILE_BYTES = 1024 * 1024;

    private final Map<Path, List<Rule>> rulesByDir = new ConcurrentHashMap<>();

    /** True when {@code path} (existing or not) is ignored; {@code directory} says how to treat it. */
    public boolean isIgnored(Path path, boolean directory) {
        Path abs = path.toAbsolutePath().normalize();
        Path root = repositoryRoot(abs.getParent());
        // a path is ignored when it or any of its parent directories is ignored
        Path current = root;
        for (Path part : root.relativize(abs)) {
            current = current.resolve(part);
            boolean isDir = !current.equals(abs) || directory;
            if (matches(root, current, isDir)) return true;
        }
        return false;
    }

    private boolean matches(Path root, Path path, boolean directory) {
        Boolean ignored = null;
        Path parent = path.getParent();
        Path dir = root;
        while (true) {
            String relative = dir.relativize(path).toString().replace('\\', '/');
            for (Rule rule : rules(dir)) {
                if (rule.directoryOnly() && !directory) continue;
                if (rule.pattern().matcher(relative).matches()) ignored = !rule.negated();
            }
            if (parent == null || dir.equals(parent)) break;
            dir = dir.resolve(parent.getName(dir.getNameCount()).toString());
        }
        return Boolean.TRUE.equals(ignored);
    }

    private List<Rule> rules(Path dir) {
        return rulesByDir.computeIfAbsent(dir, GitIgnore::read);
    }

    private static List<Rule> read(Path dir) {
        Path file = dir.resolve(".gitignore");
        List<Rule> rules = new ArrayList<>();
        WorkspaceFiles.Content content = WorkspaceFiles.readRegular(file, MAX_FILE_BYTES);
        if (!content.ok()) return rules;
        try {
            for (String line : new String(content.bytes(), StandardCharsets.UTF_8).split("\n")) {
                Rule rule = parse(line);
                if (rule != null) rules.add(rule);
            }
        } catch (RuntimeException e) {
            return rules;
        }
        return rules;
    }

    static Rule parse(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) return null;
        boolean negated = text.startsWith("!");
        if (negated) text = text.substring(1);
        boolean directoryOnly = text.endsWith("/");
        if (directoryOnly) text = text.substring(0, text.length() - 1);
        boolean anchored = text.contains("/");
        if (text.startsWith("/")) text = text.substring(1);
        if (text.isEmpty()) return null;
        String regex = toRegex(text);
        if (!anchored) regex = "(?:.*/)?" + regex;
        return new Rule(Pattern.compile(regex), negated, directoryOnly);
    }

    private static String toRegex(String glob) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                    boolean slash = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                    sb.append(slash ? "(?:.*/)?" : ".*");
                    i += slash ? 2 : 1;
                } else {
                    sb.append("[^/]*");
                }
            } else if (c == '?') {
                sb.append("[^/]");
            } else if (c == '[') {
                int end = glob.indexOf(']', i + 1);
                if (end < 0) {
                    sb.append("\\[");
                } else {
                    sb.append('[').append(glob, i + 1, end).append(']');
                    i = end;
                }
            } else if ("\\.+()^$|{}".indexOf(c) >= 0) {
                sb.append('\\').append(c);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static Path repositoryRoot(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) return dir;
        }
        Path root = start;
        while (root != null && root.getParent() != null) root = root.getParent();
        return root == null ? start : root;
    }
}
