package dev.composelint.rules;

import java.util.Collection;

/** How messages name the networks a service is on. */
final class NetworkNames {

    private NetworkNames() {
    }

    /** The names joined by commas, or "no network". */
    static String list(Collection<String> names) {
        return names.isEmpty() ? "no network" : String.join(", ", names);
    }
}
