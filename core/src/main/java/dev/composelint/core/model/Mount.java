package dev.composelint.core.model;

import dev.composelint.core.Source;

/**
 * A service mount in long form. For a bind mount {@code source} is the host path made absolute against the project
 * directory ({@code ~} expanded), and {@code rawSource} is the text as written; for a named volume {@code source} is
 * the volume key; for an anonymous volume or tmpfs it is null. {@code createHostPath} is null when not a bind mount.
 * {@code location} is where the mount is written in the compose file.
 */
public record Mount(MountType type, String source, String rawSource, String target, boolean readOnly,
                    Boolean createHostPath, boolean longSyntax, Source location) {

    public boolean isNamedVolume() {
        return type == MountType.VOLUME && source != null && !source.isEmpty();
    }

    public boolean isBind() {
        return type == MountType.BIND;
    }
}
