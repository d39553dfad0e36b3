package dev.composelint.core;

/** Reserved rule ids for what the loader itself reports. They are findings like any other. */
public final class Diagnostics {
    /** YAML syntax, duplicate keys, non-string keys, limits. */
    public static final String YAML = "yaml";
    /** Schema violations (structure and types). */
    public static final String SCHEMA = "schema";
    /** Bad interpolation syntax and required variables without a value. */
    public static final String INTERPOLATION = "interpolation";
    /** Everything else Compose itself refuses while loading: bad short syntax, extends/include errors, project names. */
    public static final String COMPOSE = "compose";
    /** Files that cannot be read: missing, unreadable, a directory, not text. */
    public static final String IO = "io";

    private Diagnostics() {
    }
}
