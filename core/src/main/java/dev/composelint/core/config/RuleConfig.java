package dev.composelint.core.config;

import dev.composelint.core.Source;
import dev.composelint.core.engine.RuleSettings;

/** One entry under {@code rules:}: the rule id, its settings and where the id was written. */
public record RuleConfig(String id, RuleSettings settings, Source source) {
}
