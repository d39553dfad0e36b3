package dev.composelint.core.schema;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.redact.Redaction;
import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns schema errors into findings: plain messages, exact positions, one finding per offending node. */
final class Violations {

    private static final String NAME_PATTERN = "^[a-zA-Z0-9._-]+$";

    private final YMap document;

    Violations(YMap document) {
        this.document = document;
    }

    List<Finding> findings(List<SchemaError> errors) {
        Map<String, Finding> byNode = new LinkedHashMap<>();
        Map<String, Set<String>> missingByNode = new LinkedHashMap<>();
        Map<String, Location> missingWhere = new LinkedHashMap<>();
        for (SchemaError error : errors) {
            Location at = locate(error.instancePath());
            String keyword = error.keyword();
            SchemaRule owner = error.owner();
            switch (keyword) {
                case "additionalProperties" -> {
                    String key = error.property();
                    byNode.putIfAbsent(at.pointer + "/" + key, unknownKey(at, key, owner));
                }
                case "required" -> {
                    missingByNode.computeIfAbsent(at.pointer, p -> new LinkedHashSet<>()).add(error.property());
                    missingWhere.putIfAbsent(at.pointer, at);
                }
                case "uniqueItems" -> duplicates(at).forEach(f -> byNode.putIfAbsent(keyOf(f), f));
                default -> byNode.putIfAbsent(at.pointer + "#" + keyword,
                        finding(message(keyword, at, owner), at.valueSource()));
            }
        }
        missingByNode.forEach((pointer, names) -> {
            Location at = missingWhere.get(pointer);
            byNode.put(pointer + "#required", finding(missing(at, names), at.keySource()));
        });
        List<Finding> findings = new ArrayList<>(byNode.values());
        findings.sort(null);
        return findings;
    }

    private static String keyOf(Finding finding) {
        return finding.source() + "#" + finding.message();
    }

    private static Finding finding(String message, Source source) {
        return new Finding(Diagnostics.SCHEMA, Severity.ERROR, message, source);
    }

    // ---- messages

    private Finding unknownKey(Location at, String key, SchemaRule owner) {
        YEntry entry = at.node instanceof YMap map ? map.entry(key) : null;
        Source source = entry != null ? entry.keySource() : at.keySource();
        String where = at.isRoot() ? "the top level" : at.path;
        if (owner.properties.isEmpty()) {
            return finding(where + " has an invalid key \"" + key + "\": " + keyRule(owner), source);
        }
        String message = where + " has an unknown property \"" + key + "\"";
        String suggestion = Suggestions.closest(key, owner.properties.keySet());
        if (suggestion != null) {
            message += "; did you mean \"" + suggestion + "\"?";
        } else if (at.isRoot() && looksLikeService(entry)) {
            message += "; services must be declared under \"services:\" (the version 1 format has no such section)";
        }
        return finding(message, source);
    }

    private static boolean looksLikeService(YEntry entry) {
        return entry != null && entry.value() instanceof YMap map && (map.has("image") || map.has("build"));
    }

    private static String keyRule(SchemaRule owner) {
        List<String> patterns = owner.patternProperties.stream().map(SchemaRule.PatternRule::regex).toList();
        if (patterns.isEmpty()) return "no keys are allowed here";
        if (patterns.contains(NAME_PATTERN)) return "names may contain only letters, digits, \".\", \"_\" and \"-\"";
        if (patterns.contains(".+") || patterns.contains("^.+$")) return "keys must not be empty";
        return "keys must match " + String.join(" or ", patterns);
    }

    private String missing(Location at, Set<String> names) {
        List<String> quoted = names.stream().map(n -> "\"" + n + "\"").toList();
        String what = quoted.size() == 1 ? "the required property " + quoted.get(0)
                : "the required properties " + joinWith(quoted, "and");
        return (at.isRoot() ? "the file" : at.path) + " is missing " + what;
    }

