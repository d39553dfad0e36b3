package dev.composelint.core.rule;

import java.nio.file.Path;
import java.util.Optional;

/** What a rule may ask about the host file system, so that rules never read it themselves. */
public interface HostFiles {

    /** Whether the path exists on the host, or has an unsaved editor buffer (see {@code LoadRequest#buffers}). */
    boolean exists(Path path);

    /**
     * Whether the path (existing or not) counts as generated for {@code composeFile}: the git repository holding the
     * compose file ignores it and does not ignore the compose file itself; {@code directory} says how to treat it.
     */
    boolean isGenerated(Path path, boolean directory, Path composeFile);

    /**
     * The text of a regular file inside the workspace boundary (no symbolic link out of it; directories allowed
     * with {@code --allow-outside} included), at most {@code maxBytes} long, as the run reads it: its unsaved
     * buffer when it has one, read once per run; empty when it is outside, missing, too large or not a regular
     * file.
     */
    Optional<String> read(Path file, int maxBytes);
}
