package dev.composelint.core.schema;

import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Validates a YAML tree directly against the {@link SchemaTable}, with the JSON Schema 2020-12 meaning of each
 * keyword our schema uses (as networknt's validator, the oracle of the tests, applies them). A scalar's JSON type
 * is that of its decoded value: null, boolean, string, integer (Long, BigInteger) or number (Double).
 */
final class SchemaWalker {

    private final List<SchemaError> errors = new ArrayList<>();

    private SchemaWalker() {
    }

    /** Every failed keyword of {@code document} against the Compose schema, in the order the walk meets them. */
    static List<SchemaError> errors(YNode document) {
        SchemaWalker walker = new SchemaWalker();
        walker.validate(SchemaTable.ROOT, document, null);
        return walker.errors;
    }

    private static boolean isValid(SchemaRule rule, YNode node) {
        SchemaWalker walker = new SchemaWalker();
        walker.validate(rule, node, null);
        return walker.errors.isEmpty();
    }

    private void validate(SchemaRule rule, YNode node, Step at) {
        if (rule.types != 0 && !hasType(rule.types, node)) fail("type", at, null, rule);
        if (rule.enumValues != null
                && !(node instanceof YScalar scalar && scalar.value() instanceof String s && rule.enumValues.contains(s))) {
            fail("enum", at, null, rule);
        }
        if (node instanceof YMap map) {
            object(rule, map, at);
        } else if (node instanceof YSeq seq) {
            array(rule, seq, at);
        } else {
            scalar(rule, ((YScalar) node).value(), at);
        }
        if (rule.ifRule != null && isValid(rule.ifRule, node)) validate(rule.thenRule, node, at);
    }

    private void object(SchemaRule rule, YMap map, Step at) {
        for (String name : rule.required) {
            if (!map.has(name)) fail("required", at, name, rule);
        }
        if (rule.properties.isEmpty() && rule.patternProperties.isEmpty() && rule.additionalProperties == null) return;
        boolean closed = Boolean.FALSE.equals(rule.additionalProperties);
        for (YEntry entry : map.entries()) {
            String key = entry.key();
            YNode value = entry.value();
            SchemaRule property = rule.properties.get(key);
            boolean matched = property != null;
            if (property != null) validate(property, value, new Step(at, key));
            for (SchemaRule.PatternRule pattern : rule.patternProperties) {
                if (pattern.pattern().matcher(key).find()) {
                    matched = true;
                    validate(pattern.rule(), value, new Step(at, key));
                }
            }
            if (!matched && closed) fail("additionalProperties", at, key, rule);
        }
    }

    private void array(SchemaRule rule, YSeq seq, Step at) {
        if (rule.items != null) {
            List<YNode> items = seq.items();
            for (int i = 0; i < items.size(); i++) {
                validate(rule.items, items.get(i), new Step(at, i));
            }
        }
        if (rule.uniqueItems && JsonEquality.hasRepetition(seq.items())) fail("uniqueItems", at, null, rule);
    }

    private void scalar(SchemaRule rule, Object value, Step at) {
        if (rule.pattern != null && value instanceof String s && !rule.pattern.matcher(s).find()) {
            fail("pattern", at, null, rule);
        }
        if ((rule.minimum != null || rule.maximum != null) && isFiniteNumber(value)) {
            BigDecimal number = comparable(value, (rule.types & SchemaRule.INTEGER) != 0);
            if (rule.minimum != null && number.compareTo(rule.minimum) < 0) fail("minimum", at, null, rule);
            if (rule.maximum != null && number.compareTo(rule.maximum) > 0) fail("maximum", at, null, rule);
        }
    }

    private static boolean isFiniteNumber(Object value) {
        return value instanceof Long || value instanceof BigInteger || value instanceof Double d && Double.isFinite(d);
    }

    /**
     * A number as the bounds compare it. Where the rule allows integers (every bound of our schema), a float is
     * compared by its integer part, as networknt's validator does; one beyond the long range, where networknt fails,
     * is compared exactly.
     */
    private static BigDecimal comparable(Object value, boolean integerRule) {
        if (value instanceof Long l) return BigDecimal.valueOf(l);
        if (value instanceof BigInteger big) return new BigDecimal(big);
        double d = (Double) value;
        boolean inLongRange = d >= Long.MIN_VALUE && d <= Long.MAX_VALUE;
        return integerRule && inLongRange ? BigDecimal.valueOf((long) d) : BigDecimal.valueOf(d);
    }

    /**
     * JSON Schema's type test: an integer is a number, and a float without a fraction is an integer. Infinities and
     * NaN, which JSON cannot write, are of no type.
     */
    private static boolean hasType(int types, YNode node) {
        int type = typeOf(node);
        if (type == SchemaRule.NUMBER && !Double.isFinite((Double) ((YScalar) node).value())) return false;
        if ((types & type) != 0) return true;
        if (type == SchemaRule.INTEGER) return (types & SchemaRule.NUMBER) != 0;
        if (type == SchemaRule.NUMBER && (types & SchemaRule.INTEGER) != 0) {
            double d = (Double) ((YScalar) node).value();
            return d == Math.rint(d);
        }
        return false;
    }

    private static int typeOf(YNode node) {
        if (node instanceof YMap) return SchemaRule.OBJECT;
        if (node instanceof YSeq) return SchemaRule.ARRAY;
        Object value = ((YScalar) node).value();
        if (value == null) return SchemaRule.NULL;
        if (value instanceof String) return SchemaRule.STRING;
        if (value instanceof Boolean) return SchemaRule.BOOLEAN;
        if (value instanceof Double) return SchemaRule.NUMBER;
        return SchemaRule.INTEGER;
    }

    private void fail(String keyword, Step at, String property, SchemaRule owner) {
        errors.add(new SchemaError(keyword, Step.path(at), property, owner));
    }

    /** A place in the document, as a chain from the root; turned into a list only for an error. */
    private record Step(Step parent, Object element) {

        static List<Object> path(Step step) {
            List<Object> path = new ArrayList<>();
            for (Step s = step; s != null; s = s.parent) path.add(s.element);
            java.util.Collections.reverse(path);
            return path;
        }
    }
}
