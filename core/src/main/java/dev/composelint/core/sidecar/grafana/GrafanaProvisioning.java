package dev.composelint.core.sidecar.grafana;

import dev.composelint.core.fs.WorkspaceFiles;
import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Source;
import dev.composelint.core.model.Url;
import dev.composelint.core.sidecar.common.ConfigUrl;
import dev.composelint.core.sidecar.common.FieldReader;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YScalar;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code datasources} of Grafana datasource provisioning files. A file or entry Grafana refuses (YAML
 * errors, fields of the wrong shape) is reported and contributes nothing; Grafana's other checks are not repeated
 * here. Never throws.
 */
public final class GrafanaProvisioning {

    /** Grafana's provisioning directory when {@code GF_PATHS_PROVISIONING} is not set. */
    public static final String DEFAULT_PATH = "/etc/grafana/provisioning";

    /** {@code $__env{VAR}}, {@code ${VAR}} and {@code $VAR}, as Grafana expands them in provisioning values. */
    private static final Pattern VARIABLE = Pattern.compile(
            "\\$__env\\{([A-Za-z_][A-Za-z0-9_]*)}|\\$\\{([A-Za-z_][A-Za-z0-9_]*)}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    private GrafanaProvisioning() {
    }

    /** The datasources of one service's provisioning files, and what makes Grafana refuse them. */
    public record Provisioned(List<GrafanaDatasource> datasources, List<Finding> diagnostics) {
        public Provisioned {
            datasources = List.copyOf(datasources);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * The datasources of {@code files} in order; {@code environment} gives variable values (null: unknown). YAML
     * errors and fields of the wrong shape are {@code grafana-config} errors.
     */
    public static Provisioned read(List<Path> files, Function<String, String> environment) {
        return read(files, environment, WorkspaceFiles.unrestricted());
    }

    /** {@link #read(List, Function)} as the run's {@code source} holds the files (editor buffers over the disk). */
    public static Provisioned read(List<Path> files, Function<String, String> environment, WorkspaceFiles source) {
        FieldReader fields = new FieldReader(Diagnostics.GRAFANA_CONFIG, source);
        List<GrafanaDatasource> result = new ArrayList<>();
        for (Path file : files) {
            try {
                YMap top = fields.root(file, "a Grafana provisioning file");
                if (top == null) continue;
                for (YMap datasource : fields.mappings(top, "datasources", "a datasources entry")) {
                    datasource(datasource, environment, fields, result);
                }
            } catch (RuntimeException e) {
                fields.error(Source.file(file), "cannot read the Grafana provisioning file: " + e.getMessage());
            }
        }
        return new Provisioned(result, fields.findings());
    }

    private static void datasource(YMap datasource, Function<String, String> environment, FieldReader fields,
                                   List<GrafanaDatasource> into) {
        String name = fields.string(datasource, "name");
        String type = fields.string(datasource, "type");
        String access = fields.string(datasource, "access");
        YScalar url = fields.stringNode(datasource, "url");
        if (url == null || !url.isString()) return;
        access = access == null || access.isEmpty() ? "proxy" : expand(access, environment);
        String written = url.asText();
        String expanded = expand(written, environment);
        into.add(new GrafanaDatasource(name, type, access, Url.parse(written), url.source(),
                ConfigUrl.parse(expanded, url.source())));
    }

    /** {@code text} with its variables replaced; null when one has no known value or uses another {@code $__}. */
    static String expand(String text, Function<String, String> environment) {
        if (text.contains("$__") && !text.matches("(?s).*\\$__env\\{.*")) return null;
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            String value = environment.apply(name);
            if (value == null) return null;
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        String result = out.toString();
        return result.contains("$__") ? null : result;
    }
}
