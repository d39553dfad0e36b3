package dev.composelint.core.topology;

import java.util.List;
import java.util.Set;

/**
 * The answer to "can service S reach host:port?".
 *
 * @param target         the service the host names (null when it names none)
 * @param candidates     every service the host names, across projects
 * @param sharedNetworks actual network names S and the target share
 * @param fromNetworks   actual network names S is attached to
 * @param targetNetworks actual network names the target is attached to
 */
public record Resolution(Status status, ServiceRef target, List<ServiceRef> candidates, Set<String> sharedNetworks,
                         Set<String> fromNetworks, Set<String> targetNetworks, String detail) {

    public enum Status {
        /** The host is the service itself ({@code localhost}, its own name). */
        SELF,
        /** The host resolves to a service on a shared network and the port, if checked, is a container port. */
        REACHABLE,
        /** The host names no service of the workspace. */
        NO_SUCH_HOST,
        /** The host names a service, but none that shares a network with S. */
        NO_SHARED_NETWORK,
        /** Reachable, but the port is the host-published port, not the container port. */
        PUBLISHED_PORT,
        /** Reachable, but the port is not among the target's known container ports. */
        UNKNOWN_PORT,
        /** Not judged: an IP address, a variable, or a name outside the workspace's control. */
        NOT_CHECKED
    }

    public boolean ok() {
        return status == Status.SELF || status == Status.REACHABLE || status == Status.NOT_CHECKED;
    }
}
