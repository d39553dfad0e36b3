package dev.composelint.core.sidecar.loki;

import dev.composelint.core.sidecar.common.ConfigUrl;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YamlParse;
import dev.composelint.core.yaml.YamlReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the Alertmanager URLs of a Loki config's ruler. Unreadable or malformed parts contribute nothing. */
public final class LokiConfigParser {

    /** Loki's config path when no {@code -config.file} flag is given (the official image's default). */
    public static final String DEFAULT_CONFIG = "/etc/loki/local-config.yaml";

    private LokiConfigParser() {
    }

    /**
     * The entries of {@code ruler.alertmanager_url} (a comma-separated list), each positioned at the scalar.
     * {@code dns+} prefixes are stripped; SRV lookups ({@code dnssrv+}, {@code dnssrvnoa+}) and variables are left
     * out.
     */
    public static List<ConfigUrl> alertmanagerUrls(Path file) {
        YamlParse parse = new YamlReader().read(file);
        if (parse.documents().isEmpty() || !(parse.documents().get(0) instanceof YMap top)) return List.of();
        YMap ruler = top.map("ruler");
        YScalar value = ruler == null ? null : ruler.scalar("alertmanager_url");
        if (value == null || value.isNull()) return List.of();
        List<ConfigUrl> urls = new ArrayList<>();
        for (String part : value.asText().split(",")) {
            String url = part.trim();
            if (url.startsWith("dnssrv")) continue;
            if (url.startsWith("dns+")) url = url.substring("dns+".length());
            ConfigUrl parsed = ConfigUrl.parse(url, value.source());
            if (parsed != null) urls.add(parsed);
        }
        return List.copyOf(urls);
    }
}
