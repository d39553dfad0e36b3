package dev.composelint.core.sidecar.grafana;

import dev.composelint.core.model.Url;
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
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code datasources} of Grafana datasource provisioning files. Unreadable or malformed files and
 * entries contribute nothing (Grafana's own checks are not repeated here). Never throws.
 */
public final class GrafanaProvisioning {

    /** Grafana's provisioning directory when {@code GF_PATHS_PROVISIONING} is not set. */
    public static final String DEFAULT_PATH = "/etc/grafana/provisioning";

    /** {@code $__env{VAR}}, {@code ${VAR}} and {@code $VAR}, as Grafana expands them in provisioning values. */
    private static final Pattern VARIABLE = Pattern.compile(
            "\\$__env\\{([A-Za-z_][A-Za-z0-9_]*)}|\\$\\{([A-Za-z_][A-Za-z0-9_]*)}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    private GrafanaProvisioning() {
    }

    /** The datasources of {@code files} in order; {@code environment} gives variable values (null: unknown). */
    public static List<GrafanaDatasource> read(List<Path> files, Function<String, String> environment) {
        YamlReader reader = new YamlReader();
        List<GrafanaDatasource> result = new ArrayList<>();
        for (Path file : files) {
            YamlParse parse = reader.read(file);
            if (parse.documents().isEmpty() || !(parse.documents().get(0) instanceof YMap top)) continue;
            YSeq list = top.seq("datasources");
            if (list == null) continue;
            for (YNode item : list.items()) {
                if (item instanceof YMap datasource) datasource(datasource, environment, result);
            }
        }
        return List.copyOf(result);
    }

    private static void datasource(YMap datasource, Function<String, String> environment,
                                   List<GrafanaDatasource> into) {
        YScalar url = datasource.scalar("url");
        if (url == null || url.isNull() || !url.isString()) return;
        String access = datasource.text("access");
        access = access == null || access.isEmpty() ? "proxy" : expand(access, environment);
        String written = url.asText();
        String expanded = expand(written, environment);
        into.add(new GrafanaDatasource(datasource.text("name"), datasource.text("type"), access, Url.parse(written),
                url.source(), ConfigUrl.parse(expanded, url.source())));
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
