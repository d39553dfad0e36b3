package dev.composelint.core.sidecar.common;

import dev.composelint.core.fs.WorkspaceFiles;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;
import dev.composelint.core.yaml.YamlParse;
import dev.composelint.core.yaml.YamlReader;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed readers for the YAML configs of monitoring tools (Prometheus, Alertmanager, Grafana provisioning, Loki,
 * Promtail), which all unmarshal with Go's YAML library: a field of the wrong shape makes the tool refuse the file,
 * so it is reported at its position under the tool's reserved id instead of being dropped. An absent or null field
 * reads as absent. Collects its findings; never throws.
 */
public final class FieldReader {

    private static final Pattern DURATION = Pattern.compile(
            "(?:(\\d+)y)?(?:(\\d+)w)?(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?(?:(\\d+)ms)?");

    private static final Set<String> TRUE_WORDS = Set.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE",
            "on", "On", "ON");
    private static final Set<String> FALSE_WORDS = Set.of("n", "N", "no", "No", "NO", "false", "False", "FALSE",
            "off", "Off", "OFF");

    private final String ruleId;
    private final WorkspaceFiles files;
    private final YamlReader reader = new YamlReader();
    private final List<Finding> findings = new ArrayList<>();

    /** A reader whose findings are errors under {@code ruleId}, reading files through the run's {@code files}. */
    public FieldReader(String ruleId, WorkspaceFiles files) {
        this.ruleId = ruleId;
        this.files = files;
    }

    /** The first document of a YAML file, or null; the YAML reader's problems are reported under this id. */
    public YNode read(Path file) {
        YamlParse parse = reader.read(file, files);
        for (Finding f : parse.diagnostics()) error(f.source(), f.message());
        return parse.documents().isEmpty() ? null : parse.documents().get(0);
    }

    /** The root of a file as a mapping; an empty file is null, another kind of root is reported as {@code what}. */
    public YMap root(Path file, String what) {
        YNode root = read(file);
        if (root == null || isNull(root)) return null;
        if (root instanceof YMap map) return map;
        error(root.source(), what + " must be a mapping, not a " + root.kindName());
        return null;
    }

    public void error(Source source, String message) {
        findings.add(new Finding(ruleId, Severity.ERROR, message, source));
    }

    /** The findings so far, each once, in position order. */
    public List<Finding> findings() {
        List<Finding> list = new ArrayList<>(new LinkedHashSet<>(findings));
        list.sort(null);
        return list;
    }

    // ---- shapes

    public YMap mapping(YMap owner, String key) {
        YNode node = owner.get(key);
        if (node == null || isNull(node)) return null;
        if (node instanceof YMap m) return m;
        error(node.source(), key + " must be a mapping, not a " + node.kindName());
        return null;
    }

    public List<YNode> list(YMap owner, String key) {
        YNode node = owner.get(key);
        if (node == null || isNull(node)) return List.of();
        if (node instanceof YSeq s) return s.items();
        error(node.source(), key + " must be a list, not a " + node.kindName());
        return List.of();
    }

    /** The items of a list that are mappings; another item is reported as an {@code item} that must be a mapping. */
    public List<YMap> mappings(YMap owner, String key, String item) {
        List<YMap> result = new ArrayList<>();
        for (YNode node : list(owner, key)) {
            if (node instanceof YMap m) result.add(m);
            else if (!isNull(node)) error(node.source(), item + " must be a mapping, not a " + node.kindName());
        }
        return result;
    }

    /** A scalar's text, or null when absent, null or reported as not a scalar. */
    public String string(YMap owner, String key) {
        YScalar scalar = stringNode(owner, key);
        return scalar == null ? null : scalar.asText();
    }

    /** The scalar node of a string field, or null when absent, null or reported as not a scalar. */
    public YScalar stringNode(YMap owner, String key) {
        YNode node = owner.get(key);
        if (node == null || isNull(node)) return null;
        if (node instanceof YScalar s) return s;
        error(node.source(), key + " must be a string, not a " + node.kindName());
        return null;
    }

    /** The text items of a string list; an item that is not a scalar is reported as a {@code item}. */
    public List<YScalar> strings(YMap owner, String key, String item) {
        List<YScalar> result = new ArrayList<>();
        for (YNode node : list(owner, key)) {
            if (node instanceof YScalar s) {
                if (!s.isNull()) result.add(s);
            } else {
                error(node.source(), "a " + item + " must be a string, not a " + node.kindName());
            }
        }
        return result;
    }

    /** A string-to-string mapping (labels, headers); a value that is not a scalar is reported. */
    public Map<String, String> stringMap(YMap owner, String key) {
        Map<String, String> result = new LinkedHashMap<>();
        YMap map = mapping(owner, key);
        if (map == null) return result;
        map.entries().forEach(e -> {
            if (e.value() instanceof YScalar s) {
                result.put(e.key(), s.isNull() ? "" : s.asText());
            } else {
                error(e.value().source(), "the value of " + e.key() + " in " + key + " must be a string, not a "
                        + e.value().kindName());
                result.put(e.key(), "");
            }
        });
        return result;
    }

    /** A non-negative integer, or null when absent, null or reported as malformed. */
    public Long unsigned(YMap owner, String key) {
        YNode node = owner.get(key);
        if (node == null || isNull(node)) return null;
        if (node instanceof YScalar s && s.value() instanceof Long l && l >= 0) return l;
        error(node.source(), key + " must be a non-negative integer, not " + describe(node));
        return null;
    }

    /** A boolean (YAML 1.1 words too, as Go's YAML v2 reads them), or null when absent, null or malformed. */
    public Boolean bool(YMap owner, String key) {
        YNode node = owner.get(key);
        if (node == null || isNull(node)) return null;
        if (node instanceof YScalar s && s.value() instanceof Boolean b) return b;
        if (node instanceof YScalar s) {
            String text = s.asText();
            if (TRUE_WORDS.contains(text)) return true;
            if (FALSE_WORDS.contains(text)) return false;
        }
        error(node.source(), key + " must be true or false, not " + describe(node));
        return null;
    }

    /** A Prometheus duration ({@code 1h30m}), or null when absent, null or reported as malformed. */
    public Duration duration(YMap owner, String key) {
        YNode node = owner.get(key);
        if (node == null || isNull(node)) return null;
        String text = node instanceof YScalar s ? s.asText() : "";
        Duration parsed = parseDuration(text);
        if (parsed == null) {
            error(node.source(), "not a valid duration string: \"" + text + "\"; write it like 15s, 1m or 1h30m");
        }
        return parsed;
    }

    // ---- helpers

    public static boolean isNull(YNode node) {
        return node instanceof YScalar s && s.isNull();
    }

    /** True when the field is set to something other than null or the empty string. */
    public static boolean present(YMap owner, String key) {
        YNode node = owner.get(key);
        if (node == null || isNull(node)) return false;
        return !(node instanceof YScalar s) || !s.asText().isEmpty();
    }

    /** A Prometheus duration ({@code 1h30m}, {@code 15s}, {@code 0}), or null when malformed. */
    public static Duration parseDuration(String text) {
        if (text == null || text.isEmpty()) return null;
        if (text.equals("0")) return Duration.ZERO;
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) return null;
        long[] unitsMillis = {365L * 86_400_000, 7L * 86_400_000, 86_400_000, 3_600_000, 60_000, 1000, 1};
        long total = 0;
        try {
            for (int i = 0; i < unitsMillis.length; i++) {
                String group = m.group(i + 1);
                if (group != null) {
                    total = Math.addExact(total, Math.multiplyExact(Long.parseLong(group), unitsMillis[i]));
                }
            }
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
        return Duration.ofMillis(total);
    }

    private static String describe(YNode node) {
        return node instanceof YScalar s ? "\"" + s.asText() + "\"" : "a " + node.kindName();
    }
}
