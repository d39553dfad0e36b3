package dev.composelint.core.engine;

import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.model.Workspace;
import dev.composelint.core.rule.RuleMeta;

import java.time.Duration;
import java.util.List;

/** The outcome of one run: the workspace, its findings in a stable order, the rules that ran, the time taken. */
public record LintResult(Workspace workspace, List<Finding> findings, List<RuleMeta> rules, Duration elapsed) {

    public LintResult {
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** True when some finding is at least as severe as {@code threshold} (null: never). */
    public boolean failsAt(Severity threshold) {
        return threshold != null && findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
