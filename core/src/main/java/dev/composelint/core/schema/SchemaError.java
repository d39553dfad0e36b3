package dev.composelint.core.schema;

import java.util.List;

/**
 * One failed keyword, as a JSON Schema validator reports it: the keyword, where in the document (map keys as
 * strings, list indexes as integers), the property it names ("required", "additionalProperties") and the schema
 * rule that holds the keyword.
 */
record SchemaError(String keyword, List<Object> instancePath, String property, SchemaRule owner) {
}
