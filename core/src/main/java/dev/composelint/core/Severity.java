package dev.composelint.core;

import java.util.Locale;

/** How serious a finding is. Declared from most to least severe. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as severe as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Parses {@code error}, {@code warning} or {@code info} in any case; null when unknown. */
    public static Severity parse(String text) {
        if (text == null) return null;
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> ERROR;
            case "warning", "warn" -> WARNING;
            case "info" -> INFO;
            default -> null;
        };
    }
}
