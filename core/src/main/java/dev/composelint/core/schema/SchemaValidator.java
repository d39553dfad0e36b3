package dev.composelint.core.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.yaml.YMap;

import java.util.List;
import java.util.Objects;

/**
 * Validates one Compose document against composelint's own JSON schema of the Compose file format
 * ({@code compose.schema.json} next to this class). The loader calls it on the accumulated model of a file after
 * interpolation and merging, before short syntax is expanded, as Compose does.
 */
public final class SchemaValidator {

    static final String RESOURCE = "dev/composelint/core/schema/compose.schema.json";

    private SchemaValidator() {
    }

    /** The compiled schema, built once per process on first use; class initialisation makes this thread-safe. */
    private static final class Compiled {
        static final Schema SCHEMA = compile();

        private static Schema compile() {
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
            Schema schema = registry.getSchema(SchemaLocation.of("classpath:" + RESOURCE));
            schema.initializeValidators(); // resolves every $ref now, so validation shares no lazy state
            return schema;
        }
    }

    /**
     * Starts compiling the schema on a background thread, so that a command-line run overlaps it with reading
     * files; {@link #validate} waits for it if it is not done yet.
     */
    public static void warmUp() {
        Thread thread = new Thread(() -> {
            try {
                Objects.requireNonNull(Compiled.SCHEMA);
            } catch (RuntimeException | LinkageError e) {
                // validate() meets the same failure on the calling thread and reports it there
            }
        }, "composelint-schema");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Every schema violation in {@code document}, one finding per offending key or value, with rule id
     * {@link dev.composelint.core.Diagnostics#SCHEMA} and severity ERROR, sorted by position.
     */
    public static List<Finding> validate(YMap document) {
        Schema schema = Compiled.SCHEMA;
        List<Error> errors;
        try {
            errors = schema.validate(JsonTrees.toJson(document));
        } catch (StackOverflowError tooDeep) {
            return List.of(new Finding(Diagnostics.SCHEMA, Severity.ERROR,
                    "the file is nested too deeply to be checked against the Compose schema", document.source()));
        }
        return new Violations(document, schema.getSchemaNode()).findings(errors);
    }
}
