package dev.composelint.core.evidence;

import dev.composelint.core.Source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gathers the facts of one scan: resolves each command's working directory and files, keeps the first of
 * identical invocations, and counts what had to be dropped.
 */
final class Collector {

    /** The default compose file names, which a command without {@code -f} reads. */
    static final List<String> DEFAULT_FILES =
            List.of("compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml");

    private record InvocationKey(Path directory, List<Path> files, List<Path> envFiles, String projectName,
                                 Set<String> profiles, Path projectDirectory, Map<String, String> composeVariables) {
    }

    private record StackKey(Path directory, List<Path> files, String name) {
    }

    private record CreatedKey(CreatedResource.Kind kind, String name) {
    }

    final Path root;
    private final Map<InvocationKey, ComposeInvocation> invocations = new LinkedHashMap<>();
    private final Map<StackKey, StackDeploy> stacks = new LinkedHashMap<>();
    private final Map<CreatedKey, CreatedResource> created = new LinkedHashMap<>();
    private final List<EnvSetting> settings = new ArrayList<>();
    private final Map<Path, Boolean> regularFiles = new HashMap<>();
    private final Map<Path, Boolean> directories = new HashMap<>();
    /** Invocations and stack deployments dropped because a file argument holds an unresolved {@code $}. */
    int unresolvedDropped;

    Collector(Path root) {
        this.root = root;
    }

    Evidence evidence() {
        return new Evidence(new ArrayList<>(invocations.values()), new ArrayList<>(stacks.values()), settings,
                new ArrayList<>(created.values()));
    }

    void setting(EnvSetting setting) {
        settings.add(setting);
    }

    void created(Source source, CreatedResource.Kind kind, String name) {
        created.putIfAbsent(new CreatedKey(kind, name), new CreatedResource(source, kind, name));
    }

    /**
     * Records a compose command. {@code files} are the {@code -f} arguments as written; {@code probe} the files
     * that tell where it runs ({@code files}, else those of COMPOSE_FILE); {@code directory} the explicit working
     * directory or null to infer it from {@code fileDirectory} upwards, with {@code fallback} when nothing fits.
     */
    void invocation(Source source, Path directory, Path fileDirectory, Path fallback, List<String> files,
                    List<String> probe, List<String> envFiles, String projectName, Set<String> profiles,
                    String projectDirectory, Map<String, String> environment) {
        Path workingDirectory = directory != null ? directory
                : infer(fileDirectory, probe, projectDirectory, fallback);
        List<Path> resolvedFiles = resolveAll(workingDirectory, files);
        List<Path> resolvedEnvFiles = resolveAll(workingDirectory, envFiles);
        Path resolvedProjectDirectory = projectDirectory == null ? null
                : workingDirectory.resolve(projectDirectory).normalize();
        Map<String, String> composeVariables = new TreeMap<>();
        environment.forEach((key, value) -> {
            if (key.startsWith("COMPOSE_")) composeVariables.put(key, value);
        });
        if (resolvedFiles.isEmpty() && resolvedEnvFiles.isEmpty() && projectName == null && profiles.isEmpty()
                && resolvedProjectDirectory == null && composeVariables.isEmpty()) {
            return;
        }
        InvocationKey key = new InvocationKey(workingDirectory, resolvedFiles, resolvedEnvFiles, projectName,
                Set.copyOf(profiles), resolvedProjectDirectory, composeVariables);
        invocations.putIfAbsent(key, new ComposeInvocation(source, workingDirectory, resolvedFiles,
                resolvedEnvFiles, projectName, new LinkedHashSet<>(profiles), resolvedProjectDirectory, environment));
    }

    void stack(Source source, Path directory, Path fileDirectory, Path fallback, List<String> files, String name) {
        Path workingDirectory = directory != null ? directory : infer(fileDirectory, files, null, fallback);
        List<Path> resolved = resolveAll(workingDirectory, files);
        stacks.putIfAbsent(new StackKey(workingDirectory, resolved, name),
                new StackDeploy(source, workingDirectory, resolved, name));
    }

    /**
     * The first of {@code start} and its ancestors up to the root in which every probe file exists (every default
     * compose file name when there is no probe), else {@code fallback}.
     */
    Path infer(Path start, List<String> probe, String projectDirectory, Path fallback) {
        for (Path candidate = start; candidate != null && candidate.startsWith(root); candidate = candidate.getParent()) {
            if (probe.isEmpty()) {
                Path base = projectDirectory == null ? candidate : candidate.resolve(projectDirectory).normalize();
                for (String name : DEFAULT_FILES) {
                    if (isRegularFile(base.resolve(name))) return candidate;
                }
            } else if (allExist(candidate, probe)) {
                return candidate;
            }
            if (candidate.equals(root)) break;
        }
        return fallback;
    }

    private boolean allExist(Path directory, List<String> files) {
        for (String file : files) {
            if (!isRegularFile(directory.resolve(file).normalize())) return false;
        }
        return true;
    }

    boolean isRegularFile(Path path) {
        return regularFiles.computeIfAbsent(path, p -> p.startsWith(root) && Files.isRegularFile(p));
    }

    boolean isDirectory(Path path) {
        return directories.computeIfAbsent(path, p -> p.startsWith(root) && Files.isDirectory(p));
    }

    private static List<Path> resolveAll(Path directory, List<String> paths) {
        List<Path> resolved = new ArrayList<>(paths.size());
        for (String path : paths) resolved.add(directory.resolve(path).normalize());
        return resolved;
    }
}
