package dev.composelint.core.sidecar.common;

import java.nio.file.Path;
import java.util.List;

/**
 * The host files a path pattern names, in name order, or why they cannot be known.
 *
 * @param files        existing host files that match (empty when nothing matches or when unknowable)
 * @param unresolvable null when the files were looked up on the host; else why they cannot be known
 */
public record FileMatches(List<Path> files, String unresolvable) {

    public FileMatches {
        files = files == null ? List.of() : List.copyOf(files);
    }

    public static FileMatches of(List<Path> files) {
        return new FileMatches(files, null);
    }

    public static FileMatches unknowable(String reason) {
        return new FileMatches(List.of(), reason);
    }

    public boolean resolvable() {
        return unresolvable == null;
    }
}
