package dev.composelint.core.evidence;

import dev.composelint.core.Source;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One {@code docker compose}, {@code docker-compose} or {@code podman-compose} command line found in the
 * repository's scripts, Makefiles, justfiles, Taskfiles, CI definitions or Markdown code blocks.
 *
 * @param source           where the command stands
 * @param workingDirectory the directory the command runs in (a script's own directory after a literal {@code cd},
 *                         the repository root for CI files, Makefiles and docs unless they change directory)
 * @param files            {@code -f}/{@code --file} arguments in order, resolved against the working directory;
 *                         empty when the command relies on the default files (or COMPOSE_FILE)
 * @param envFiles         {@code --env-file} arguments, resolved
 * @param projectName      {@code -p}/{@code --project-name}, or null
 * @param profiles         {@code --profile} arguments
 * @param projectDirectory {@code --project-directory}, resolved, or null
 * @param environment      variable assignments that apply to the command ({@code COMPOSE_FILE=a.yml:b.yml docker
 *                         compose up}, {@code export COMPOSE_PROFILES=...} earlier in the same script, CI
 *                         {@code env:} blocks), literal values only
 */
public record ComposeInvocation(Source source, Path workingDirectory, List<Path> files, List<Path> envFiles,
                                String projectName, Set<String> profiles, Path projectDirectory,
                                Map<String, String> environment) {

    public ComposeInvocation {
        files = List.copyOf(files);
        envFiles = List.copyOf(envFiles);
        profiles = Set.copyOf(profiles);
        environment = Map.copyOf(environment);
    }
}
