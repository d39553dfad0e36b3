package dev.composelint.core.sidecar.prometheus;

import java.util.List;

/**
 * What one scrape job or Alertmanager set discovers: the statically known targets (static_configs, file_sd files
 * that could be read, A/AAAA DNS-SD names) and the discovery entries behind them.
 */
public record Targets(List<Target> targets, List<FileSd> fileSd, List<DnsSd> dnsSd, List<OtherSd> otherSd) {

    public Targets {
        targets = List.copyOf(targets);
        fileSd = List.copyOf(fileSd);
        dnsSd = List.copyOf(dnsSd);
        otherSd = List.copyOf(otherSd);
    }

    public static Targets none() {
        return new Targets(List.of(), List.of(), List.of(), List.of());
    }
}
