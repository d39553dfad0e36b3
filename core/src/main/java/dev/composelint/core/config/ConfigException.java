package dev.composelint.core.config;

import dev.composelint.core.Source;

/** A configuration problem with the place it was found ({@code file:line:col: reason}). */
public final class ConfigException extends Exception {

    private final transient Source source;
    private final String reason;

    public ConfigException(Source source, String reason) {
        super(source + ": " + reason);
        this.source = source;
        this.reason = reason;
    }

    public Source source() {
        return source;
    }

    /** The message without the position. */
    public String reason() {
        return reason;
    }
}