    private String message(String keyword, Location at, SchemaRule owner) {
        boolean secret = Redaction.isSensitivePath(at.path);
        String found = " (found " + (secret ? kind(at.node) : found(at.node)) + ")";
        return switch (keyword) {
            case "type" -> at.path + " must be " + expectedTypes(owner.typeNames) + " (found " + kind(at.node) + ")";
            case "enum" -> at.path + " must be one of " + String.join(", ", owner.enumValues) + found;
            case "pattern" -> at.path + patternRule(owner.location, owner.patternText) + found;
            case "minimum" -> at.path + " must be at least " + owner.minimumText + found;
            case "maximum" -> at.path + " must be at most " + owner.maximumText + found;
            default -> at.path + " is invalid";
        };
    }

    private static String patternRule(String schemaPath, String pattern) {
        if (schemaPath.contains("duration")) {
            return " must be a duration such as 10s, 1m30s or 2h";
        }
        if (schemaPath.contains("container_name")) {
            return " must start with a letter or digit and contain only letters, digits, \"_\", \".\" and \"-\"";
        }
        if (schemaPath.contains("pull_policy")) {
            return " must be always, never, missing, build, refresh, daily, weekly or every_<duration>";
        }
        return " must match the pattern " + pattern;
    }

    private static String expectedTypes(List<String> jsonTypes) {
        return joinWith(jsonTypes.stream().map(Violations::typeName).toList(), "or");
    }

    private static String typeName(String jsonType) {
        return switch (jsonType) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "string" -> "a string";
            case "boolean" -> "a boolean";
            case "integer" -> "an integer";
            case "number" -> "a number";
            default -> jsonType;
        };
    }

    private static String joinWith(List<String> items, String conjunction) {
        if (items.size() <= 1) return String.join("", items);
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
                + items.get(items.size() - 1);
    }

    private static String kind(YNode node) {
        return node instanceof YSeq ? "list" : node.kindName();
    }

    private static String found(YNode node) {
        if (!(node instanceof YScalar scalar) || scalar.isNull()) return kind(node);
        String text = scalar.asText();
        return text.isEmpty() ? "an empty string" : text;
    }

    /** One finding per repeated entry of a list that must not repeat, at the repetition. */
    private List<Finding> duplicates(Location at) {
        List<Finding> result = new ArrayList<>();
        if (!(at.node instanceof YSeq seq)) return result;
        for (int index : JsonEquality.repetitions(seq.items())) {
            YNode item = seq.get(index);
            String what = item instanceof YScalar scalar && !Redaction.isSensitivePath(at.path)
                    ? "\"" + scalar.asText() + "\"" : "the same " + kind(item);
            result.add(finding(at.path + " lists " + what + " more than once", item.source()));
        }
        return result;
    }

    // ---- where things are

    private Location locate(List<Object> path) {
        YNode node = document;
        YEntry lastEntry = null;
        StringBuilder pointer = new StringBuilder();
        StringBuilder dotted = new StringBuilder();
        for (Object element : path) {
            if (element instanceof Integer index && node instanceof YSeq seq && index < seq.size()) {
                node = seq.get(index);
                lastEntry = null;
                dotted.append('[').append(index).append(']');
            } else if (node instanceof YMap map && map.entry(element.toString()) != null) {
                lastEntry = map.entry(element.toString());
                node = lastEntry.value();
                if (!dotted.isEmpty()) dotted.append('.');
                dotted.append(element);
            } else {
                break;
            }
            pointer.append('/').append(element.toString().replace("~", "~0").replace("/", "~1"));
        }
        return new Location(node, lastEntry, pointer.toString(), dotted.toString());
    }

    private record Location(YNode node, YEntry entry, String pointer, String path) {

        boolean isRoot() {
            return pointer.isEmpty();
        }

        /** For a problem with the node as a whole: its key when it is a collection under a key, else the node. */
        Source keySource() {
            if (entry != null && (node instanceof YMap || node instanceof YSeq)) return entry.keySource();
            return node.source();
        }

        /** For a problem with the value: a scalar's own position, a collection's key. */
        Source valueSource() {
            return node instanceof YScalar ? node.source() : keySource();
        }
    }
}
