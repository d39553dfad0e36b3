package dev.composelint.core.schema;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TEST SUPPORT: writes the Java source of {@link SchemaTable} from {@code compose.schema.json}. One rule per schema
 * object (a bare {@code $ref} is the rule it names), numbered in the order a depth-first walk from the root meets
 * them. A keyword the walker does not implement stops the generation, so the schema cannot outgrow the validator.
 */
final class SchemaTableGenerator {

    /** Keywords that only annotate: no validator reads them. */
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$comment", "title", "description",
            "deprecated", "$defs");

    private final JsonNode root;
    private final Map<JsonNode, Integer> numbers = new IdentityHashMap<>();
    private final Map<JsonNode, String> locations = new IdentityHashMap<>();
    private final List<JsonNode> rules = new ArrayList<>();

    SchemaTableGenerator(String schemaJson) {
        this.root = new ObjectMapper().readTree(schemaJson);
    }

    String source() {
        number(root, "#");
        JsonNode defs = root.get("$defs");
        if (defs != null) defs.propertyNames().forEach(name -> number(defs.get(name), "#/$defs/" + name));
        StringBuilder out = new StringBuilder();
        out.append("""
                package dev.composelint.core.schema;

                /**
                 * GENERATED from compose.schema.json by SchemaTableGenerator (test sources); do not edit. SchemaTableTest fails
                 * when this file is stale; regenerate with {@code mvn -B test -pl core -Dtest=SchemaTableTest
                 * -Dcomposelint.updateSchemaTable=true}.
                 */
                final class SchemaTable {

                    /** The rule of a whole Compose file. */
                    static final SchemaRule ROOT;

                    private SchemaTable() {
                    }

                    static {
                """);
        out.append("        SchemaRule[] r = new SchemaRule[").append(rules.size()).append("];\n");
        for (int i = 0; i < rules.size(); i++) {
            out.append("        r[").append(i).append("] = new SchemaRule(")
                    .append(literal(locations.get(rules.get(i)))).append(");\n");
        }
        for (int i = 0; i < rules.size(); i++) {
            String steps = steps(rules.get(i));
            if (!steps.isEmpty()) out.append("        r[").append(i).append("]").append(steps).append(";\n");
        }
        out.append("        ROOT = r[0];\n    }\n}\n");
        return out.toString();
    }

    /** Numbers {@code schema} and every schema object under it, depth first. */
    private void number(JsonNode schema, String location) {
        if (!schema.isObject()) throw new IllegalStateException(location + ": a schema must be an object here");
        if (schema.has("$ref")) return;
        if (numbers.containsKey(schema)) return;
        numbers.put(schema, rules.size());
        locations.put(schema, location);
        rules.add(schema);
        for (String keyword : schema.propertyNames()) {
            JsonNode value = schema.get(keyword);
            switch (keyword) {
                case "properties", "patternProperties" -> value.propertyNames()
                        .forEach(name -> number(value.get(name), location + "/" + keyword + "/" + name));
                case "items", "if", "then" -> number(value, location + "/" + keyword);
                default -> {
                }
            }
        }
    }

    /** The builder calls that give the rule of {@code schema} its keywords. */
    private String steps(JsonNode schema) {
        StringBuilder steps = new StringBuilder();
        String location = locations.get(schema);
        for (String keyword : schema.propertyNames()) {
            JsonNode value = schema.get(keyword);
            switch (keyword) {
                case "type" -> steps.append(".type(").append(strings(value.isArray() ? value : List.of(value)))
                        .append(")");
                case "properties" -> value.propertyNames().forEach(name -> steps.append("\n                .property(")
                        .append(literal(name)).append(", ").append(ref(value.get(name))).append(")"));
                case "patternProperties" -> value.propertyNames().forEach(name -> steps
                        .append("\n                .patternProperty(").append(literal(name)).append(", ")
                        .append(literal(javaRegex(name))).append(", ").append(ref(value.get(name))).append(")"));
                case "additionalProperties" -> {
                    if (!value.isBoolean()) throw unsupported(location, "a schema as additionalProperties");
                    steps.append(".additionalProperties(").append(value.booleanValue()).append(")");
                }
                case "items" -> steps.append(".items(").append(ref(value)).append(")");
                case "required" -> steps.append(".required(").append(strings(value)).append(")");
                case "enum" -> {
                    value.forEach(v -> {
                        if (!v.isString()) throw unsupported(location, "an enum value that is not a string");
                    });
                    steps.append(".enumValues(").append(strings(value)).append(")");
                }
                case "minimum", "maximum" -> {
                    if (!value.isIntegralNumber()) throw unsupported(location, "a " + keyword + " that is not an integer");
                    steps.append(".").append(keyword).append("(").append(literal(value.asString())).append(")");
                }
                case "pattern" -> steps.append(".pattern(").append(literal(value.asString())).append(", ")
                        .append(literal(javaRegex(value.asString()))).append(")");
                case "uniqueItems" -> {
                    if (value.booleanValue()) steps.append(".uniqueItems()");
                }
                case "if" -> {
                    if (!schema.has("then") || schema.has("else")) throw unsupported(location, "if without then, or else");
                    steps.append(".ifThen(").append(ref(value)).append(", ").append(ref(schema.get("then"))).append(")");
                }
                case "then" -> {
                    // written with "if"
                }
                default -> {
                    if (!ANNOTATIONS.contains(keyword)) throw unsupported(location, "the keyword " + keyword);
                }
            }
        }
        return steps.toString();
    }

    private String ref(JsonNode schema) {
        JsonNode target = schema;
        while (target.has("$ref")) {
            if (target.size() > (target.has("$comment") ? 2 : 1)) {
                throw new IllegalStateException("a $ref with other keywords beside it is not supported");
            }
            String pointer = target.get("$ref").asString();
            if (!pointer.startsWith("#/")) throw new IllegalStateException("only local $refs are supported: " + pointer);
            target = root.at(pointer.substring(1));
            if (target.isMissingNode()) throw new IllegalStateException("unresolved $ref " + pointer);
        }
        Integer number = numbers.get(target);
        if (number == null) throw new IllegalStateException("a schema object the walk did not number");
        return "r[" + number + "]";
    }

    /**
     * An ECMAScript regular expression of the schema in Java's syntax, as JSON Schema validators on the JDK read it:
     * {@code $} ends the input (Java's would also match before a final line break), so it becomes {@code \z}.
     * Character properties, whose names differ between the two, are refused.
     */
    static String javaRegex(String ecma) {
        if (ecma.contains("\\p{") || ecma.contains("\\P{") || ecma.contains("\\Q")) {
            throw new IllegalStateException("regular expression not supported by the generator: " + ecma);
        }
        StringBuilder java = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < ecma.length(); i++) {
            char c = ecma.charAt(i);
            if (c == '\\' && i + 1 < ecma.length()) {
                java.append(c).append(ecma.charAt(++i));
                continue;
            }
            if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            java.append(c == '$' && !inClass ? "\\z" : String.valueOf(c));
        }
        return java.toString();
    }

    private static IllegalStateException unsupported(String location, String what) {
        return new IllegalStateException(location + ": the schema walker does not support " + what);
    }

    private static String strings(Iterable<?> values) {
        List<String> literals = new ArrayList<>();
        for (Object value : values) {
            literals.add(literal(value instanceof JsonNode node ? node.asString() : value.toString()));
        }
        return String.join(", ", literals);
    }

    /** A Java string literal; non-ASCII characters as unicode escapes so the source stays ASCII. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20 || c > 0x7e) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }

    /** The rules of the table by location, as the oracle's schema locations name them. */
    static Map<String, SchemaRule> byLocation(SchemaRule root) {
        Map<String, SchemaRule> found = new LinkedHashMap<>();
        collect(root, found);
        return found;
    }

    private static void collect(SchemaRule rule, Map<String, SchemaRule> found) {
        if (rule == null || found.putIfAbsent(rule.location, rule) != null) return;
        rule.properties.values().forEach(child -> collect(child, found));
        rule.patternProperties.forEach(p -> collect(p.rule(), found));
        collect(rule.items, found);
        collect(rule.ifRule, found);
        collect(rule.thenRule, found);
    }
}
