package dev.composelint.core.sidecar.prometheus;

import dev.composelint.core.Source;

import java.util.List;

/** A {@code dns_sd_configs} entry: names with their positions, record type (default SRV) and port. */
public record DnsSd(List<Name> names, String type, Integer port, Source source) {

    public record Name(String name, Source source) {
    }

    public DnsSd {
        names = List.copyOf(names);
    }

    /** A and AAAA lookups name hosts directly, so their names can be checked like static targets. */
    public boolean namesHosts() {
        return "A".equals(type) || "AAAA".equals(type);
    }
}
