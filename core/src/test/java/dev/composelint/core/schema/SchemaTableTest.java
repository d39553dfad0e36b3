package dev.composelint.core.schema;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checked-in {@link SchemaTable} is what {@link SchemaTableGenerator} makes of {@code compose.schema.json}.
 * With {@code -Dcomposelint.updateSchemaTable=true} the table is rewritten instead.
 */
class SchemaTableTest {

    private static final boolean UPDATE = Boolean.getBoolean("composelint.updateSchemaTable");
    private static final Path TABLE = Path.of("src/main/java/dev/composelint/core/schema/SchemaTable.java");

    @Test
    void theCheckedInTableIsGeneratedFromTheSchema() throws IOException {
        String generated = new SchemaTableGenerator(schemaText()).source();
        assertThat(TABLE).as("run from the core module").exists();
        if (UPDATE) Files.writeString(TABLE, generated, StandardCharsets.UTF_8);
        assertThat(Files.readString(TABLE, StandardCharsets.UTF_8))
                .as("SchemaTable.java is stale: regenerate with -Dcomposelint.updateSchemaTable=true")
                .isEqualTo(generated);
    }

    @Test
    void everyRuleOfTheTableIsReachableByItsLocation() throws IOException {
        var rules = SchemaTableGenerator.byLocation(SchemaTable.ROOT);
        assertThat(rules).containsKeys("#", "#/$defs/service", "#/$defs/duration", "#/$defs/gpus/then");
        assertThat(rules.get("#/$defs/service").properties).containsKeys("image", "build", "healthcheck");
    }

    static String schemaText() throws IOException {
        try (InputStream in = SchemaTableTest.class.getClassLoader().getResourceAsStream(SchemaValidator.RESOURCE)) {
            assertThat(in).as(SchemaValidator.RESOURCE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
