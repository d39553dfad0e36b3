package dev.composelint.core.report;

import dev.composelint.core.testing.SharedData;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.engine.LintResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SarifReporterTest {

    private static final Path SCHEMA = SharedData.path("oracle/sarif-schema-2.1.0.json");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void validatesAgainstTheSarifSchema() throws Exception {
        SharedData.assume(Files.isRegularFile(SCHEMA), "SARIF schema not available");
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(Files.readString(SCHEMA));
        Sample sample = new Sample(dir);
        for (LintResult result : List.of(sample.result(), sample.result(List.of()))) {
            String sarif = Sample.render(new SarifReporter(), result, sample.context());
            List<Error> errors = schema.validate(MAPPER.readTree(sarif));
            assertThat(errors).as(sarif).isEmpty();
        }
    }

    @Test
    void describesToolRulesAndResults() {
        Sample sample = new Sample(dir);
        JsonNode log = MAPPER.readTree(Sample.render(new SarifReporter(), sample.result(), sample.context()));
        assertThat(log.get("version").asString()).isEqualTo("2.1.0");
        assertThat(log.get("runs").size()).isEqualTo(1);
        JsonNode run = log.at("/runs/0");
        JsonNode driver = run.at("/tool/driver");
        assertThat(driver.get("name").asString()).isEqualTo("composelint");
        assertThat(driver.get("version").asString()).isEqualTo("1.2.3");
        assertThat(driver.get("informationUri").asString()).isEqualTo(ReportContext.INFORMATION_URI);
        assertThat(driver.at("/rules/0/id").asString()).isEqualTo("no-latest-tag");
        assertThat(driver.at("/rules/0/shortDescription/text").asString()).isEqualTo("Images should be pinned");
        assertThat(driver.at("/rules/0/helpUri").asString()).isEqualTo(Sample.LATEST.docUrl());
        assertThat(driver.at("/rules/0/defaultConfiguration/level").asString()).isEqualTo("error");
        assertThat(driver.at("/rules/1/defaultConfiguration/level").asString()).isEqualTo("warning");
        assertThat(driver.at("/rules/2/id").asString()).isEqualTo("style-note");
        assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asString()).isEqualTo(dir.toUri().toString());

        JsonNode latest = run.at("/results/0");
        assertThat(latest.get("ruleId").asString()).isEqualTo("no-latest-tag");
        assertThat(latest.get("ruleIndex").asInt()).isZero();
        assertThat(latest.get("level").asString()).isEqualTo("error");
        assertThat(latest.at("/message/text").asString()).isEqualTo("Image \"nginx:latest\" is not pinned");
        JsonNode location = latest.at("/locations/0/physicalLocation");
        assertThat(location.at("/artifactLocation").toString())
                .isEqualTo("{\"uri\":\"compose.yaml\",\"uriBaseId\":\"%SRCROOT%\"}");
        assertThat(location.at("/region").toString())
                .isEqualTo("{\"startLine\":3,\"startColumn\":12,\"endLine\":3,\"endColumn\":24}");
        assertThat(latest.at("/relatedLocations/0/physicalLocation/artifactLocation/uri").asString())
                .isEqualTo("sub%20dir/compose.yaml");
        assertThat(latest.at("/relatedLocations/0/message/text").asString()).isEqualTo("also used here");
        assertThat(latest.at("/fixes/0/description/text").asString()).isEqualTo("Pin the tag");
        assertThat(latest.at("/fixes/0/artifactChanges/0/replacements/0").toString()).isEqualTo(
                "{\"deletedRegion\":{\"startLine\":3,\"startColumn\":18,\"endLine\":3,\"endColumn\":24},"
                        + "\"insertedContent\":{\"text\":\"1.27.4\"}}");

        JsonNode privileged = run.at("/results/1");
        assertThat(privileged.get("level").asString()).isEqualTo("warning");
        assertThat(privileged.get("ruleIndex").asInt()).isEqualTo(1);
        assertThat(privileged.has("fixes")).isFalse();
        assertThat(privileged.at("/properties/fix").asString()).isEqualTo("Drop privileged");
        assertThat(privileged.at("/properties/profiles/0").asString()).isEqualTo("debug");
        assertThat(privileged.at("/locations/0/physicalLocation/region").toString())
                .isEqualTo("{\"startLine\":4,\"startColumn\":2}");

        assertThat(run.at("/results/2/level").asString()).isEqualTo("note");
        assertThat(run.at("/results/2/ruleIndex").asInt()).isEqualTo(2);
    }

    @Test
    void filesOutsideTheBaseDirectoryUseAbsoluteUris() {
        Sample sample = new Sample(dir);
        Path outside = dir.getParent().resolve("elsewhere.yaml");
        LintResult result = sample.result(List.of(new Finding("yaml", Severity.ERROR, "bad", Source.of(outside, 2, 3))));
        JsonNode log = MAPPER.readTree(Sample.render(new SarifReporter(), result, sample.context()));
        assertThat(log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation").toString())
                .isEqualTo("{\"uri\":\"" + outside.toUri() + "\"}");
        assertThat(log.at("/runs/0/tool/driver/rules/2/id").asString()).isEqualTo("yaml");
        assertThat(log.at("/runs/0/tool/driver/rules/2/shortDescription/text").asString())
                .isEqualTo("YAML syntax errors, duplicate keys and size limits");
    }

    @ParameterizedTest
    @CsvSource({
            "compose.yaml, compose.yaml",
            "a b/c.yaml, a%20b/c.yaml",
            "ünï.yaml, %C3%BCn%C3%AF.yaml",
            "a:b.yaml, ./a:b.yaml",
            "dir/a:b.yaml, dir/a:b.yaml",
            "x#y?.yaml, x%23y%3F.yaml",
    })
    void encodesRelativeUris(String path, String uri) {
        assertThat(SarifReporter.relativeUri(path)).isEqualTo(uri);
    }
}
