package dev.composelint.core.schema;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.yaml.YMap;

import java.util.List;

/**
 * Validates one Compose document against composelint's own JSON schema of the Compose file format
 * ({@code compose.schema.json} next to this class). The loader calls it on the accumulated model of a file after
 * interpolation and merging, before short syntax is expanded, as Compose does.
 *
 * <p>Nothing is compiled at run time: {@link SchemaWalker} walks the YAML tree along {@link SchemaTable}, which is
 * generated from the schema and checked in. The tests hold it to networknt's validator on the same schema.
 */
public final class SchemaValidator {

    static final String RESOURCE = "dev/composelint/core/schema/compose.schema.json";

    private SchemaValidator() {
    }

    /**
     * Every schema violation in {@code document}, one finding per offending key or value, with rule id
     * {@link dev.composelint.core.Diagnostics#SCHEMA} and severity ERROR, sorted by position.
     */
    public static List<Finding> validate(YMap document) {
        List<SchemaError> errors;
        try {
            errors = SchemaWalker.errors(document);
        } catch (StackOverflowError tooDeep) {
            return List.of(new Finding(Diagnostics.SCHEMA, Severity.ERROR,
                    "the file is nested too deeply to be checked against the Compose schema", document.source()));
        }
        return new Violations(document).findings(errors);
    }
}
