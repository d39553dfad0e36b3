package dev.composelint.core.evidence;

import dev.composelint.core.Source;

/** A network or volume that the repository creates by hand: {@code docker network create NAME}. */
public record CreatedResource(Source source, Kind kind, String name) {

    public enum Kind { NETWORK, VOLUME }
}
