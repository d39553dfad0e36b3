package dev.composelint.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Defensive copies for the model records. */
final class Copies {

    private Copies() {
    }

    /** An unmodifiable copy that keeps document order (Map.copyOf would not). */
    static <K, V> Map<K, V> ordered(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
