package dev.composelint.core.evidence;

import dev.composelint.core.Source;

import java.nio.file.Path;
import java.util.List;

/** A {@code docker stack deploy -c a.yml [-c b.yml] NAME} command: swarm stack files, merged in order. */
public record StackDeploy(Source source, Path workingDirectory, List<Path> files, String stackName) {

    public StackDeploy {
        files = List.copyOf(files);
    }
}
