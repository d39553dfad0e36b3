package dev.composelint.bench;

import dev.composelint.core.Finding;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.engine.Linter;
import dev.composelint.core.load.LoadRequest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * A stand-in for {@code bin/composelint} while the CLI is not there: lints the given paths with every rule, prints
 * {@code file:line:col: severity [rule] message} lines and exits 1 on findings. For {@code COMPOSELINT=...} in
 * bench/compare.sh only.
 */
public final class LintMain {

    private LintMain() {
    }

    public static void main(String[] args) {
        Path cwd = Path.of("").toAbsolutePath();
        LoadRequest request = LoadRequest.of(Arrays.stream(args).map(Path::of).toArray(Path[]::new))
                .withEnvironment(Map.copyOf(System.getenv())).withWorkingDirectory(cwd);
        LintResult result = Linter.builder().discoverRules().build().lint(request);
        for (Finding f : result.findings()) {
            System.out.println(f.source() + ": " + f.severity().id() + " [" + f.ruleId() + "] " + f.message());
        }
        System.exit(result.findings().isEmpty() ? 0 : 1);
    }
}
