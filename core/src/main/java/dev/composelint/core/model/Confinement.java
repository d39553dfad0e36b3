package dev.composelint.core.model;

import java.util.List;
import java.util.Map;

/**
 * How far a service's container is confined on its host, as written.
 *
 * @param privileged  {@code privileged:}, or null when absent
 * @param namespaces  {@code pid}, {@code ipc}, {@code uts}, {@code userns_mode} and {@code cgroup} by key, when set
 * @param capAdd      {@code cap_add} items as written
 * @param securityOpt {@code security_opt} items as written
 * @param memoryLimit {@code mem_limit}, else {@code deploy.resources.limits.memory}, else null
 */
public record Confinement(Located<Boolean> privileged, Map<String, Located<String>> namespaces,
                          List<Located<String>> capAdd, List<Located<String>> securityOpt,
                          Located<String> memoryLimit) {

    public static final Confinement NONE = new Confinement(null, Map.of(), List.of(), List.of(), null);

    public Confinement {
        namespaces = Copies.ordered(namespaces);
        capAdd = List.copyOf(capAdd);
        securityOpt = List.copyOf(securityOpt);
    }
}
