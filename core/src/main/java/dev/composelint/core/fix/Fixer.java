package dev.composelint.core.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.composelint.core.Finding;
import dev.composelint.core.Fix;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.fs.WorkspaceFiles;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Applies the text edits that findings carry, to files of the workspace or to in-memory buffers. Only the edited
 * spans change: every other byte (comments, quoting, indentation, line endings, a byte order mark) is kept. Fixes
 * whose edits overlap an edit already taken wait for the next pass: apply, re-lint, repeat, at most
 * {@code maxPasses} times. Identical fixes (several findings sharing one edit) are applied once.
 */
public final class Fixer {

    public static final int DEFAULT_MAX_PASSES = 5;
    /** Larger files are not fixed (the loader does not read them either). */
    public static final int MAX_FILE_BYTES = 8 * 1024 * 1024;

    private Path root;
    private final boolean unsafe;
    private final int maxPasses;

    /**
     * @param root      the workspace root: a fix is never applied to a file outside it (null: the linted
     *                  workspace's root)
     * @param unsafe    also apply fixes marked unsafe
     * @param maxPasses how many apply-and-re-lint passes at most
     */
    public Fixer(Path root, boolean unsafe, int maxPasses) {
        this.root = root == null ? null : root.toAbsolutePath().normalize();
        this.unsafe = unsafe;
        this.maxPasses = Math.max(1, maxPasses);
    }

    public Fixer(Path root, boolean unsafe) {
        this(root, unsafe, DEFAULT_MAX_PASSES);
    }

    /** True when this fixer would apply the finding's fix. */
    public boolean fixable(Finding finding) {
        Fix fix = finding.fix();
        return fix != null && fix.applicable() && (fix.safe() || unsafe);
    }

    /** How many findings this fixer could fix. */
    public long countFixable(List<Finding> findings) {
        return findings.stream().filter(this::fixable).count();
    }

    /** The texts after one pass, with what was applied and what was skipped. */
    public record Pass(Map<Path, FileText> texts, int applied, Set<Path> changed, Map<Path, Integer> perFile) {
    }

    /** Outcome of fixing buffers: the new text of every buffer (unchanged ones included). */
    public record BufferOutcome(Map<Path, String> buffers, int applied, Set<Path> changed, List<String> problems) {
    }

    /**
     * Outcome of fixing files: the number of fixes applied, the files changed with their text before and after,
     * what was skipped (stale files, files outside the workspace) and the findings that remain.
     */
    public record FileOutcome(int applied, Map<Path, String> before, Map<Path, String> after,
                              List<String> problems, LintResult remaining) {

        public Set<Path> changed() {
            return after.keySet();
        }

        /** "N fixes applied in M files" (or "would be applied" for a dry run), then one line per skipped file. */
        public String summary(boolean written) {
            StringBuilder out = new StringBuilder();
            out.append(applied).append(applied == 1 ? " fix " : " fixes ").append(written ? "applied" : "would be applied")
                    .append(" in ").append(after.size()).append(after.size() == 1 ? " file" : " files").append('\n');
            for (String problem : problems) out.append(problem).append('\n');
            return out.toString();
        }

        /** A unified diff of every changed file, paths relative to {@code base}. */
        public String diff(Path base) {
            StringBuilder out = new StringBuilder();
            for (Map.Entry<Path, String> entry : after.entrySet()) {
                out.append(unifiedDiff(relative(base, entry.getKey()), before.get(entry.getKey()),
                        entry.getValue()));
            }
            return out.toString();
        }
    }

    /** Applies the fixes of {@code findings} to the buffers in one pass (the language server's entry point). */
    public BufferOutcome applyToBuffers(Map<Path, String> buffers, List<Finding> findings) {
        return fixBuffers(buffers, findings, null);
    }

    /**
     * Lints the buffers with {@code lint} (which must lay them over the disk, e.g. through
     * {@code LoadRequest.Builder#buffers}), applies the fixes and re-lints, in bounded passes; nothing is written.
     * Fixes for files without a buffer are not applied.
     */
    public BufferOutcome fixBuffers(Map<Path, String> buffers, Function<Map<Path, String>, List<Finding>> lint) {
        return fixBuffers(buffers, lint.apply(Map.copyOf(buffers)), lint);
    }

