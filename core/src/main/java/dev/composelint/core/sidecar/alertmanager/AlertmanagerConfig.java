package dev.composelint.core.sidecar.alertmanager;

import dev.composelint.core.Source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an alertmanager.yml says about delivery: its receivers and its routing tree.
 *
 * @param file      the host file
 * @param start     the start of the file, for findings about the file as a whole
 * @param route     the root route, or null when the file has none (it then fails to load)
 * @param receivers by name, in file order
 */
public record AlertmanagerConfig(Path file, Source start, Route route, Map<String, Receiver> receivers) {

    public AlertmanagerConfig {
        receivers = Collections.unmodifiableMap(new LinkedHashMap<>(receivers));
    }

    /**
     * A receiver.
     *
     * @param integrations the {@code *_configs} keys with at least one entry (e.g. {@code webhook_configs})
     */
    public record Receiver(String name, Source source, List<String> integrations) {
        public Receiver {
            integrations = List.copyOf(integrations);
        }

        public boolean delivers() {
            return !integrations.isEmpty();
        }
    }

    /**
     * A route; a child without {@code receiver} inherits its parent's.
     *
     * @param receiver       the receiver as written, or null
     * @param receiverSource where {@code receiver} is written (else the route itself)
     */
    public record Route(String receiver, Source receiverSource, List<Route> routes) {
        public Route {
            routes = List.copyOf(routes);
        }
    }

    /** The receivers alerts can be routed to (each route's receiver, inherited where not written), in order. */
    public List<Receiver> routedReceivers() {
        Set<String> names = new LinkedHashSet<>();
        if (route != null) collect(route, null, names);
        List<Receiver> result = new ArrayList<>();
        for (String name : names) {
            Receiver receiver = receivers.get(name);
            if (receiver != null) result.add(receiver);
        }
        return result;
    }

    private static void collect(Route route, String inherited, Set<String> into) {
        String receiver = route.receiver() != null ? route.receiver() : inherited;
        if (receiver != null) into.add(receiver);
        for (Route child : route.routes()) collect(child, receiver, into);
    }

    /** True when at least one receiver that a route can pick has an integration. */
    public boolean canDeliver() {
        for (Receiver receiver : routedReceivers()) {
            if (receiver.delivers()) return true;
        }
        return false;
    }
}
