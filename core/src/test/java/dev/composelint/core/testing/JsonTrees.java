package dev.composelint.core.testing;

import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * TEST SUPPORT: converts our YAML tree into the Jackson tree a general JSON Schema validator (networknt's, the
 * oracle of the schema walker, in the tests and the benchmarks) reads, keeping every scalar's decoded type.
 */
public final class JsonTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    /** The Jackson tree of {@code node}; a subtree shared by aliases is converted once and shared again. */
    public static JsonNode toJson(YNode node) {
        return toJson(node, new IdentityHashMap<>());
    }

    private static JsonNode toJson(YNode node, Map<YNode, JsonNode> done) {
        JsonNode known = done.get(node);
        if (known != null) return known;
        JsonNode result;
        if (node instanceof YMap map) {
            ObjectNode object = NODES.objectNode();
            for (YEntry entry : map.entries()) {
                object.set(entry.key(), toJson(entry.value(), done));
            }
            result = object;
        } else if (node instanceof YSeq seq) {
            ArrayNode array = NODES.arrayNode(seq.size());
            for (YNode item : seq.items()) {
                array.add(toJson(item, done));
            }
            result = array;
        } else {
            result = scalar((YScalar) node);
        }
        done.put(node, result);
        return result;
    }

    private static JsonNode scalar(YScalar scalar) {
        Object value = scalar.value();
        if (value == null) return NODES.nullNode();
        if (value instanceof String s) return NODES.stringNode(s);
        if (value instanceof Boolean b) return NODES.booleanNode(b);
        if (value instanceof Long l) return NODES.numberNode(l);
        if (value instanceof BigInteger big) return NODES.numberNode(big);
        return NODES.numberNode((Double) value);
    }
}
