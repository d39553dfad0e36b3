package dev.composelint.core.config;

import dev.composelint.core.Severity;

import java.util.Locale;

/** The lowest severity that makes a run fail, or {@link #NEVER}. */
public enum FailOn {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFO(Severity.INFO), NEVER(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** The severity to pass to {@link dev.composelint.core.engine.LintResult#failsAt}; null for never. */
    public Severity threshold() {
        return threshold;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error}, {@code warning}, {@code info} or {@code never} in any case; null when unknown. */
    public static FailOn parse(String text) {
        if (text == null) return null;
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> ERROR;
            case "warning" -> WARNING;
            case "info" -> INFO;
            case "never" -> NEVER;
            default -> null;
        };
    }
}
