package dev.composelint.rules;

import dev.composelint.core.model.Located;
import dev.composelint.core.model.Service;
import dev.composelint.core.topology.ServiceRef;

/**
 * {@code host.docker.internal}, the name of the Docker host: Docker Desktop resolves it in every container, a Linux
 * engine only when the service maps it with {@code extra_hosts: ["host.docker.internal:host-gateway"]}.
 */
final class HostGateway {

    static final String NAME = "host.docker.internal";

    private HostGateway() {
    }

    /** True when {@code host} is the host's name and {@code from} does not map it (nor uses the host's network). */
    static boolean unmapped(ServiceRef from, String host) {
        if (host == null || !host.equalsIgnoreCase(NAME)) return false;
        Service service = from.service();
        Located<String> mode = service.networkMode();
        if (mode != null && "host".equals(mode.value())) return false;
        return service.extraHosts().stream().noneMatch(entry -> entry.names(NAME));
    }

    /** The end of a message: why it fails on Linux and the fix. */
    static String advice(String serviceName) {
        return "; " + NAME + " resolves only on Docker Desktop, not on a Linux engine: add extra_hosts: [\""
                + NAME + ":host-gateway\"] to service " + serviceName;
    }
}
