package dev.composelint.core.sidecar.prometheus;

import dev.composelint.core.Source;

/** An alerting rule of a rule file: its {@code alert} name and where the name is written. */
public record AlertRule(String name, Source source) {
}
