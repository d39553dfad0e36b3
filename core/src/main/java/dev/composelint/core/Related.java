package dev.composelint.core;

/** A second place that explains a finding, such as the other side of a port conflict. */
public record Related(Source source, String message) {
}
