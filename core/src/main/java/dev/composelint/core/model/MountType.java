package dev.composelint.core.model;

/** The kind of a service mount. */
public enum MountType {
    BIND, VOLUME, TMPFS, NPIPE, CLUSTER, IMAGE;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
