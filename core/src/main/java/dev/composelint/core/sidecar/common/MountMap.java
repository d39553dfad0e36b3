package dev.composelint.core.sidecar.common;

import dev.composelint.core.fs.WorkspaceFiles;
import dev.composelint.core.model.Mount;
import dev.composelint.core.model.MountType;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Resource;
import dev.composelint.core.model.ResourceRef;
import dev.composelint.core.model.Service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Maps container paths of one service back to host paths through its mounts: the mount with the longest target
 * that contains the path decides. Bind mounts and file-backed configs and secrets map to host files; volumes and
 * tmpfs make the content unknowable; an unmounted path comes from the image.
 */
public final class MountMap {

    private final List<Mount> mounts;
    private final WorkspaceFiles files;

    private MountMap(List<Mount> mounts, WorkspaceFiles files) {
        this.mounts = mounts;
        this.files = files;
    }

    /** The mounts of a service (its {@code volumes:} in long form). */
    public static MountMap of(Service service) {
        return new MountMap(List.copyOf(service.mounts()), WorkspaceFiles.unrestricted());
    }

    /** The mounts of a service plus its file-backed configs and secrets, which Compose bind-mounts read-only. */
    public static MountMap of(Project project, Service service) {
        return of(project, service, WorkspaceFiles.unrestricted());
    }

    /**
     * {@link #of(Project, Service)} within a workspace boundary: a host path outside it maps to
     * {@link HostFile.Status#OUTSIDE}, and globs never match a file outside it (a symbolic link out included).
     */
    public static MountMap of(Project project, Service service, WorkspaceFiles files) {
        List<Mount> all = new ArrayList<>(service.mounts());
        addResources(all, service.configs(), project.configs(), "/");
        addResources(all, service.secrets(), project.secrets(), "/run/secrets/");
        return new MountMap(List.copyOf(all), files);
    }

    private static void addResources(List<Mount> into, List<ResourceRef> refs, Map<String, Resource> declared,
                                     String defaultDir) {
        for (ResourceRef ref : refs) {
            Resource resource = declared.get(ref.source());
            if (resource == null || resource.file() == null) continue;
            String target = ref.target() == null || ref.target().isEmpty() ? ref.source() : ref.target();
            if (!target.startsWith("/")) target = defaultDir + target;
            into.add(new Mount(MountType.BIND, resource.file().toString(), resource.file().toString(), target, true,
                    null, true, ref.location()));
        }
    }

    /** Where an absolute container path lives; a relative path is taken relative to {@code /}. */
    public HostFile map(String containerPath) {
        String path = normalize(containerPath);
        Mount best = null;
        for (Mount mount : mounts) {
            if (mount.target() == null) continue;
            String target = normalize(mount.target());
            if (contains(target, path) && (best == null || target.length() > normalize(best.target()).length())) {
                best = mount;
            }
        }
        if (best == null) return new HostFile(null, null, HostFile.Status.NOT_MOUNTED);
        return switch (best.type()) {
            case BIND -> bound(best, path);
            case VOLUME -> new HostFile(null, best, HostFile.Status.VOLUME);
            case TMPFS -> new HostFile(null, best, HostFile.Status.TMPFS);
            default -> new HostFile(null, best, HostFile.Status.NOT_MOUNTED);
        };
    }

    private HostFile bound(Mount mount, String path) {
        if (mount.source() == null) return new HostFile(null, mount, HostFile.Status.NOT_MOUNTED);
        String rest = path.substring(normalize(mount.target()).length());
        Path host = Path.of(mount.source());
        if (!rest.isEmpty()) host = host.resolve(rest.substring(1));
        if (!files.isInside(host.normalize())) return new HostFile(host.normalize(), mount, HostFile.Status.OUTSIDE);
        return new HostFile(host.normalize(), mount, HostFile.Status.MAPPED);
    }

