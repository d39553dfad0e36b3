package dev.composelint.core.model;

import dev.composelint.core.Source;

/** A service build: context as written and the Dockerfile name (or null with an inline Dockerfile). */
public record Build(String context, String dockerfile, Source source) {
}
