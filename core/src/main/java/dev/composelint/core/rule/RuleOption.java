package dev.composelint.core.rule;

/** A documented rule option: its name, type (string, boolean, integer, list), default and meaning. */
public record RuleOption(String name, String type, Object defaultValue, String description) {
}
