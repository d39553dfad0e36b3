package dev.composelint.bench;

import com.networknt.schema.Error;
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
 * The schema check's first call in a fresh JVM, as a command-line run pays it: one shot per fork, nothing of the
 * schema touched before. {@code walker} loads the generated table and walks; {@code networknt} compiles the schema,
 * copies the tree and validates (the former path). The document is the incident-sized workload (15 services).
 * Run: {@code java -jar bench/target/benchmarks.jar SchemaColdBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 15, jvmArgsAppend = {"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"})
public class SchemaColdBenchmark {

    private Path dir;
    private YMap document;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        dir = Files.createTempDirectory("composelint-schema-cold-");
        document = (YMap) new YamlReader().read(Workload.write(dir, 15)).documents().get(0);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Workload.deleteTree(dir);
    }

    @Benchmark
    public List<Finding> walker() {
        return SchemaValidator.validate(document);
    }

    @Benchmark
    public List<Error> networknt() {
        return SchemaBenchmark.compile().validate(JsonTrees.toJson(document));
    }
}
