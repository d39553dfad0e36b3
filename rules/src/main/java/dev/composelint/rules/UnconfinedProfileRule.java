package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.Located;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A {@code security_opt} that turns off seccomp, AppArmor or SELinux confinement. */
public final class UnconfinedProfileRule implements Rule {

    private static final RuleMeta META = new RuleMeta("unconfined-profile",
            "A service turns off seccomp, AppArmor or SELinux", Category.SECURITY, Severity.WARNING, null,
            List.of(), RuleSupport.SECURITY_RECOMMENDED);

    private static final Map<String, String> UNCONFINED = Map.of(
            "seccomp:unconfined", "the seccomp filter, so every system call reaches the host kernel",
            "apparmor:unconfined", "the AppArmor profile",
            "label:disable", "SELinux labelling, so SELinux no longer separates it from the host");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        RuleSupport.services(context, (project, service) -> {
            for (Located<String> option : service.confinement().securityOpt()) {
                String normalized = option.value().trim().toLowerCase(Locale.ROOT).replaceFirst("=", ":");
                String what = UNCONFINED.get(normalized);
                if (what == null) continue;
                context.at(option.source(), "service " + service.name() + " sets `security_opt: " + normalized
                                + "`, which turns off " + what + "; remove it, or write a profile that allows only"
                                + " what the service needs")
                        .profiles(service.profiles())
                        .report();
            }
        });
    }
}
