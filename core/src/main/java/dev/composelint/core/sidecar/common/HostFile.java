package dev.composelint.core.sidecar.common;

import dev.composelint.core.model.Mount;

import java.nio.file.Path;

/**
 * Where a container path lives on the host: a host path reached through a bind mount (or a file-backed config or
 * secret), or why it cannot be known.
 *
 * @param path   the host path, or null when not {@link Status#MAPPED} or {@link Status#OUTSIDE}
 * @param mount  the mount that decides it, or null when nothing is mounted there
 * @param status how the path was mapped
 */
public record HostFile(Path path, Mount mount, Status status) {

    public enum Status {
        /** Reached through a bind mount or a file-backed config or secret. */
        MAPPED,
        /** Inside a named or anonymous volume: its content is not in the repository. */
        VOLUME,
        /** Inside a tmpfs mount: empty at start. */
        TMPFS,
        /** No mount covers it: the file comes from the image (or does not exist). */
        NOT_MOUNTED,
        /** Bind-mounted from a host path outside the workspace root: not read ({@code path} names it). */
        OUTSIDE
    }

    public boolean mapped() {
        return status == Status.MAPPED;
    }

    /** A short reason for messages when the path is not mapped, e.g. {@code it lives in the named volume data}. */
    public String reason() {
        return switch (status) {
            case MAPPED -> "it is bind-mounted from " + path;
            case VOLUME -> mount.source() == null || mount.source().isEmpty()
                    ? "it lives in an anonymous volume"
                    : "it lives in the named volume " + mount.source();
            case TMPFS -> "it lives in a tmpfs mount";
            case NOT_MOUNTED -> "no mount covers it, so it comes from the image";
            case OUTSIDE -> "it is bind-mounted from " + path + ", outside the workspace root, which is not read";
        };
    }
}