    /**
     * Applies fixes to buffers, re-linting them with {@code lint} between passes (null: one pass only).
     * A leading U+FEFF of a buffer is kept as its byte order mark.
     */
    public BufferOutcome fixBuffers(Map<Path, String> buffers, List<Finding> findings,
                                    Function<Map<Path, String>, List<Finding>> lint) {
        Map<Path, String> current = new LinkedHashMap<>(buffers);
        Set<Path> changed = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        int applied = 0;
        List<Finding> pending = findings;
        for (int pass = 1; pass <= maxPasses; pass++) {
            Map<Path, FileText> texts = new LinkedHashMap<>();
            current.forEach((path, text) -> texts.put(path, FileText.of(text)));
            Pass result = applyPass(texts, pending, path -> null);
            if (result.applied() == 0) break;
            applied += result.applied();
            changed.addAll(result.changed());
            for (Path path : result.changed()) current.put(path, result.texts().get(path).asString());
            if (lint == null) break;
            pending = lint.apply(Map.copyOf(current));
        }
        return new BufferOutcome(current, applied, changed, problems);
    }

    /**
     * {@link #fixFiles(Function, boolean)} for a lint that cannot lay buffers over the disk: a dry run then stops
     * after one pass.
     */
    public FileOutcome fixFiles(Supplier<LintResult> lint, boolean write) {
        return fixFiles(buffers -> lint.get(), write, false);
    }

    /**
     * Lints, applies fixes to the files and re-lints, up to {@code maxPasses} times. With {@code write} false
     * nothing is written: the same passes run on in-memory buffers ({@code lint} is given the would-be texts to lay
     * over the disk, see {@code LoadRequest.Builder#buffers}), so the outcome carries exactly what a writing run
     * would write. With {@code write} true {@code lint} is always given no buffers.
     */
    public FileOutcome fixFiles(Function<Map<Path, String>, LintResult> lint, boolean write) {
        return fixFiles(lint, write, true);
    }

    private FileOutcome fixFiles(Function<Map<Path, String>, LintResult> lint, boolean write, boolean relintBuffers) {
        Instant started = Instant.now();
        LintResult result = lint.apply(Map.of());
        if (root == null) root = result.workspace().root().toAbsolutePath().normalize();
        Map<Path, String> before = new TreeMap<>();
        Map<Path, String> after = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        int applied = 0;
        for (int pass = 1; pass <= maxPasses; pass++) {
            Map<Path, FileText> texts = new LinkedHashMap<>();
            // a dry run continues from its own would-be texts
            if (!write) after.forEach((path, text) -> texts.put(path, FileText.of(text)));
            Map<Path, byte[]> read = new LinkedHashMap<>();
            Instant since = started;
            Pass step = applyPass(texts, result.findings(), path -> readForFix(path, since, read, problems));
            if (step.applied() == 0) break;
            int written = 0;
            for (Path path : step.changed()) {
                FileText updated = step.texts().get(path);
                if (write && !writeAtomically(path, read.get(path), updated.encode(), problems)) continue;
                if (read.containsKey(path)) {
                    before.putIfAbsent(path, FileText.decode(read.get(path)).orElseThrow().asString());
                }
                after.put(path, updated.asString());
                applied += step.perFile().getOrDefault(path, 0);
                written++;
            }
            if (written == 0 || !write && !relintBuffers) break;
            if (write) started = Instant.now();
            result = lint.apply(write ? Map.of() : Map.copyOf(after));
        }
        return new FileOutcome(applied, before, after, problems, result);
    }

    /** Reads a file to fix; null (with a problem noted) when it is outside the root, unreadable or stale. */
    private FileText readForFix(Path path, Instant since, Map<Path, byte[]> read, List<String> problems) {
        Path file = path.toAbsolutePath().normalize();
        if (!file.startsWith(root) || WorkspaceFiles.within(List.of(root)).check(file) != null
                || Files.isSymbolicLink(file)) {
            problems.add(relative(root, file) + ": not fixed, the file is outside the workspace");
            return null;
        }
        try {
            if (Files.getLastModifiedTime(file).toInstant().isAfter(since)) {
                problems.add(relative(root, file) + ": not fixed, the file changed on disk since it was read");
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > MAX_FILE_BYTES) {
                problems.add(relative(root, file) + ": not fixed, the file is too large");
                return null;
            }
            FileText text = FileText.decode(bytes).orElse(null);
            if (text == null) {
                problems.add(relative(root, file) + ": not fixed, the file is not UTF-8");
                return null;
            }
            read.put(path, bytes);
            return text;
        } catch (IOException e) {
            problems.add(relative(root, file) + ": not fixed, cannot read it");
            return null;
        }
    }

