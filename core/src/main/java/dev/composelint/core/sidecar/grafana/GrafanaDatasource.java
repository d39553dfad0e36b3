package dev.composelint.core.sidecar.grafana;

import dev.composelint.core.Source;
import dev.composelint.core.model.Url;
import dev.composelint.core.sidecar.common.ConfigUrl;

/**
 * A datasource of a Grafana provisioning file.
 *
 * @param name     its {@code name}, or null
 * @param type     its {@code type}, or null
 * @param access   {@code proxy} (the default: Grafana's backend connects) or what is written, e.g. {@code direct}
 * @param url      the {@code url} as written (print it {@linkplain Url#redacted() redacted})
 * @param source   where the {@code url} scalar is written
 * @param endpoint the URL after expanding variables from the Grafana service's environment; null when a variable
 *                 has no known value or the URL cannot be parsed
 */
public record GrafanaDatasource(String name, String type, String access, Url url, Source source,
                                ConfigUrl endpoint) {

    /** True when Grafana's server connects to the URL (access proxy), false when the browser does. */
    public boolean proxied() {
        return "proxy".equals(access);
    }
}
