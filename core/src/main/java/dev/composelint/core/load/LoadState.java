package dev.composelint.core.load;

import dev.composelint.core.Finding;
import dev.composelint.core.model.Project;
import dev.composelint.core.yaml.YamlParse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one load keeps for the next, incremental, load of the same request ({@link WorkspaceLoader#load(LoadRequest,
 * LoadState, Set)}): the parse of every file it parsed, each project's load result with the paths that result depends
 * on, and a stamp (size, modification time, file key) of each of those paths. Immutable; holding it keeps those parses
 * and projects alive.
 */
public final class LoadState {

    /**
     * A stamp whose modification time is this close to (or after) the start of its load is not trusted: on a file
     * system with coarse timestamps the file may have changed after it was read without its time moving.
     */
    private static final long RACY_NANOS = 2_000_000_000L;

    /** The load result of one project, and what it depends on. */
    record ProjectLoad(Project project, List<Finding> diagnostics, Set<Path> inputs, Set<Path> referenced,
                       long charged, boolean reusable) {
    }

    /** A path's state on disk; racy stamps never equal anything. */
    record Stamp(boolean exists, boolean directory, long size, long modified, Object fileKey, boolean racy) {

        static Stamp of(Path path, long loadStart) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                long modified = attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
                return new Stamp(true, attributes.isDirectory(), attributes.size(), modified, attributes.fileKey(),
                        modified >= loadStart - RACY_NANOS);
            } catch (NoSuchFileException e) {
                return new Stamp(false, false, 0, 0, null, false);
            } catch (IOException | SecurityException e) {
                return new Stamp(false, false, -1, 0, null, true);
            }
        }

        boolean same(Stamp now) {
            return !racy && !now.racy && exists == now.exists && directory == now.directory && size == now.size
                    && modified == now.modified && Objects.equals(fileKey, now.fileKey);
        }
    }

    private final LoadRequest request;
    private final Map<Path, String> buffers;
    private final Map<Path, YamlParse> parses;
    private final Map<ProjectLoader.Spec, ProjectLoad> projects;
    private final Map<Path, Stamp> stamps;
    private final List<List<Path>> reloaded;
    private final List<List<Path>> reused;
    private final boolean full;

    LoadState(LoadRequest request, Map<Path, YamlParse> parses, Map<ProjectLoader.Spec, ProjectLoad> projects,
              Map<Path, Stamp> stamps, List<List<Path>> reloaded, List<List<Path>> reused, boolean full) {
        this.request = withoutBuffers(request);
        this.buffers = normalised(request.buffers());
        this.parses = Map.copyOf(parses);
        this.projects = Map.copyOf(projects);
        this.stamps = Map.copyOf(stamps);
        this.reloaded = List.copyOf(reloaded);
        this.reused = List.copyOf(reused);
        this.full = full;
    }

    /** The files of each project this load loaded afresh, in load order. */
    public List<List<Path>> reloaded() {
        return reloaded;
    }

    /** The files of each project this load took over from the previous load unchanged, in load order. */
    public List<List<Path>> reused() {
        return reused;
    }

    /** True when this load could use nothing of a previous one (none given, or another request). */
    public boolean full() {
        return full;
    }

    /** The paths some project of this load depends on, with every parsed file (for tests and diagnostics). */
    public Set<Path> inputs() {
        return stamps.keySet();
    }

    /**
     * What of this state a load of {@code next} may reuse, or null when nothing: the request differs in more than its
     * buffers. {@code hints} are paths the caller knows changed; buffers that differ and paths whose stamp moved are
     * added to them.
     */
    Reuse reuseFor(LoadRequest next, Set<Path> hints) {
        if (!request.equals(withoutBuffers(next))) return null;
        Set<Path> changed = new HashSet<>();
        hints.forEach(p -> changed.add(p.toAbsolutePath().normalize()));
        Map<Path, String> after = normalised(next.buffers());
        Set<Path> buffered = new HashSet<>(buffers.keySet());
        buffered.addAll(after.keySet());
        for (Path path : buffered) {
            if (!Objects.equals(buffers.get(path), after.get(path))) changed.add(path);
        }
        stamps.forEach((path, stamp) -> {
            if (!changed.contains(path) && !stamp.same(Stamp.of(path, Long.MAX_VALUE))) changed.add(path);
        });
        return new Reuse(this, changed);
    }

    /** The state kept by {@link WorkspaceLoader}: what a later load may take over. */
    record Reuse(LoadState previous, Set<Path> changed) {

        ProjectLoad project(ProjectLoader.Spec spec) {
            ProjectLoad load = previous.projects.get(spec);
            if (load == null || !load.reusable()) return null;
            for (Path input : load.inputs()) {
                if (changed.contains(input)) return null;
            }
            return load;
        }

        Map<Path, YamlParse> unchangedParses() {
            Map<Path, YamlParse> kept = new HashMap<>();
            previous.parses.forEach((path, parse) -> {
                if (!changed.contains(path)) kept.put(path, parse);
            });
            return kept;
        }
    }

    /** The request a state is kept for: {@code request} with its buffers kept apart. */
    static LoadRequest withoutBuffers(LoadRequest request) {
        return request.buffers().isEmpty() ? request : request.toBuilder().buffers(Map.of()).build();
    }

    /** The wall clock in nanoseconds since the epoch, as file modification times count. */
    static long nowNanos() {
        java.time.Instant now = java.time.Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static Map<Path, String> normalised(Map<Path, String> buffers) {
        Map<Path, String> out = new HashMap<>();
        buffers.forEach((path, text) -> out.put(path.toAbsolutePath().normalize(), text));
        return out;
    }
}