    /** Writes through a temporary file in the same directory and an atomic move; never over a changed file. */
    private boolean writeAtomically(Path path, byte[] expected, byte[] content, List<String> problems) {
        Path file = path.toAbsolutePath().normalize();
        Path temp = null;
        try {
            temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".composelint-fix");
            Files.write(temp, content);
            copyPermissions(file, temp);
            if (!Arrays.equals(Files.readAllBytes(file), expected)) {
                problems.add(relative(root, file) + ": not fixed, the file changed on disk since it was read");
                return false;
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            return true;
        } catch (IOException e) {
            problems.add(relative(root, file) + ": not fixed, cannot write it (" + e.getClass().getSimpleName() + ")");
            return false;
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }

    private static void copyPermissions(Path from, Path to) {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (view == null) return;
        try {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            Files.setPosixFilePermissions(to, permissions);
        } catch (IOException | UnsupportedOperationException ignored) {
            // the default permissions of a new file are acceptable
        }
    }

    /**
     * One pass: takes the eligible fixes in a stable order (file, position, rule), skips a fix when one of its
     * edits overlaps an edit already taken, and applies the rest. {@code load} supplies a file's text the first
     * time it is needed (null: skip its fixes); texts already in {@code texts} are used as they are.
     */
    Pass applyPass(Map<Path, FileText> texts, List<Finding> findings, Function<Path, FileText> load) {
        List<Finding> candidates = findings.stream().filter(this::fixable)
                .sorted(Comparator.comparing((Finding f) -> f.fix().edits().get(0).range())
                        .thenComparing(Finding::ruleId).thenComparing(Finding::message))
                .toList();
        Map<Path, List<TextEdits.Span>> taken = new LinkedHashMap<>();
        Map<Path, TextEdits> indexes = new LinkedHashMap<>();
        Set<Path> unavailable = new LinkedHashSet<>();
        Set<List<Fix.Edit>> seen = new LinkedHashSet<>();
        Map<Path, Integer> perFile = new LinkedHashMap<>();
        int applied = 0;
        for (Finding finding : candidates) {
            Fix fix = finding.fix();
            if (!seen.add(fix.edits())) continue;
            Map<Path, List<TextEdits.Span>> spans = new LinkedHashMap<>();
            boolean ok = true;
            for (Fix.Edit edit : fix.edits()) {
                Path path = edit.range().file();
                if (unavailable.contains(path)) {
                    ok = false;
                    break;
                }
                if (!texts.containsKey(path)) {
                    FileText loaded = load.apply(path);
                    if (loaded == null) {
                        unavailable.add(path);
                        ok = false;
                        break;
                    }
                    texts.put(path, loaded);
                }
                FileText text = texts.get(path);
                TextEdits index = indexes.computeIfAbsent(path, p -> new TextEdits(text.body()));
                TextEdits.Span span = index.span(edit, text.lineEnding());
                List<TextEdits.Span> mine = spans.computeIfAbsent(path, p -> new ArrayList<>());
                List<TextEdits.Span> others = taken.getOrDefault(path, List.of());
                if (span == null || overlapsAny(span, others) || overlapsAny(span, mine)) {
                    ok = false;
                    break;
                }
                mine.add(span);
            }
            if (!ok) continue;
            spans.forEach((path, list) -> taken.computeIfAbsent(path, p -> new ArrayList<>()).addAll(list));
            perFile.merge(fix.edits().get(0).range().file(), 1, Integer::sum);
            applied++;
        }
        Set<Path> changed = new LinkedHashSet<>();
        for (Map.Entry<Path, List<TextEdits.Span>> entry : taken.entrySet()) {
            FileText text = texts.get(entry.getKey());
            String body = TextEdits.apply(text.body(), entry.getValue());
            if (!body.equals(text.body())) {
                texts.put(entry.getKey(), text.withBody(body));
                changed.add(entry.getKey());
            }
        }
        return new Pass(texts, applied, changed, perFile);
    }

    private static boolean overlapsAny(TextEdits.Span span, List<TextEdits.Span> others) {
        for (TextEdits.Span other : others) {
            if (span.overlaps(other)) return true;
        }
        return false;
    }

    private static String relative(Path base, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path from = base.toAbsolutePath().normalize();
        return absolute.startsWith(from) ? from.relativize(absolute).toString() : absolute.toString();
    }

    /** A unified diff of one file, three lines of context; empty when nothing changed. */
    public static String unifiedDiff(String name, String before, String after) {
        if (before.equals(after)) return "";
        List<String> original = lines(before);
        List<String> revised = lines(after);
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, original,
                DiffUtils.diff(original, revised), 3);
        return String.join("\n", diff) + "\n";
    }

    private static List<String> lines(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = new ArrayList<>(Arrays.asList(body.split("\r\n|\r|\n", -1)));
        if (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
        return lines;
    }
}
