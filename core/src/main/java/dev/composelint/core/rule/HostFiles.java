package dev.composelint.core.rule;

import java.nio.file.Path;
import java.util.Optional;

/** What a rule may ask about the host file system, so that rules never read it themselves. */
public interface HostFiles {

    /** Whether the path exists on the host (following no symbolic link out of the question). */
    boolean exists(Path path);

    /**
     * Whether the path (existing or not) counts as generated for {@code composeFile}: the git repository holding the
     * compose file ignores it and does not ignore the compose file itself; {@code directory} says how to treat it.
     */
    boolean isGenerated(Path path, boolean directory, Path composeFile);

    /**
     * The text of a regular file inside {@code root} (no symbolic link out of it), at most {@code maxBytes} long;
     * empty when it is outside, missing, too large or not text.
     */
    Optional<String> read(Path root, Path file, int maxBytes);
}