    /**
     * The host files an absolute container glob matches. Only the last path segment may hold wildcards
     * ({@code *}, {@code ?}, {@code [...]}), as in Prometheus' {@code rule_files} and {@code file_sd_configs}.
     * Files mounted one by one into the pattern's directory count too.
     */
    public FileMatches glob(String containerPattern) {
        String pattern = normalize(containerPattern);
        int slash = pattern.lastIndexOf('/');
        String dir = slash <= 0 ? "/" : pattern.substring(0, slash);
        String name = pattern.substring(slash + 1);
        if (hasWildcard(dir)) return FileMatches.unknowable("only the last path segment of " + pattern
                + " may hold a wildcard");
        if (!hasWildcard(name)) {
            HostFile file = map(pattern);
            if (!file.mapped()) return FileMatches.unknowable(file.reason());
            return FileMatches.of(files.isRegularFile(file.path()) ? List.of(file.path()) : List.of());
        }
        Pattern matcher = globRegex(name);
        TreeSet<Path> found = new TreeSet<>(Comparator.comparing(Path::toString));
        HostFile directory = map(dir);
        boolean looked = false;
        if (directory.mapped()) {
            looked = true;
            if (Files.isDirectory(directory.path())) {
                try (Stream<Path> entries = Files.list(directory.path())) {
                    entries.filter(p -> Files.isRegularFile(p) && matcher.matcher(p.getFileName().toString()).matches()
                                    && files.isInside(p))
                            .forEach(found::add);
                } catch (IOException | java.io.UncheckedIOException ignored) {
                    // an unreadable directory matches nothing, as for Prometheus
                }
            }
            // unsaved editor buffers of files not yet on disk
            for (Path buffered : files.buffers().keySet()) {
                if (directory.path().equals(buffered.getParent()) && files.isInside(buffered)
                        && matcher.matcher(buffered.getFileName().toString()).matches()) {
                    found.add(buffered);
                }
            }
        }
        for (Mount mount : mounts) {
            if (mount.target() == null || mount.type() != MountType.BIND) continue;
            String target = normalize(mount.target());
            int cut = target.lastIndexOf('/');
            String parent = cut <= 0 ? "/" : target.substring(0, cut);
            if (parent.equals(dir) && matcher.matcher(target.substring(cut + 1)).matches()) {
                looked = true;
                HostFile file = map(target);
                if (file.mapped() && files.isRegularFile(file.path())) found.add(file.path());
            }
        }
        if (!looked) return FileMatches.unknowable(directory.reason());
        return FileMatches.of(new ArrayList<>(found));
    }

    /** Host files matching a glob on the host file system itself (for a config read outside any service). */
    public static FileMatches hostGlob(Path pattern) {
        Path normalized = pattern.toAbsolutePath().normalize();
        Path dir = normalized.getParent();
        String name = normalized.getFileName() == null ? "" : normalized.getFileName().toString();
        if (dir != null && hasWildcard(dir.toString())) {
            return FileMatches.unknowable("only the last path segment of " + pattern + " may hold a wildcard");
        }
        if (!hasWildcard(name)) {
            return FileMatches.of(Files.isRegularFile(normalized) ? List.of(normalized) : List.of());
        }
        Pattern matcher = globRegex(name);
        if (dir == null || !Files.isDirectory(dir)) return FileMatches.of(List.of());
        try (Stream<Path> entries = Files.list(dir)) {
            return FileMatches.of(entries
                    .filter(p -> Files.isRegularFile(p) && matcher.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(Path::toString)).toList());
        } catch (IOException e) {
            return FileMatches.of(List.of());
        }
    }

    static boolean hasWildcard(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0 || text.indexOf('[') >= 0;
    }

    /** Go's filepath.Match syntax for one segment as a Java regex. */
    static Pattern globRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> regex.append("[^/]*");
                case '?' -> regex.append("[^/]");
                case '[' -> {
                    int end = glob.indexOf(']', i + 2);
                    if (end < 0) {
                        regex.append("\\[");
                    } else {
                        String body = glob.substring(i + 1, end);
                        if (body.startsWith("^")) body = "^" + body.substring(1).replace("\\", "\\\\");
                        else body = body.replace("\\", "\\\\");
                        regex.append('[').append(body).append(']');
                        i = end;
                    }
                }
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    /** {@code target} equals {@code path} or is one of its parent directories. */
    private static boolean contains(String target, String path) {
        return path.equals(target) || target.equals("/") || path.startsWith(target + "/");
    }

    /** An absolute, slash-separated container path without {@code .}, {@code ..}, doubled or trailing slashes. */
    public static String normalize(String path) {
        if (isNormal(path)) return path;
        List<String> parts = new ArrayList<>();
        for (String part : path.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) {
                if (!parts.isEmpty()) parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return "/" + String.join("/", parts);
    }

    /** Already what {@link #normalize} makes: absolute, no empty, {@code .} or {@code ..} segment, no backslash. */
    private static boolean isNormal(String path) {
        if (path.isEmpty() || path.charAt(0) != '/') return false;
        if (path.length() == 1) return true;
        if (path.charAt(path.length() - 1) == '/') return false;
        int start = 1;
        for (int i = 1; i <= path.length(); i++) {
            if (i < path.length() && path.charAt(i) != '/') {
                if (path.charAt(i) == '\\') return false;
                continue;
            }
            int length = i - start;
            if (length == 0) return false;
            if (path.charAt(start) == '.' && (length == 1 || length == 2 && path.charAt(start + 1) == '.')) {
                return false;
            }
            start = i + 1;
        }
        return true;
    }
}
