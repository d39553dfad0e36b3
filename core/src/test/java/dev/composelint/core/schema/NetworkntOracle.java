package dev.composelint.core.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.composelint.core.Finding;
import dev.composelint.core.testing.JsonTrees;
import dev.composelint.core.yaml.YMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * TEST SUPPORT: the reference pipeline. networknt's general validator compiles {@code compose.schema.json} and
 * validates the Jackson copy of a document; its errors go through the same {@link Violations} as the walker's, with
 * each error's schema location looked up in {@link SchemaTable}. {@link SchemaValidator} must give the same findings.
 */
final class NetworkntOracle {

    private static final Schema SCHEMA = compile();
    private static final Map<String, SchemaRule> RULES = SchemaTableGenerator.byLocation(SchemaTable.ROOT);

    private NetworkntOracle() {
    }

    private static Schema compile() {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("classpath:" + SchemaValidator.RESOURCE));
        schema.initializeValidators();
        return schema;
    }

    /** {@code compose.schema.json} as a Jackson tree. */
    static JsonNode schemaNode() {
        try (InputStream in = NetworkntOracle.class.getClassLoader().getResourceAsStream(SchemaValidator.RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The findings of the reference pipeline. */
    static List<Finding> findings(YMap document) {
        return new Violations(document).findings(errors(document));
    }

    /** networknt's errors on {@code document}, in the walker's terms. */
    static List<SchemaError> errors(YMap document) {
        List<SchemaError> errors = new ArrayList<>();
        for (Error error : SCHEMA.validate(JsonTrees.toJson(document))) {
            errors.add(new SchemaError(error.getKeyword(), elements(error.getInstanceLocation()), error.getProperty(),
                    owner(error)));
        }
        return errors;
    }

    private static List<Object> elements(NodePath path) {
        List<Object> elements = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) elements.add(path.getElement(i));
        return elements;
    }

    /** The rule holding the failing keyword: the error's absolute schema location without the keyword. */
    private static SchemaRule owner(Error error) {
        NodePath fragment = error.getSchemaLocation().getFragment();
        StringBuilder location = new StringBuilder("#");
        for (int i = 0; i < fragment.getNameCount() - 1; i++) location.append('/').append(fragment.getElement(i));
        SchemaRule rule = RULES.get(location.toString());
        if (rule == null) {
            throw new IllegalStateException("no rule of the table at " + location + " (error " + error + ")");
        }
        return rule;
    }
}
