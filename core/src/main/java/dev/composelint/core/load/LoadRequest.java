package dev.composelint.core.load;

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
 */
public record LoadRequest(List<Path> paths, List<Path> files, String projectName, Path projectDirectory,
                          List<Path> envFiles, Set<String> profiles, Map<String, String> environment,
                          Path workingDirectory, List<String> ignore, List<ProjectDefinition> projects,
                          boolean strictEnv) {

    public LoadRequest {
        paths = paths == null ? List.of() : List.copyOf(paths);
        files = files == null ? List.of() : List.copyOf(files);
        envFiles = envFiles == null ? List.of() : List.copyOf(envFiles);
        profiles = profiles == null ? Set.of() : Set.copyOf(profiles);
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        workingDirectory = workingDirectory == null ? Path.of("").toAbsolutePath() : workingDirectory;
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
        projects = projects == null ? List.of() : List.copyOf(projects);
    }

    /** A request without {@code --strict-env}. */
    public LoadRequest(List<Path> paths, List<Path> files, String projectName, Path projectDirectory,
                       List<Path> envFiles, Set<String> profiles, Map<String, String> environment,
                       Path workingDirectory, List<String> ignore, List<ProjectDefinition> projects) {
        this(paths, files, projectName, projectDirectory, envFiles, profiles, environment, workingDirectory, ignore,
                projects, false);
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
                .ignore(ignore).projects(projects).strictEnv(strictEnv);
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

        public LoadRequest build() {
            return new LoadRequest(paths, files, projectName, projectDirectory, envFiles, profiles, environment,
                    workingDirectory, ignore, projects, strictEnv);
        }
    }
}
