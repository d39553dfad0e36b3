package dev.composelint.core.model;

import dev.composelint.core.Source;

/**
 * One host name mapping of {@code extra_hosts}: {@code host=address} or {@code host:address} in a list (the first
 * {@code =}, else the first {@code :} separates, as in Compose), or one address of a {@code host: address} map
 * entry.
 *
 * @param host    the host name, trimmed
 * @param address the address as written ({@code host-gateway}, an IP, or a comma-separated list of IPs)
 * @param source  the position of the entry (of the address in a map)
 */
public record ExtraHost(String host, String address, Source source) {

    /** The mapping of a list entry; null when it has no separator (Compose rejects it). */
    public static ExtraHost parse(String entry, Source source) {
        int cut = entry.indexOf('=');
        if (cut < 0) cut = entry.indexOf(':');
        if (cut < 0) return null;
        return new ExtraHost(entry.substring(0, cut).trim(), entry.substring(cut + 1), source);
    }

    /** True when the entry maps {@code name} (host names compare without regard to case). */
    public boolean names(String name) {
        return !host.isEmpty() && host.equalsIgnoreCase(name);
    }
}
