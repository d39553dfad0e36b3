package dev.composelint.bench;

import dev.composelint.core.engine.LintResult;
import dev.composelint.core.engine.Linter;
import dev.composelint.core.invocation.LintInvocation;
import dev.composelint.core.load.LoadRequest;
import dev.composelint.core.load.WorkspaceLoader;
import dev.composelint.core.model.Workspace;
import dev.composelint.core.yaml.YamlParse;
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
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.Node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Load-only, load+lint, our YAML read alone and the physical floor (reading the file and composing snakeyaml-engine
 * nodes with marks, nothing else) on the generated workload.
 * Run: {@code java -jar bench/target/benchmarks.jar -wi 2 -i 3 -f 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class LoadLintBenchmark {

    @Param({"200", "2000", "8000"})
    public int services;

    private Path dir;
    private Path composeFile;
    private LoadRequest request;
    private WorkspaceLoader loader;
    private Linter linter;
    private LoadSettings settings;
    private YamlReader reader;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        dir = Files.createTempDirectory("composelint-bench-" + services + "-");
        composeFile = Workload.write(dir, services);
        LintInvocation invocation = Workload.invocation(dir);
        request = invocation.request();
        loader = new WorkspaceLoader();
        linter = invocation.linter();
        settings = LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build();
        reader = new YamlReader();
        LintResult check = linter.lint(request);
        if (!check.findings().isEmpty() || check.workspace().projects().get(0).services().size() != services + 2) {
            throw new IllegalStateException("the workload is not clean: " + check.findings());
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Workload.deleteTree(dir);
    }

    @Benchmark
    public Workspace load() {
        return loader.load(request);
    }

    @Benchmark
    public LintResult loadAndLint() {
        return linter.lint(request);
    }

    @Benchmark
    public Node parseFloor() throws IOException {
        String text = new String(Files.readAllBytes(composeFile), StandardCharsets.UTF_8);
        return new Compose(settings).composeString(text).orElseThrow();
    }

    /** Our reader of the workload file: the YNode tree with sources and diagnostics, what a run's load starts with. */
    @Benchmark
    public YamlParse read() {
        YamlParse parse = reader.read(composeFile);
        if (parse.hasDiagnostics()) throw new IllegalStateException("the workload has YAML diagnostics");
        return parse;
    }
}
