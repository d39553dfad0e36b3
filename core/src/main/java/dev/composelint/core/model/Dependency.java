package dev.composelint.core.model;

import dev.composelint.core.Source;

/** One service another depends on, explicitly or through links, volumes_from or network_mode. */
public record Dependency(String service, String condition, boolean required, boolean restart, Kind kind,
                         Source source) {

    public enum Kind { DEPENDS_ON, LINKS, VOLUMES_FROM, NETWORK_MODE }
}
