package dev.composelint.core.rule;

/**
 * A check over a whole workspace. Implementations are stateless (one instance serves every run, and the rules of
 * a run check concurrently, each reading the same immutable model) and are found
 * through {@link java.util.ServiceLoader}: list the class in {@code META-INF/services/dev.composelint.core.rule.Rule}.
 */
public interface Rule {

    RuleMeta meta();

    void check(RuleContext context);
}
