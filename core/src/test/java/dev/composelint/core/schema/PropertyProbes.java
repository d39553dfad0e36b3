package dev.composelint.core.schema;

import dev.composelint.core.Source;
import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TEST SUPPORT: one small document per (property of a schema, kind of value): every property reachable from the
 * top level, set to a string, numbers, a boolean, null, a list, a mapping, a few telling strings and each value its
 * enum allows. Comparing the
 * verdicts with the specification's schema checks that every property accepts the same types and values.
 */
final class PropertyProbes {

    private static final Source AT = Source.of(Path.of("probe.yaml"), 1, 1);
    private static final List<YNode> VALUES = List.of(
            YScalar.string("text", AT), YScalar.string("", AT), YScalar.string("10s", AT),
            YScalar.string("-name", AT), YScalar.string("all", AT), YScalar.string("service_healthy", AT),
            YScalar.of(80L, AT), YScalar.of(-5L, AT), YScalar.of(1.5, AT), YScalar.of(true, AT), YScalar.of(null, AT),
            new YSeq(List.of(YScalar.string("a", AT)), AT),
            new YSeq(List.of(YScalar.string("a", AT), YScalar.string("a", AT)), AT),
            new YSeq(List.of(map("k", YScalar.string("v", AT))), AT),
            map("k", YScalar.string("v", AT)),
            map("x-k", YScalar.string("v", AT)),
            new YMap(List.of(), AT));

    private final JsonNode root;
    private final List<YNode> values;
    private final Map<List<Object>, Set<String>> enumValues = new HashMap<>();

    PropertyProbes(JsonNode schemaRoot) {
        this(schemaRoot, VALUES);
    }

    PropertyProbes(JsonNode schemaRoot, List<YNode> values) {
        this.root = schemaRoot;
        this.values = values;
    }

    List<YMap> documents() {
        Set<List<Object>> paths = new LinkedHashSet<>();
        walk(root, new ArrayList<>(), paths, new HashSet<>());
        List<YMap> documents = new ArrayList<>();
        for (List<Object> path : paths) {
            for (YNode value : values) {
                documents.add((YMap) build(path, 0, value));
            }
            for (String allowed : enumValues.getOrDefault(path, Set.of())) {
                documents.add((YMap) build(path, 0, YScalar.string(allowed, AT)));
            }
        }
        return documents;
    }

    private void walk(JsonNode schema, List<Object> path, Set<List<Object>> out, Set<String> refsOnPath) {
        JsonNode ref = schema.get("$ref");
        if (ref != null) {
            String name = ref.asString();
            if (!refsOnPath.add(name)) return;
            walk(root.at(name.substring(1)), path, out, refsOnPath);
            refsOnPath.remove(name);
            return;
        }
        JsonNode allowed = schema.get("enum");
        if (allowed != null) {
            allowed.forEach(v -> enumValues.computeIfAbsent(List.copyOf(path), p -> new LinkedHashSet<>()).add(v.asString()));
        }
        JsonNode properties = schema.get("properties");
        if (properties != null) {
            for (String name : properties.propertyNames()) {
                step(properties.get(name), path, name, out, refsOnPath);
            }
        }
        JsonNode patterns = schema.get("patternProperties");
        if (patterns != null) {
            for (String pattern : patterns.propertyNames()) {
                String sample = sampleKey(pattern);
                if (sample != null) step(patterns.get(pattern), path, sample, out, refsOnPath);
            }
        }
        for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
            JsonNode branches = schema.get(combinator);
            if (branches != null) branches.forEach(branch -> walk(branch, path, out, refsOnPath));
        }
        JsonNode items = schema.get("items");
        if (items != null && items.isObject()) {
            step(items, path, 0, out, refsOnPath);
        }
    }

    private void step(JsonNode schema, List<Object> path, Object segment, Set<List<Object>> out, Set<String> refs) {
        path.add(segment);
        out.add(List.copyOf(path));
        walk(schema, path, out, refs);
        path.remove(path.size() - 1);
    }

    private static String sampleKey(String pattern) {
        return switch (pattern) {
            case "^x-" -> null;
            case "^[a-z]+$" -> "nofile";
            default -> "n1";
        };
    }

    private static YNode build(List<Object> path, int depth, YNode leaf) {
        if (depth == path.size()) return leaf;
        Object segment = path.get(depth);
        YNode child = build(path, depth + 1, leaf);
        if (segment instanceof Integer) return new YSeq(List.of(child), AT);
        return map((String) segment, child);
    }

    private static YMap map(String key, YNode value) {
        return new YMap(List.of(new YEntry(key, AT, value)), AT);
    }
}
