package dev.composelint.core.model;

import dev.composelint.core.Source;

import java.util.List;

/** A service healthcheck; {@code test} in list form (a string test becomes {@code [CMD-SHELL, s]}). */
public record Healthcheck(List<String> test, boolean disabled, Source source) {

    public Healthcheck {
        test = test == null ? List.of() : List.copyOf(test);
    }

    /** True when the check is switched off: {@code disable: true} or a test of {@code NONE}. */
    public boolean isOff() {
        return disabled || (!test.isEmpty() && "NONE".equals(test.get(0)));
    }
}
