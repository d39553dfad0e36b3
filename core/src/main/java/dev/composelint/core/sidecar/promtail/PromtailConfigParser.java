package dev.composelint.core.sidecar.promtail;

import dev.composelint.core.fs.WorkspaceFiles;
import dev.composelint.core.Diagnostics;
import dev.composelint.core.Source;
import dev.composelint.core.sidecar.common.ConfigUrl;
import dev.composelint.core.sidecar.common.FieldReader;
import dev.composelint.core.sidecar.common.UrlsParse;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YScalar;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the push URLs of a Promtail config, and reports as {@code promtail-config} errors what Promtail refuses on
 * the way: YAML errors and fields of the wrong shape. Never throws.
 */
public final class PromtailConfigParser {

    /** Promtail's config path when no {@code -config.file} flag is given (the official image's default). */
    public static final String DEFAULT_CONFIG = "/etc/promtail/config.yml";

    private PromtailConfigParser() {
    }

    /** {@code clients[].url} and the old single {@code client.url}, in file order; variables are left out. */
    public static UrlsParse parse(Path file) {
        return parse(file, WorkspaceFiles.unrestricted());
    }

    /** {@link #parse(Path)} as the run's {@code files} hold it (an editor buffer over the disk). */
    public static UrlsParse parse(Path file, WorkspaceFiles files) {
        FieldReader fields = new FieldReader(Diagnostics.PROMTAIL_CONFIG, files);
        List<ConfigUrl> urls = new ArrayList<>();
        try {
            YMap top = fields.root(file, "a Promtail configuration");
            if (top != null) {
                YMap client = fields.mapping(top, "client");
                if (client != null) add(fields.stringNode(client, "url"), urls);
                for (YMap entry : fields.mappings(top, "clients", "a clients entry")) {
                    add(fields.stringNode(entry, "url"), urls);
                }
            }
        } catch (RuntimeException e) {
            fields.error(Source.file(file), "cannot read the Promtail configuration: " + e.getMessage());
        }
        urls.sort((a, b) -> a.source().compareTo(b.source()));
        return new UrlsParse(urls, fields.findings());
    }

    private static void add(YScalar url, List<ConfigUrl> into) {
        if (url == null) return;
        ConfigUrl parsed = ConfigUrl.parse(url.asText(), url.source());
        if (parsed != null) into.add(parsed);
    }
}
