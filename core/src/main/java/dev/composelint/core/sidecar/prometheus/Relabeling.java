package dev.composelint.core.sidecar.prometheus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Evaluates target relabeling statically, as Prometheus does before a scrape: the labels a target starts with,
 * then each rule in turn. Rules that depend on more than the labels ({@code hashmod}) make the outcome unknown.
 */
public final class Relabeling {

    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?P<([A-Za-z_][A-Za-z0-9_]*)>");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    /** What relabeling did to a target. */
    public enum Status { KEPT, DROPPED, UNKNOWN }

    /** The outcome: the final labels when kept. */
    public record Outcome(Status status, Map<String, String> labels) {

        public Outcome {
            labels = labels == null ? Map.of() : Map.copyOf(labels);
        }

        /** The final {@code __address__}, or null unless kept. */
        public String address() {
            return status == Status.KEPT ? labels.get("__address__") : null;
        }
    }

    private Relabeling() {
    }

    /** The labels a scrape target starts with: its group's labels, then the job's settings. */
    public static Map<String, String> initialLabels(ScrapeJob job, Target target) {
        Map<String, String> labels = new LinkedHashMap<>(target.labels());
        labels.put("job", job.name() == null ? "" : job.name());
        labels.put("__address__", target.address());
        labels.put("__scheme__", job.scheme());
        labels.put("__metrics_path__", job.metricsPath());
        for (Map.Entry<String, List<String>> param : job.params().entrySet()) {
            if (!param.getValue().isEmpty()) labels.put("__param_" + param.getKey(), param.getValue().get(0));
        }
        return labels;
    }

    /** The labels an Alertmanager target starts with. */
    public static Map<String, String> initialLabels(AlertmanagerSet set, Target target) {
        Map<String, String> labels = new LinkedHashMap<>(target.labels());
        labels.put("__address__", target.address());
        labels.put("__scheme__", set.scheme());
        labels.put("__alerts_path__", set.pathPrefix().replaceAll("/+$", "") + "/api/v2/alerts");
        return labels;
    }

    /** Applies {@code rules} to {@code labels}. */
    public static Outcome apply(Map<String, String> labels, List<RelabelRule> rules) {
        Map<String, String> current = new LinkedHashMap<>(labels);
        for (RelabelRule rule : rules) {
            Pattern regex = compile(rule.regex());
            if (regex == null) return new Outcome(Status.UNKNOWN, null);
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < rule.sourceLabels().size(); i++) {
                if (i > 0) joined.append(rule.separator());
                joined.append(current.getOrDefault(rule.sourceLabels().get(i), ""));
            }
            String value = joined.toString();
            switch (rule.action()) {
                case "replace" -> {
                    Matcher m = regex.matcher(value);
                    if (!m.matches()) break;
                    String target = expand(rule.targetLabel(), m);
                    if (!LABEL_NAME.matcher(target).matches()) break;
                    String result = expand(rule.replacement(), m);
                    if (result.isEmpty()) current.remove(target);
                    else current.put(target, result);
                }
                case "keep" -> {
                    if (!regex.matcher(value).matches()) return new Outcome(Status.DROPPED, null);
                }
                case "drop" -> {
                    if (regex.matcher(value).matches()) return new Outcome(Status.DROPPED, null);
                }
                case "keepequal" -> {
                    if (!value.equals(current.getOrDefault(rule.targetLabel(), ""))) {
                        return new Outcome(Status.DROPPED, null);
                    }
                }
                case "dropequal" -> {
                    if (value.equals(current.getOrDefault(rule.targetLabel(), ""))) {
                        return new Outcome(Status.DROPPED, null);
                    }
                }
                case "lowercase" -> current.put(rule.targetLabel(), value.toLowerCase(Locale.ROOT));
                case "uppercase" -> current.put(rule.targetLabel(), value.toUpperCase(Locale.ROOT));
                case "labelmap" -> {
                    Map<String, String> added = new LinkedHashMap<>();
                    for (Map.Entry<String, String> e : current.entrySet()) {
                        Matcher m = regex.matcher(e.getKey());
                        if (m.matches()) added.put(expand(rule.replacement(), m), e.getValue());
                    }
                    current.putAll(added);
                }
                case "labeldrop" -> current.keySet().removeIf(name -> regex.matcher(name).matches());
                case "labelkeep" -> current.keySet().removeIf(name -> !regex.matcher(name).matches());
                default -> {
                    return new Outcome(Status.UNKNOWN, null);
                }
            }
        }
        String address = current.get("__address__");
        if (address == null || address.isEmpty()) return new Outcome(Status.DROPPED, null);
        return new Outcome(Status.KEPT, current);
    }

    /** A relabel regex anchored at both ends, with {@code .} matching newlines as in Prometheus; null if bad. */
    static Pattern compile(String regex) {
        try {
            return Pattern.compile("^(?s:" + NAMED_GROUP.matcher(regex).replaceAll("(?<$1>") + ")$");
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    /** Go's Regexp.Expand: {@code $1}, {@code ${1}}, {@code $name}, {@code ${name}}, {@code $$}. */
    static String expand(String template, Matcher m) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '$' || i + 1 >= template.length()) {
                out.append(c);
                i++;
                continue;
            }
            char next = template.charAt(i + 1);
            if (next == '$') {
                out.append('$');
                i += 2;
                continue;
            }
            String name;
            int end;
            if (next == '{') {
                int close = template.indexOf('}', i + 2);
                if (close < 0) {
                    out.append(c);
                    i++;
                    continue;
                }
                name = template.substring(i + 2, close);
                end = close + 1;
            } else {
                end = i + 1;
                while (end < template.length() && (Character.isLetterOrDigit(template.charAt(end))
                        || template.charAt(end) == '_')) {
                    end++;
                }
                name = template.substring(i + 1, end);
            }
            if (name.isEmpty() || !name.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_')) {
                out.append(c);
                i++;
                continue;
            }
            out.append(group(m, name));
            i = end;
        }
        return out.toString();
    }

    private static String group(Matcher m, String name) {
        try {
            String value;
            if (name.chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(name);
                value = index <= m.groupCount() ? m.group(index) : null;
            } else {
                value = m.group(name);
            }
            return value == null ? "" : value;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
