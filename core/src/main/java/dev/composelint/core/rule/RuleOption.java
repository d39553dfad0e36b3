package dev.composelint.core.rule;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A documented rule option: its kebab-case name, type ({@value #STRING}, {@value #BOOLEAN}, {@value #INTEGER},
 * {@value #LIST}), default and meaning. A configuration naming another option, or giving a value of another type,
 * is a configuration error.
 */
public record RuleOption(String name, String type, Object defaultValue, String description) {

    public static final String STRING = "string";
    public static final String BOOLEAN = "boolean";
    public static final String INTEGER = "integer";
    public static final String LIST = "list";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public RuleOption {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("rule option names are kebab-case: " + name);
        }
        if (!List.of(STRING, BOOLEAN, INTEGER, LIST).contains(type)) {
            throw new IllegalArgumentException("unknown rule option type '" + type + "' of " + name);
        }
    }

    /** Whether a configured value has this option's type. */
    public boolean accepts(Object value) {
        return switch (type) {
            case STRING -> value instanceof String;
            case BOOLEAN -> value instanceof Boolean;
            case INTEGER -> value instanceof Integer || value instanceof Long;
            default -> value instanceof List;
        };
    }
}
