package dev.composelint.core.config;

import dev.composelint.core.Source;
import dev.composelint.core.engine.RuleSettings;

import java.util.Map;

/**
 * One entry under {@code rules:}: the rule id, its settings, where the id was written and where each option key
 * was written.
 */
public record RuleConfig(String id, RuleSettings settings, Source source, Map<String, Source> optionSources) {

    public RuleConfig {
        optionSources = optionSources == null ? Map.of() : Map.copyOf(optionSources);
    }

    public RuleConfig(String id, RuleSettings settings, Source source) {
        this(id, settings, source, Map.of());
    }
}
