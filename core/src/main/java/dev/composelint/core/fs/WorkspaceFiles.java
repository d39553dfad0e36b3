package dev.composelint.core.fs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The one source of file content for a run: only a regular file (never a FIFO, a device or a directory, so a read
 * never blocks), at most a given number of bytes (files under {@code /proc} claim size 0, so the size is not
 * trusted), and, for an instance with roots, only inside the workspace: the real path of the file (symbolic links
 * resolved) must lie under one of the roots. The roots are the workspace root of each linted path ({@link #rootOf})
 * plus the directories the user allows with {@code --allow-outside}.
 *
 * <p>An instance serves one run: it reads each file at most once and keeps its bytes, so the loader, the rules,
 * the suppression comments and the code frames all see the same text. Unsaved editor buffers
 * ({@link #withBuffers}) overlay the disk: a path with a buffer inside the boundary reads as the buffer's text and
 * counts as an existing regular file, whether or not it exists on disk; a buffer never widens the boundary (one
 * outside it is ignored). Thread-safe.
 */
public final class WorkspaceFiles {

    /** The largest file read by default: 64 MiB. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    /** Why a file was not read. */
    public enum Problem {
        MISSING, DIRECTORY, NOT_REGULAR, OUTSIDE, TOO_LARGE, DENIED, UNREADABLE
    }

    /**
     * The bytes of a file, or why they were not read ({@code bytes} null then). {@code detail} is the I/O error's
     * text for {@link Problem#UNREADABLE}, the size limit for {@link Problem#TOO_LARGE}.
     */
    public record Content(Path file, byte[] bytes, Problem problem, String detail) {

        public boolean ok() {
            return problem == null;
        }

        /** A sentence naming the file and the problem, for a finding. */
        public String message() {
            return WorkspaceFiles.message(file, problem, detail);
        }
    }

    /** Real paths of the roots; null for no boundary. */
    private final List<Path> roots;
    /** Unsaved buffers by absolute normalised path (the text as the editor holds it). */
    private final Map<Path, String> buffers;
    /** What each file read gave, and the size limit it was read with. */
    private final Map<Path, Cached> cache;
    /** Told of every path asked about or read through this instance (see {@link #observed}). */
    private final Consumer<Path> observer;

    private record Cached(Content content, long maxBytes) {
    }

    private WorkspaceFiles(List<Path> roots, Map<Path, String> buffers) {
        this(roots, buffers, new ConcurrentHashMap<>(), path -> { });
    }

    private WorkspaceFiles(List<Path> roots, Map<Path, String> buffers, Map<Path, Cached> cache,
                           Consumer<Path> observer) {
        this.roots = roots;
        this.buffers = buffers;
        this.cache = cache;
        this.observer = observer;
    }

    /**
     * The same boundary, buffers and cache, telling {@code observer} (besides this instance's own observer) of
     * every path whose kind, existence or content is asked for through it: how a project's loader records the files
     * its result depends on.
     */
    public WorkspaceFiles observed(Consumer<Path> observer) {
        Consumer<Path> outer = this.observer;
        return new WorkspaceFiles(roots, buffers, cache, path -> {
            outer.accept(path);
            observer.accept(path);
        });
    }

    /**
     * Regular files only, bounded, but anywhere: for library callers and tests that lint no workspace. A new
     * instance (with its own cache) on every call.
     */
    public static WorkspaceFiles unrestricted() {
        return new WorkspaceFiles(null, Map.of());
    }

    /** Files under any of {@code roots} (existing directories; symbolic links in them are resolved). */
    public static WorkspaceFiles within(Collection<Path> roots) {
        List<Path> real = new ArrayList<>();
        for (Path root : roots) {
            Path resolved = realPath(root.toAbsolutePath().normalize());
            if (!real.contains(resolved)) real.add(resolved);
        }
        return new WorkspaceFiles(List.copyOf(real), Map.of());
    }

    /**
     * The same boundary with {@code buffers} (absolute paths, normalised here, to the full text of unsaved editor
     * buffers) laid over the disk, and an empty cache.
     */
    public WorkspaceFiles withBuffers(Map<Path, String> buffers) {
        Map<Path, String> normalised = new HashMap<>();
        buffers.forEach((path, text) -> normalised.put(path.toAbsolutePath().normalize(), text));
        return new WorkspaceFiles(roots, Map.copyOf(normalised));
    }

    /** The buffers laid over the disk, by absolute normalised path. */
    public Map<Path, String> buffers() {
        return buffers;
    }

    /**
     * The workspace root of a linted path: the root of the git repository holding it (the nearest directory with a
     * {@code .git} entry, at or above it), else the path itself when it is a directory, else its parent directory.
     * Symbolic links are resolved first, so the repository is the one the file really lives in.
     */
    public static Path rootOf(Path path) {
        Path real = realPath(path.toAbsolutePath().normalize());
        Path start = Files.isDirectory(real) ? real : real.getParent();
        if (start == null) return real;
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) return dir;
        }
        return start;
    }

    /** The real paths of the roots; empty for an unrestricted instance. */
    public List<Path> roots() {
        return roots == null ? List.of() : roots;
    }

    /** False for {@link #unrestricted()}. */
    public boolean bounded() {
        return roots != null;
    }

    /**
     * True when {@code path} (existing or not) lies inside the workspace: its real path, or for a missing path the
     * real path of its nearest existing ancestor plus the rest, is under a root. Always true when unrestricted.
     */
    public boolean isInside(Path path) {
        if (roots == null) return true;
        Path real = realPath(path.toAbsolutePath().normalize());
        for (Path root : roots) {
            if (real.startsWith(root)) return true;
        }
        return false;
    }

    /**
     * What would stop {@link #read} before opening the file: {@link Problem#OUTSIDE}, {@link Problem#MISSING},
     * {@link Problem#DIRECTORY} or {@link Problem#NOT_REGULAR}; null when the file may be read.
     */
    public Problem check(Path file) {
        if (!isInside(file)) return Problem.OUTSIDE;
        return kindOf(file);
    }

    /** Reads at most {@code maxBytes} of {@code file} after {@link #check}; never blocks, never throws. */
    public Content read(Path file, long maxBytes) {
        if (!isInside(file)) return new Content(file, null, Problem.OUTSIDE, null);
        return content(file, maxBytes);
    }

    /** {@link #read} with {@link #MAX_FILE_BYTES}. */
    public Content read(Path file) {
        return read(file, MAX_FILE_BYTES);
    }

    /** The UTF-8 text of {@link #read} (malformed bytes replaced), or empty when the file was not read. */
    public Optional<String> text(Path file, long maxBytes) {
        Content content = read(file, maxBytes);
        return content.ok() ? Optional.of(new String(content.bytes(), StandardCharsets.UTF_8)) : Optional.empty();
    }

    /** The buffer of {@code file} when it has one inside the boundary, else null. */
    public String buffer(Path file) {
        if (buffers.isEmpty()) return null;
        String text = buffers.get(file.toAbsolutePath().normalize());
        return text != null && isInside(file) ? text : null;
    }

    /**
     * {@link #kind} seen through the buffers: a path with a buffer is a regular file (null), existing on disk or
     * not. No boundary check.
     */
    public Problem kindOf(Path file) {
        observer.accept(file);
        return buffer(file) != null ? null : kind(file);
    }

    /** True for a regular file on disk (links followed) or a path with a buffer. */
    public boolean isRegularFile(Path file) {
        return kindOf(file) == null;
    }

    /** True when the path exists on disk (links followed) or has a buffer. */
    public boolean exists(Path file) {
        observer.accept(file);
        return buffer(file) != null || Files.exists(file);
    }

    /**
     * {@link #readRegular} through the buffers and the cache of this run, without the boundary check (callers that
     * check the boundary themselves, or read what the user named): the buffer's text when the file has one, else
     * the disk's bytes, read once.
     */
    public Content content(Path file, long maxBytes) {
        observer.accept(file);
        String text = buffer(file);
        if (text != null) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (bytes.length > maxBytes) return new Content(file, null, Problem.TOO_LARGE, String.valueOf(maxBytes));
            return new Content(file, bytes, null, null);
        }
        Path key = file.toAbsolutePath().normalize();
        Cached cached = cache.get(key);
        if (cached != null) {
            Content seen = cached.content();
            if (seen.ok()) {
                return seen.bytes().length <= maxBytes ? new Content(file, seen.bytes(), null, null)
                        : new Content(file, null, Problem.TOO_LARGE, String.valueOf(maxBytes));
            }
            if (seen.problem() == Problem.TOO_LARGE) {
                if (maxBytes <= cached.maxBytes()) {
                    return new Content(file, null, Problem.TOO_LARGE, String.valueOf(maxBytes));
                }
            } else if (seen.problem() != Problem.UNREADABLE) {
                return new Content(file, null, seen.problem(), seen.detail());
            }
        }
        Content read = readRegular(file, maxBytes);
        cache.merge(key, new Cached(read, maxBytes), (old, now) -> old.content().ok() ? old : now);
        return read;
    }

    /**
     * The regular-file test without the boundary: {@link Problem#MISSING}, {@link Problem#DIRECTORY},
     * {@link Problem#NOT_REGULAR} (FIFO, socket, device), or null for a regular file (links followed).
     */
    public static Problem kind(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Problem.MISSING;
        } catch (IOException | SecurityException e) {
            return Files.isSymbolicLink(file) ? Problem.MISSING : Problem.UNREADABLE;
        }
        if (attributes.isDirectory()) return Problem.DIRECTORY;
        return attributes.isRegularFile() ? null : Problem.NOT_REGULAR;
    }

    /** Reads at most {@code maxBytes} of a regular file anywhere (no boundary); never blocks, never throws. */
    public static Content readRegular(Path file, long maxBytes) {
        Problem kind = kind(file);
        if (kind == Problem.UNREADABLE) kind = null; // let the open below say why
        if (kind != null) return new Content(file, null, kind, null);
        try {
            if (Files.size(file) > maxBytes) return new Content(file, null, Problem.TOO_LARGE, String.valueOf(maxBytes));
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16L, maxBytes + 1));
            }
            if (bytes.length > maxBytes) return new Content(file, null, Problem.TOO_LARGE, String.valueOf(maxBytes));
            return new Content(file, bytes, null, null);
        } catch (NoSuchFileException e) {
            return new Content(file, null, Problem.MISSING, null);
        } catch (AccessDeniedException e) {
            return new Content(file, null, Problem.DENIED, null);
        } catch (IOException | SecurityException e) {
            String text = e.getMessage();
            return new Content(file, null, Problem.UNREADABLE, text == null || text.isBlank()
                    ? e.getClass().getSimpleName() : text.lines().findFirst().orElse(""));
        } catch (OutOfMemoryError e) {
            return new Content(file, null, Problem.UNREADABLE, "not enough memory");
        }
    }

    /** The sentence for a problem with {@code file}: e.g. {@code /x is not a regular file; not read}. */
    public static String message(Path file, Problem problem, String detail) {
        if (problem == null) return file + " was read";
        return switch (problem) {
            case MISSING -> file + " does not exist";
            case DIRECTORY -> file + " is a directory; not read";
            case NOT_REGULAR -> file + " is not a regular file (a FIFO, socket or device); not read";
            case OUTSIDE -> outsideMessage(file);
            case TOO_LARGE -> file + " is larger than " + detail + " bytes; not read";
            case DENIED -> file + " cannot be read: permission denied";
            case UNREADABLE -> file + " cannot be read: " + detail;
        };
    }

    /** {@code <file> is outside the workspace root; not read; allow it with --allow-outside}. */
    public static String outsideMessage(Path file) {
        return file + " is outside the workspace root; not read; allow it with --allow-outside";
    }

    /** The real path of {@code path}, or of its nearest existing ancestor with the missing rest appended. */
    private static Path realPath(Path path) {
        Path existing = path;
        Path rest = null;
        while (existing != null) {
            try {
                Path real = existing.toRealPath();
                return rest == null ? real : real.resolve(rest).normalize();
            } catch (IOException | SecurityException e) {
                Path name = existing.getFileName();
                if (name == null) break;
                rest = rest == null ? name : name.resolve(rest);
                existing = existing.getParent();
            }
        }
        return path;
    }
}
