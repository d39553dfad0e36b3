package dev.composelint.core.model;

import dev.composelint.core.Source;

import java.util.List;

/** A service's attachment to one network, by the network's key in its project. */
public record NetworkAttachment(String network, List<String> aliases, String ipv4Address, String ipv6Address,
                                Source source) {

    public NetworkAttachment {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
