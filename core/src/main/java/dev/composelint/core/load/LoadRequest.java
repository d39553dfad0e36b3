package dev.composelint.core.load;

import dev.composelint.core.fs.WorkspaceFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to load, with the same knobs as {@code docker compose}. Build one with {@link #builder()}; every knob not
 * set keeps its default (nothing, or the empty value).
 *
 * @param paths            files or directories to discover projects in (each file: one project, with the default
 *                         override file when its name is a default name; each directory: workspace discovery)
 * @param files            explicit {@code -f} files: one project from these, merged in order
 * @param projectName      {@code -p}, or null
 * @param projectDirectory {@code --project-directory}, or null
 * @param envFiles         {@code --env-file}s (relative to the working directory)
 * @param profiles         {@code --profile}s; empty means every profile is analysed
 * @param environment      the shell environment
 * @param workingDirectory the directory relative paths and reports are resolved against
 * @param ignore           glob patterns (relative to the working directory) of files and directories to skip
 * @param projects         explicit project definitions (from configuration)
 * @param strictEnv        {@code --strict-env}: a required variable without a value, or a load error an unset
 *                         variable causes, is an error (as {@code docker compose up} would fail) instead of an info
 *                         "needs X at deploy time"
 * @param allowOutside     directories outside the workspace root that may still be read ({@code --allow-outside},
 *                         relative to the working directory)
 * @param buffers          unsaved editor buffers: absolute, normalised path to the buffer's full text; every read
 *                         of such a file during the run sees the buffer instead of the disk (see
 *                         {@link WorkspaceFiles#withBuffers})
 */
public record LoadRequest(List<Path> paths, List<Path> files, String projectName, Path projectDirectory,
                          List<Path> envFiles, Set<String> profiles, Map<String, String> environment,
                          Path workingDirectory, List<String> ignore, List<ProjectDefinition> projects,
                          boolean strictEnv, List<Path> allowOutside, Map<Path, String> buffers) {

    public LoadRequest {
        paths = paths == null ? List.of() : List.copyOf(paths);
        files = files == null ? List.of() : List.copyOf(files);
        envFiles = envFiles == null ? List.of() : List.copyOf(envFiles);
        profiles = profiles == null ? Set.of() : Set.copyOf(profiles);
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        workingDirectory = workingDirectory == null ? Path.of("").toAbsolutePath() : workingDirectory;
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
        projects = projects == null ? List.of() : List.copyOf(projects);
        allowOutside = allowOutside == null ? List.of() : List.copyOf(allowOutside);
        buffers = buffers == null ? Map.of() : Map.copyOf(buffers);
    }

    /** A request without buffers. */
    public LoadRequest(List<Path> paths, List<Path> files, String projectName, Path projectDirectory,
                       List<Path> envFiles, Set<String> profiles, Map<String, String> environment,
                       Path workingDirectory, List<String> ignore, List<ProjectDefinition> projects,
                       boolean strictEnv, List<Path> allowOutside) {
        this(paths, files, projectName, projectDirectory, envFiles, profiles, environment, workingDirectory, ignore,
                projects, strictEnv, allowOutside, null);
    }

    /** A request with no directory allowed outside the workspace root. */
    public LoadRequest(List<Path> paths, List<Path> files, String projectName, Path projectDirectory,
                       List<Path> envFiles, Set<String> profiles, Map<String, String> environment,
                       Path workingDirectory, List<String> ignore, List<ProjectDefinition> projects,
                       boolean strictEnv) {
        this(paths, files, projectName, projectDirectory, envFiles, profiles, environment, workingDirectory, ignore,
                projects, strictEnv, null, null);
    }

    /** A request without {@code --strict-env}. */
    public LoadRequest(List<Path> paths, List<Path> files, String projectName, Path projectDirectory,
                       List<Path> envFiles, Set<String> profiles, Map<String, String> environment,
                       Path workingDirectory, List<String> ignore, List<ProjectDefinition> projects) {
        this(paths, files, projectName, projectDirectory, envFiles, profiles, environment, workingDirectory, ignore,
                projects, false, null, null);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Discovery over the given files or directories with an empty shell environment. */
    public static LoadRequest of(Path... paths) {
        return builder().paths(List.of(paths)).build();
    }

    /** A builder holding this request's values. */
    public Builder toBuilder() {
        return builder().paths(paths).files(files).projectName(projectName).projectDirectory(projectDirectory)
                .envFiles(envFiles).profiles(profiles).environment(environment).workingDirectory(workingDirectory)
                .ignore(ignore).projects(projects).strictEnv(strictEnv).allowOutside(allowOutside)
                .buffers(buffers);
    }

    public LoadRequest withEnvironment(Map<String, String> env) {
        return toBuilder().environment(env).build();
    }

    public LoadRequest withStrictEnv(boolean strict) {
        return toBuilder().strictEnv(strict).build();
    }

    public LoadRequest withWorkingDirectory(Path dir) {
        return toBuilder().workingDirectory(dir).build();
    }

    public LoadRequest withAllowOutside(List<Path> dirs) {
        return toBuilder().allowOutside(dirs).build();
    }

    public LoadRequest withBuffers(Map<Path, String> value) {
        return toBuilder().buffers(value).build();
    }

    /** Builds a {@link LoadRequest}; list setters replace, {@code add...} methods append. */
    public static final class Builder {
        private final List<Path> paths = new ArrayList<>();
        private final List<Path> files = new ArrayList<>();
        private String projectName;
        private Path projectDirectory;
        private final List<Path> envFiles = new ArrayList<>();
        private final Set<String> profiles = new LinkedHashSet<>();
        private Map<String, String> environment = Map.of();
        private Path workingDirectory;
        private final List<String> ignore = new ArrayList<>();
        private final List<ProjectDefinition> projects = new ArrayList<>();
        private boolean strictEnv;
        private final List<Path> allowOutside = new ArrayList<>();
        private Map<Path, String> buffers = Map.of();

        private Builder() {
        }

        public Builder paths(Collection<Path> value) {
            paths.clear();
            paths.addAll(value);
            return this;
        }

        public Builder addPath(Path value) {
            paths.add(value);
            return this;
        }

        public Builder files(Collection<Path> value) {
            files.clear();
            files.addAll(value);
            return this;
        }

        public Builder projectName(String value) {
            projectName = value;
            return this;
        }

        public Builder projectDirectory(Path value) {
            projectDirectory = value;
            return this;
        }

        public Builder envFiles(Collection<Path> value) {
            envFiles.clear();
            envFiles.addAll(value);
            return this;
        }

        public Builder profiles(Collection<String> value) {
            profiles.clear();
            profiles.addAll(value);
            return this;
        }

        public Builder environment(Map<String, String> value) {
            environment = value;
            return this;
        }

        public Builder workingDirectory(Path value) {
            workingDirectory = value;
            return this;
        }

        public Builder ignore(Collection<String> value) {
            ignore.clear();
            ignore.addAll(value);
            return this;
        }

        public Builder projects(Collection<ProjectDefinition> value) {
            projects.clear();
            projects.addAll(value);
            return this;
        }

        public Builder strictEnv(boolean value) {
            strictEnv = value;
            return this;
        }

        /** Directories outside the workspace root that may be read ({@code --allow-outside}). */
        public Builder allowOutside(Collection<Path> value) {
            allowOutside.clear();
            allowOutside.addAll(value);
            return this;
        }

        /**
         * Unsaved editor buffers (absolute, normalised paths to their full text): they win over the disk, and a
         * buffer for a path missing on disk counts as an existing regular file when named or referenced.
         */
        public Builder buffers(Map<Path, String> value) {
            buffers = value == null ? Map.of() : value;
            return this;
        }

        public LoadRequest build() {
            return new LoadRequest(paths, files, projectName, projectDirectory, envFiles, profiles, environment,
                    workingDirectory, ignore, projects, strictEnv, allowOutside, buffers);
        }
    }

    /**
     * The files this request may read: the workspace root of every linted path, {@code -f} file, project
     * definition and project directory ({@link WorkspaceFiles#rootOf}: the git repository holding it, else the
     * directory itself), the working directory when it holds a {@code -f} file, plus the {@link #allowOutside}
     * directories. No path at all means the working directory. The {@link #buffers} lie over the disk. Each call
     * makes a new per-run source (with its own cache): the loader calls it once and the loaded
     * {@link dev.composelint.core.model.Workspace#files()} carries it to the rules, suppressions and reporters.
     */
    public WorkspaceFiles workspaceFiles() {
        Path cwd = workingDirectory.toAbsolutePath().normalize();
        List<Path> linted = new ArrayList<>(paths);
        linted.addAll(files);
        if (projectDirectory != null) linted.add(projectDirectory);
        for (ProjectDefinition definition : projects) {
            linted.addAll(definition.files());
            if (definition.directory() != null) linted.add(definition.directory());
        }
        if (linted.isEmpty()) linted.add(cwd);
        List<Path> roots = new ArrayList<>();
        for (Path p : linted) roots.add(WorkspaceFiles.rootOf(cwd.resolve(p)));
        // -f files are named from the project's working directory, like docker compose -f: it is a root too
        for (Path f : files) {
            if (cwd.resolve(f).normalize().startsWith(cwd)) roots.add(cwd);
        }
        for (Path p : allowOutside) roots.add(cwd.resolve(p).normalize());
        WorkspaceFiles within = WorkspaceFiles.within(roots);
        return buffers.isEmpty() ? within : within.withBuffers(buffers);
    }
}
