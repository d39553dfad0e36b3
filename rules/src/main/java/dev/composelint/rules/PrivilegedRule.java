package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.Located;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.List;

/** {@code privileged: true}: the container gets every capability and every host device. */
public final class PrivilegedRule implements Rule {

    private static final RuleMeta META = new RuleMeta("privileged", "A service runs privileged",
            Category.SECURITY, Severity.ERROR, null, List.of(), RuleSupport.SECURITY_RECOMMENDED);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        RuleSupport.services(context, (project, service) -> {
            Located<Boolean> privileged = service.confinement().privileged();
            if (privileged == null || !Boolean.TRUE.equals(privileged.value())) return;
            context.at(privileged.source(), "service " + service.name() + " runs privileged: it gets every"
                            + " capability and every host device, so whoever controls the container controls the"
                            + " host; remove `privileged: true` and grant only what it needs with `cap_add` and"
                            + " `devices`")
                    .profiles(service.profiles())
                    .report();
        });
    }
}
