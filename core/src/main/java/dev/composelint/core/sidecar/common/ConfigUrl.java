package dev.composelint.core.sidecar.common;

import dev.composelint.core.Source;
import dev.composelint.core.redact.Redaction;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A URL (or bare {@code host[:port]}) that a sidecar config tells its service to connect to.
 *
 * @param url    the URL as used (after any variable expansion)
 * @param source where the URL scalar is written
 * @param host   the host part, without brackets for IPv6
 * @param port   the explicit port, else the scheme's default (80 for http, 443 for https), else null
 */
public record ConfigUrl(String url, Source source, String host, Integer port) {

    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://(.*)", Pattern.DOTALL);

    /**
     * Parses {@code text}; null when it is empty, holds an unexpanded variable, has no host or a port that is not a
     * number.
     */
    public static ConfigUrl parse(String text, Source source) {
        if (text == null) return null;
        String url = text.trim();
        if (url.isEmpty() || url.contains("$") || url.contains("{")) return null;
        String scheme = null;
        String rest = url;
        Matcher m = SCHEME.matcher(url);
        if (m.matches()) {
            scheme = m.group(1).toLowerCase(Locale.ROOT);
            rest = m.group(2);
        }
        int end = rest.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int at = rest.indexOf(c);
            if (at >= 0 && at < end) end = at;
        }
        String authority = rest.substring(0, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        String[] parts = split(authority);
        String host = parts[0];
        if (host.isEmpty() || host.contains(" ")) return null;
        Integer port;
        if (parts[1] != null) {
            port = port(parts[1]);
            if (port == null) return null;
        } else {
            port = scheme == null ? null : defaultPort(scheme);
        }
        return new ConfigUrl(url, source, host, port);
    }

    /** The URL as it may be printed: userinfo replaced by {@code ***}. */
    public String redacted() {
        return Redaction.url(url);
    }

    /** Splits {@code host[:port]} and {@code [v6]:port}; a port that is not a number is left null. */
    public static String[] split(String address) {
        String text = address.trim();
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close > 0) {
                String host = text.substring(1, close);
                String rest = text.substring(close + 1);
                return new String[] {host, rest.startsWith(":") ? rest.substring(1) : null};
            }
        }
        int colon = text.lastIndexOf(':');
        if (colon > 0 && text.indexOf(':') == colon) {
            return new String[] {text.substring(0, colon), text.substring(colon + 1)};
        }
        return new String[] {text, null};
    }

    /** Parses a port text; null when absent or not a number in 1..65535. */
    public static Integer port(String text) {
        if (text == null || text.isEmpty() || text.length() > 5 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int port = Integer.parseInt(text);
        return port >= 1 && port <= 65535 ? port : null;
    }

    private static Integer defaultPort(String scheme) {
        return switch (scheme) {
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            default -> null;
        };
    }
}
