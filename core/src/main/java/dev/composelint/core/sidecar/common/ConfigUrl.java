package dev.composelint.core.sidecar.common;

import dev.composelint.core.Source;
import dev.composelint.core.model.Url;

/**
 * A URL (or bare {@code host[:port]}) that a sidecar config tells its service to connect to, where it is written.
 *
 * @param url    the URL as used (after any variable expansion); an {@linkplain Url#isAddress() address}
 * @param source where the URL scalar is written
 */
public record ConfigUrl(Url url, Source source) {

    /** Parses {@code text}; null when it is empty, holds a variable, has no host or a port that is not a number. */
    public static ConfigUrl parse(String text, Source source) {
        Url url = Url.parse(text);
        return url == null || !url.isAddress() ? null : new ConfigUrl(url, source);
    }

    /** The host part, without brackets for IPv6. */
    public String host() {
        return url.host();
    }

    /** The explicit port, else the scheme's default (80 for http, 443 for https), else null. */
    public Integer port() {
        return url.port();
    }

    /** The URL as it may be printed: userinfo replaced by {@code ***}. */
    public String redacted() {
        return url.redacted();
    }
}
