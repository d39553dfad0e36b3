package dev.composelint.core.model;

import dev.composelint.core.redact.Redaction;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A URL, or a bare {@code host[:port]}, as monitoring tools and services write them: {@code http://host:9090/path},
 * {@code user:pw@host}, {@code [::1]:9090}, {@code ${HOST}:3100}. The parser is lenient and never throws: a
 * {@code scheme://} prefix is optional, variables are kept as written ({@link #interpolated()}), a port that is not a
 * number is kept as text. The userinfo is never printed: {@link #toString()} and {@link #redacted()} show it as
 * {@value Redaction#MASK}.
 */
public final class Url {

    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://(.*)", Pattern.DOTALL);
    private static final Pattern GO_SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):(.*)", Pattern.DOTALL);

    /** A {@code host[:port]} split; {@code port} is the text after the colon, null without one. */
    public record HostPort(String host, String port) {

        /** The port as a number in 1..65535, else null. */
        public Integer portNumber() {
            return Url.port(port);
        }
    }

    private final String text;
    private final String scheme;
    private final int userinfoStart;
    private final int userinfoEnd;
    private final String host;
    private final String portText;
    private final String path;

    private Url(String text, String scheme, int userinfoStart, int userinfoEnd, String host, String portText,
                String path) {
        this.text = text;
        this.scheme = scheme;
        this.userinfoStart = userinfoStart;
        this.userinfoEnd = userinfoEnd;
        this.host = host;
        this.portText = portText;
        this.path = path;
    }

    /** Parses {@code text} (trimmed); null when it is null or blank. */
    public static Url parse(String text) {
        if (text == null || text.isBlank()) return null;
        String url = text.trim();
        String scheme = null;
        int authorityStart = 0;
        Matcher m = SCHEME.matcher(url);
        if (m.matches()) {
            scheme = m.group(1).toLowerCase(Locale.ROOT);
            authorityStart = m.start(2);
        }
        int authorityEnd = url.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int at = url.indexOf(c, authorityStart);
            if (at >= 0 && at < authorityEnd) authorityEnd = at;
        }
        int at = url.lastIndexOf('@', authorityEnd - 1);
        int hostStart = authorityStart;
        int userinfoStart = -1;
        if (at >= authorityStart) {
            userinfoStart = authorityStart;
            hostStart = at + 1;
        }
        HostPort split = hostPort(url.substring(hostStart, authorityEnd));
        return new Url(url, scheme, userinfoStart, at, split.host(), split.port(), url.substring(authorityEnd));
    }

    /** {@code text} with the userinfo of its URLs masked; null stays null. */
    public static String redact(String text) {
        Url url = parse(text);
        return url == null ? text : url.redacted();
    }

    /** Splits {@code host[:port]} and {@code [v6]:port}; an unbracketed address with several colons has no port. */
    public static HostPort hostPort(String address) {
        String text = address.trim();
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close > 0) {
                String rest = text.substring(close + 1);
                return new HostPort(text.substring(1, close), rest.startsWith(":") ? rest.substring(1) : null);
            }
        }
        int colon = text.lastIndexOf(':');
        if (colon > 0 && text.indexOf(':') == colon) {
            return new HostPort(text.substring(0, colon), text.substring(colon + 1));
        }
        return new HostPort(text, null);
    }

    /** A port text as a number in 1..65535, else null. */
    public static Integer port(String text) {
        if (text == null || text.isEmpty() || text.length() > 5 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int port = Integer.parseInt(text);
        return port >= 1 && port <= 65535 ? port : null;
    }

    /** The scheme in lower case, or null without {@code scheme://}. */
    public String scheme() {
        return scheme;
    }

    /** The host without brackets; empty when there is none. */
    public String host() {
        return host;
    }

    /** The text after the host's colon as written, or null. */
    public String portText() {
        return portText;
    }

    /** The explicit port, else the scheme's default (80 for http and ws, 443 for https and wss), else null. */
    public Integer port() {
        if (portText != null) return port(portText);
        if (scheme == null) return null;
        return switch (scheme) {
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            default -> null;
        };
    }

    /** Path, query and fragment as written; empty when absent. */
    public String path() {
        return path;
    }

    public boolean hasUserinfo() {
        return userinfoStart >= 0;
    }

    /** True when a variable ({@code $VAR}, {@code ${VAR}}, a template brace) is part of the text. */
    public boolean interpolated() {
        return text.contains("$") || text.contains("{");
    }

    /** True when it names a known host: no variable, a host without spaces, and a valid port if one is written. */
    public boolean isAddress() {
        return !interpolated() && !host.isEmpty() && !host.contains(" ") && (portText == null || port() != null);
    }

    /**
     * Why Go's {@code url.Parse} (which Prometheus and its kin use) refuses the text, in its words, or null; a
     * scheme-less text is accepted like Go does. The reason never holds the userinfo.
     */
    public String goParseProblem() {
        if (text.startsWith(":")) return "missing protocol scheme";
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < 0x20 || text.charAt(i) == 0x7f) return "invalid control character in URL";
        }
        Matcher m = GO_SCHEME.matcher(text);
        if (m.matches() && m.group(2).startsWith("//") && portText != null && !portText.isEmpty()
                && !portText.chars().allMatch(Character::isDigit)) {
            return "invalid port \":" + portText + "\" after host";
        }
        return null;
    }

    /** The text as written, userinfo included: never print it; use {@link #redacted()}. */
    public String text() {
        return text;
    }

    /** The text with the userinfo (and that of any further URL in it) replaced by {@value Redaction#MASK}. */
    public String redacted() {
        String masked = hasUserinfo() ? text.substring(0, userinfoStart) + Redaction.MASK + text.substring(userinfoEnd)
                : text;
        return Redaction.url(masked);
    }

    @Override
    public String toString() {
        return redacted();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Url url && url.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }
}
