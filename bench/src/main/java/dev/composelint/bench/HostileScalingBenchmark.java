package dev.composelint.bench;

import dev.composelint.core.engine.LintResult;
import dev.composelint.core.engine.Linter;
import dev.composelint.core.load.LoadRequest;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The input shapes that used to be quadratic, at a base size and its multiples, linted with every rule: time must
 * grow linearly with {@code scale}. Run: {@code java -jar bench/target/benchmarks.jar HostileScaling -wi 1 -i 3 -f 1}.
 * <ul>
 *   <li>{@code keys}: 25,000 × scale top-level keys (the merge looked keys up one by one);</li>
 *   <li>{@code services}: 5,000 × scale services (two rules compared every service with every other);</li>
 *   <li>{@code mapkeys}: 25,000 × scale keys in one service's {@code labels} mapping;</li>
 *   <li>{@code lines}: one flow sequence of 50,000 × scale items on a single line;</li>
 *   <li>{@code sameport}: 2,500 × scale bindings of one host port on distinct IPs (the port index ignored the IP);</li>
 *   <li>{@code ranges}: 1,000 × scale wide host ranges on distinct IPs (every range was compared with every port);</li>
 *   <li>{@code token}: one plain scalar of 2 MB × scale (snakeyaml re-copied its read window);</li>
 *   <li>{@code chain}: an extends chain of 500 × scale services in reverse order (bounded at 64 links).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class HostileScalingBenchmark {

    private static final String APP = "services:\n  app:\n    image: busybox:1.36\n";

    @Param({"keys", "services", "mapkeys", "lines", "sameport", "ranges", "token", "chain"})
    public String shape;

    @Param({"1", "2", "4"})
    public int scale;

    private Path dir;
    private LoadRequest request;
    private Linter linter;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        dir = Files.createTempDirectory("composelint-hostile-" + shape + "-" + scale + "-");
        Files.writeString(dir.resolve("compose.yaml"), content(shape, scale));
        request = LoadRequest.of(dir).withEnvironment(Map.of()).withWorkingDirectory(dir);
        linter = Linter.builder().discoverRules().build();
    }

    static String content(String shape, int scale) {
        StringBuilder yaml = new StringBuilder(APP);
        switch (shape) {
            case "keys" -> {
                for (int i = 0; i < 25_000 * scale; i++) yaml.append("x-k").append(i).append(": ").append(i).append('\n');
            }
            case "services" -> {
                for (int i = 0; i < 5_000 * scale; i++) yaml.append("  s").append(i).append(":\n    image: busybox:1.36\n");
            }
            case "mapkeys" -> {
                yaml.append("    labels:\n");
                for (int i = 0; i < 25_000 * scale; i++) yaml.append("      k").append(i).append(": v").append(i).append('\n');
            }
            case "lines" -> {
                yaml.append("x-line: [v0");
                for (int i = 1; i < 50_000 * scale; i++) yaml.append(", v").append(i);
                yaml.append("]\n");
            }
            case "sameport", "ranges" -> {
                boolean ranges = shape.equals("ranges");
                yaml.append("    ports:\n");
                for (int i = 0; i < (ranges ? 1_000 : 2_500) * scale; i++) {
                    yaml.append("      - 10.").append(i / 65536).append('.').append(i / 256 % 256).append('.')
                            .append(i % 256).append(ranges ? ":20000-29999:80\n" : ":8080:80\n");
                }
            }
            case "token" -> yaml.append("x-long: ").append("a".repeat(2_000_000 * scale)).append('\n');
            case "chain" -> {
                int n = 500 * scale;
                for (int i = 0; i < n; i++) yaml.append("  s").append(i).append(":\n    extends: s").append(i + 1).append('\n');
                yaml.append("  s").append(n).append(":\n    image: busybox:1.36\n");
            }
            default -> throw new IllegalArgumentException(shape);
        }
        return yaml.toString();
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Workload.deleteTree(dir);
    }

    @Benchmark
    public LintResult loadAndLint() {
        return linter.lint(request);
    }
}
