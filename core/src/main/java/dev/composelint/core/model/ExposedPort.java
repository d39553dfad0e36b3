package dev.composelint.core.model;

import dev.composelint.core.Source;

import java.util.Locale;

/**
 * One {@code expose:} entry, {@code PORT[-PORT][/PROTOCOL]}: a container port the service listens on without
 * publishing it.
 *
 * @param text     the entry as written
 * @param ports    the port or range, or null when the entry is malformed or holds a variable
 * @param protocol lower case, {@code tcp} when none is written
 * @param source   the entry's position
 */
public record ExposedPort(String text, PortRange ports, String protocol, Source source) {

    public static ExposedPort parse(String text, Source source) {
        String spec = text;
        String protocol = "tcp";
        int slash = spec.indexOf('/');
        if (slash >= 0) {
            if (slash + 1 < spec.length()) protocol = spec.substring(slash + 1).trim().toLowerCase(Locale.ROOT);
            spec = spec.substring(0, slash);
        }
        String[] range = spec.split("-", 2);
        PortRange ports;
        try {
            int start = Integer.parseInt(range[0].trim());
            int end = range.length > 1 ? Integer.parseInt(range[1].trim()) : start;
            ports = start <= end ? new PortRange(start, end) : null;
        } catch (NumberFormatException e) {
            ports = null;
        }
        return new ExposedPort(text, ports, protocol, source);
    }
}
