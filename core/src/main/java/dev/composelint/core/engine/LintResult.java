package dev.composelint.core.engine;

import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.load.LoadState;
import dev.composelint.core.model.Workspace;
import dev.composelint.core.rule.RuleMeta;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of one run: the workspace, its findings in a stable order, the rules that ran, the time taken.
 *
 * @param loadState what the load kept for an incremental re-lint ({@link Linter#relint}); null after
 *                  {@link Linter#lint} and {@link Linter#check}
 */
public record LintResult(Workspace workspace, List<Finding> findings, List<RuleMeta> rules, Duration elapsed,
                         LoadState loadState) {

    public LintResult {
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
    }

    public LintResult(Workspace workspace, List<Finding> findings, List<RuleMeta> rules, Duration elapsed) {
        this(workspace, findings, rules, elapsed, null);
    }

    /** This result with {@code state} kept for the next incremental re-lint. */
    public LintResult withLoadState(LoadState state) {
        return new LintResult(workspace, findings, rules, elapsed, state);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** True when some finding is at least as severe as {@code threshold} (null: never). */
    public boolean failsAt(Severity threshold) {
        return threshold != null && findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
