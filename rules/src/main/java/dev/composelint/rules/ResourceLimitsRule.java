package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.List;

/** A service without a memory limit. */
public final class ResourceLimitsRule implements Rule {

    private static final RuleMeta META = new RuleMeta("resource-limits",
            "A service has no memory limit", Category.SECURITY, Severity.INFO, null, List.of(), RuleSupport.STRICT);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        RuleSupport.services(context, (project, service) -> {
            if (service.confinement().memoryLimit() != null) return;
            context.at(service.source(), "service " + service.name() + " has no memory limit, so a leak or a"
                            + " load spike in it can exhaust the host's memory for every other container; set"
                            + " `mem_limit` or `deploy.resources.limits.memory`")
                    .profiles(service.profiles())
                    .report();
        });
    }
}
