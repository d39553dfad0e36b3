package dev.composelint.core.model;

import dev.composelint.core.Source;

/**
 * A port in long form. {@code hostIp} is null when unspecified (all interfaces); {@code published} is null when the
 * host port is ephemeral; {@code target} is the container port or range; protocol is lower case; mode is
 * {@code ingress} or {@code host}.
 */
public record PortMapping(IpAddress hostIp, PortRange published, PortRange target, String protocol, String mode,
                          String name, Source source) {

    public boolean isPublished() {
        return published != null;
    }

    /** True when the port is bound on every host interface: no host IP, {@code 0.0.0.0} or {@code ::}. */
    public boolean onEveryInterface() {
        return hostIp == null || hostIp.isUnspecified();
    }
}
