package dev.composelint.core.sidecar.promtail;

import dev.composelint.core.sidecar.common.ConfigUrl;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;
import dev.composelint.core.yaml.YamlParse;
import dev.composelint.core.yaml.YamlReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the push URLs of a Promtail config. Unreadable or malformed parts contribute nothing; never throws. */
public final class PromtailConfigParser {

    /** Promtail's config path when no {@code -config.file} flag is given (the official image's default). */
    public static final String DEFAULT_CONFIG = "/etc/promtail/config.yml";

    private PromtailConfigParser() {
    }

    /** {@code clients[].url} and the old single {@code client.url}, in file order; variables are left out. */
    public static List<ConfigUrl> clientUrls(Path file) {
        YamlParse parse = new YamlReader().read(file);
        if (parse.documents().isEmpty() || !(parse.documents().get(0) instanceof YMap top)) return List.of();
        List<ConfigUrl> urls = new ArrayList<>();
        YMap client = top.map("client");
        if (client != null) add(client.scalar("url"), urls);
        YSeq clients = top.seq("clients");
        if (clients != null) {
            for (YNode item : clients.items()) {
                if (item instanceof YMap entry) add(entry.scalar("url"), urls);
            }
        }
        urls.sort((a, b) -> a.source().compareTo(b.source()));
        return List.copyOf(urls);
    }

    private static void add(YScalar url, List<ConfigUrl> into) {
        if (url == null || url.isNull()) return;
        ConfigUrl parsed = ConfigUrl.parse(url.asText(), url.source());
        if (parsed != null) into.add(parsed);
    }
}
