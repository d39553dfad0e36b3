package dev.composelint.core.yaml;

import dev.composelint.core.Source;

/** Thrown inside the YAML layer when a document breaks a {@link YamlLimits} bound; never escapes {@link YamlReader}. */
final class LimitExceeded extends RuntimeException {

    private final transient Source source;

    LimitExceeded(String message, Source source) {
        super(message, null, false, false);
        this.source = source;
    }

    Source source() {
        return source;
    }
}
