package dev.composelint.core.model;

import dev.composelint.core.Source;

/**
 * A service environment entry after interpolation. {@code value} is null when the entry names a variable without a
 * value that the environment does not define either (Compose then leaves it out of the container).
 * {@code rawValue} is the value as written before interpolation (for rules that look at defaults such as
 * {@code ${VAR:-admin}}). {@code source} is where the entry is written (its key in map form), {@code valueSource}
 * where its value is (the scalar to ask {@link Project#isUnknown(Source)} about).
 */
public record EnvVar(String name, String value, String rawValue, Source source, Source valueSource) {

    public EnvVar {
        valueSource = valueSource == null ? source : valueSource;
    }

    public EnvVar(String name, String value, String rawValue, Source source) {
        this(name, value, rawValue, source, source);
    }
}
