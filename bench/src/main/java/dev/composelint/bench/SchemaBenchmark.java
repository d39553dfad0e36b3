package dev.composelint.bench;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.composelint.core.Finding;
import dev.composelint.core.schema.SchemaValidator;
import dev.composelint.core.testing.JsonTrees;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YamlReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The schema check alone on the generated workload's compose file: {@code walker} is what a run does now
 * ({@link SchemaValidator}: the walk along the generated table, findings included); {@code networkntValidate} is
 * the former path with its schema already compiled (copy the YAML tree into Jackson's, validate); {@code
 * networkntCompile} is what every former cold run paid first (compile the schema and resolve its references).
 * Run: {@code java -jar bench/target/benchmarks.jar SchemaBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class SchemaBenchmark {

    private static final String SCHEMA = "classpath:dev/composelint/core/schema/compose.schema.json";

    @Param({"15", "2000"})
    public int services;

    private Path dir;
    private YMap document;
    private Schema compiled;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        dir = Files.createTempDirectory("composelint-schema-bench-" + services + "-");
        document = (YMap) new YamlReader().read(Workload.write(dir, services)).documents().get(0);
        compiled = compile();
        if (!SchemaValidator.validate(document).isEmpty() || !compiled.validate(JsonTrees.toJson(document)).isEmpty()) {
            throw new IllegalStateException("the workload does not pass the schema");
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Workload.deleteTree(dir);
    }

    /** Compiles our schema with networknt and resolves every reference, as the former run did first. */
    static Schema compile() {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(SCHEMA));
        schema.initializeValidators();
        return schema;
    }

    @Benchmark
    public List<Finding> walker() {
        return SchemaValidator.validate(document);
    }

    @Benchmark
    public List<Error> networkntValidate() {
        return compiled.validate(JsonTrees.toJson(document));
    }

    @Benchmark
    public Schema networkntCompile() {
        return compile();
    }
}
