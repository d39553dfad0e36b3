package dev.composelint.core.model;

import dev.composelint.core.Source;

/** A value with the position of its key and of the value itself. */
public record Located<T>(T value, Source keySource, Source source) {

    public static <T> Located<T> of(T value, Source source) {
        return new Located<>(value, source, source);
    }
}
