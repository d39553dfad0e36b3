package dev.composelint.core.sidecar.loki;

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
 * Reads the Alertmanager URLs of a Loki config's ruler, and reports as {@code loki-config} errors what Loki refuses
 * on the way: YAML errors and fields of the wrong shape. Never throws.
 */
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
    public static UrlsParse parse(Path file) {
        return parse(file, WorkspaceFiles.unrestricted());
    }

    /** {@link #parse(Path)} as the run's {@code files} hold it (an editor buffer over the disk). */
    public static UrlsParse parse(Path file, WorkspaceFiles files) {
        FieldReader fields = new FieldReader(Diagnostics.LOKI_CONFIG, files);
        List<ConfigUrl> urls = new ArrayList<>();
        try {
            YMap top = fields.root(file, "a Loki configuration");
            YMap ruler = top == null ? null : fields.mapping(top, "ruler");
            YScalar value = ruler == null ? null : fields.stringNode(ruler, "alertmanager_url");
            if (value != null) {
                for (String part : value.asText().split(",")) {
                    String url = part.trim();
                    if (url.startsWith("dnssrv")) continue;
                    if (url.startsWith("dns+")) url = url.substring("dns+".length());
                    ConfigUrl parsed = ConfigUrl.parse(url, value.source());
                    if (parsed != null) urls.add(parsed);
                }
            }
        } catch (RuntimeException e) {
            fields.error(Source.file(file), "cannot read the Loki configuration: " + e.getMessage());
        }
        return new UrlsParse(urls, fields.findings());
    }
}
