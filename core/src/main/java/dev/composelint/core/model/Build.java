package dev.composelint.core.model;

import dev.composelint.core.Source;

import java.util.List;

/**
 * A service build: context as written, the Dockerfile name (or null with an inline Dockerfile), and its
 * {@code args} as entries (value after interpolation, raw value as written, position), and the top-level secrets
 * it uses ({@code build.secrets}, by key).
 */
public record Build(String context, String dockerfile, Source source, List<EnvVar> args, List<String> secrets) {

    public Build {
        args = args == null ? List.of() : List.copyOf(args);
        secrets = secrets == null ? List.of() : List.copyOf(secrets);
    }

    public Build(String context, String dockerfile, Source source) {
        this(context, dockerfile, source, List.of(), List.of());
    }
}
