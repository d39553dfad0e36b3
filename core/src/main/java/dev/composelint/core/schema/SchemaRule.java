package dev.composelint.core.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One object of the Compose schema with the keywords our schema uses, its {@code $ref}s already resolved.
 * {@link SchemaTable} builds every rule once (the table is generated from {@code compose.schema.json}); a rule is
 * never changed after the table's static initialiser has linked it.
 */
final class SchemaRule {

    static final int NULL = 1;
    static final int BOOLEAN = 1 << 1;
    static final int INTEGER = 1 << 2;
    static final int NUMBER = 1 << 3;
    static final int STRING = 1 << 4;
    static final int ARRAY = 1 << 5;
    static final int OBJECT = 1 << 6;

    /** The rule's absolute place in the schema, as a JSON pointer fragment ("#/$defs/service"). */
    final String location;
    /** The JSON types of "type" in schema order; empty when the rule has no "type". */
    List<String> typeNames = List.of();
    int types;
    final Map<String, SchemaRule> properties = new LinkedHashMap<>();
    /** "patternProperties" in schema order: the regular expression as written and the rule for matching keys. */
    final List<PatternRule> patternProperties = new ArrayList<>();
    /** "additionalProperties": null when absent, else whether keys matched by nothing else are allowed. */
    Boolean additionalProperties;
    SchemaRule items;
    List<String> required = List.of();
    /** "enum", as the schema writes its (string) values; null when absent. */
    Set<String> enumValues;
    String minimumText;
    BigDecimal minimum;
    String maximumText;
    BigDecimal maximum;
    Pattern pattern;
    String patternText;
    boolean uniqueItems;
    SchemaRule ifRule;
    SchemaRule thenRule;

    /** Regular expressions compiled once each: many rules share the name pattern. Filled by the table's initialiser. */
    private static final Map<String, Pattern> COMPILED = new HashMap<>();

    SchemaRule(String location) {
        this.location = location;
    }

    /** A "patternProperties" entry: the regular expression as the schema writes it, and compiled. */
    record PatternRule(String regex, Pattern pattern, SchemaRule rule) {
    }

    // ---- builder steps, used only by the generated table

    SchemaRule type(String... names) {
        typeNames = List.of(names);
        for (String name : names) {
            types |= switch (name) {
                case "null" -> NULL;
                case "boolean" -> BOOLEAN;
                case "integer" -> INTEGER;
                case "number" -> NUMBER;
                case "string" -> STRING;
                case "array" -> ARRAY;
                case "object" -> OBJECT;
                default -> throw new IllegalArgumentException("unknown JSON type " + name);
            };
        }
        return this;
    }

    SchemaRule property(String name, SchemaRule rule) {
        properties.put(name, rule);
        return this;
    }

    /** A pattern property; {@code javaRegex} is the ECMAScript {@code regex} in Java's syntax. */
    SchemaRule patternProperty(String regex, String javaRegex, SchemaRule rule) {
        patternProperties.add(new PatternRule(regex, compiled(javaRegex), rule));
        return this;
    }

    SchemaRule additionalProperties(boolean allowed) {
        additionalProperties = allowed;
        return this;
    }

    SchemaRule items(SchemaRule rule) {
        items = rule;
        return this;
    }

    SchemaRule required(String... names) {
        required = List.of(names);
        return this;
    }

    SchemaRule enumValues(String... values) {
        enumValues = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(values)));
        return this;
    }

    SchemaRule minimum(String text) {
        minimumText = text;
        minimum = new BigDecimal(text);
        return this;
    }

    SchemaRule maximum(String text) {
        maximumText = text;
        maximum = new BigDecimal(text);
        return this;
    }

    /** The "pattern" keyword; {@code javaRegex} is the ECMAScript {@code regex} in Java's syntax. */
    SchemaRule pattern(String regex, String javaRegex) {
        patternText = regex;
        pattern = compiled(javaRegex);
        return this;
    }

    SchemaRule uniqueItems() {
        uniqueItems = true;
        return this;
    }

    private static Pattern compiled(String regex) {
        return COMPILED.computeIfAbsent(regex, Pattern::compile);
    }

    SchemaRule ifThen(SchemaRule condition, SchemaRule consequence) {
        ifRule = condition;
        thenRule = consequence;
        return this;
    }
}
