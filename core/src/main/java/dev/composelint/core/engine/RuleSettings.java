package dev.composelint.core.engine;

import dev.composelint.core.Severity;

import java.util.Map;

/** A rule's configured state: on or off, its severity (null: the default) and its options. */
public record RuleSettings(boolean enabled, Severity severity, Map<String, Object> options) {

    public static final RuleSettings DEFAULT = new RuleSettings(true, null, Map.of());
    public static final RuleSettings OFF = new RuleSettings(false, null, Map.of());

    public RuleSettings {
        options = options == null ? Map.of() : Map.copyOf(options);
    }
}
