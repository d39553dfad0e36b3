package dev.composelint.core.load;

import java.nio.file.Path;
import java.util.List;

/**
 * A project spelled out by hand, for layouts discovery cannot guess: a name (null to derive it as Compose does),
 * a directory (null: the first file's), ordered files and env files.
 */
public record ProjectDefinition(String name, Path directory, List<Path> files, List<Path> envFiles) {

    public ProjectDefinition {
        files = List.copyOf(files);
        envFiles = envFiles == null ? List.of() : List.copyOf(envFiles);
    }
}
