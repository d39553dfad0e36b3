package dev.composelint.core.sidecar.prometheus;

import dev.composelint.core.Source;

import java.util.List;

/** An {@code alerting.alertmanagers} entry: where alerts go. */
public record AlertmanagerSet(Source source, String scheme, String pathPrefix, List<RelabelRule> relabelConfigs,
                              Targets targets) {

    public AlertmanagerSet {
        relabelConfigs = List.copyOf(relabelConfigs);
    }

    public boolean hasRelabeling() {
        return !relabelConfigs.isEmpty();
    }
}
