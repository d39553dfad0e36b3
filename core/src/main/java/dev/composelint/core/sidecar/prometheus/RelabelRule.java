package dev.composelint.core.sidecar.prometheus;

import dev.composelint.core.Source;

import java.util.List;

/** One relabel_configs entry with Prometheus' defaults applied; {@code action} is lower case. */
public record RelabelRule(List<String> sourceLabels, String separator, String regex, long modulus, String targetLabel,
                          String replacement, String action, Source source) {

    public static final String DEFAULT_SEPARATOR = ";";
    public static final String DEFAULT_REGEX = "(.*)";
    public static final String DEFAULT_REPLACEMENT = "$1";
    public static final String DEFAULT_ACTION = "replace";

    public RelabelRule {
        sourceLabels = List.copyOf(sourceLabels);
    }
}
