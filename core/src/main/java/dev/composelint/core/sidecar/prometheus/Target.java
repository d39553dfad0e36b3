package dev.composelint.core.sidecar.prometheus;

import dev.composelint.core.Source;

import java.util.Map;

/**
 * One statically known target.
 *
 * @param address the address as written ({@code host:port}; for DNS-SD the name and the configured port)
 * @param host    the host part, without brackets for IPv6
 * @param port    the explicit port, or null
 * @param source  where the target is written: the scalar in the config or in a file_sd file, or the DNS-SD name
 * @param labels  the labels of its target group (for file_sd including {@code __meta_filepath})
 * @param origin  which mechanism lists it
 */
public record Target(String address, String host, Integer port, Source source, Map<String, String> labels,
                     Origin origin) {

    public enum Origin { STATIC, FILE_SD, DNS_SD }

    public Target {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
