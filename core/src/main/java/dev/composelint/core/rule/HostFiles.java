package dev.composelint.core.rule;

import java.nio.file.Path;

/** What a rule may ask about the host file system, so that rules never read it themselves. */
public interface HostFiles {

    /** Whether the path exists on the host (following no symbolic link out of the question). */
    boolean exists(Path path);

    /** Whether git would ignore the path (existing or not); {@code directory} says how to treat it. */
    boolean isGitIgnored(Path path, boolean directory);
}
