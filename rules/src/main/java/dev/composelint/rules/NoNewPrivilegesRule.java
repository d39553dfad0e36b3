package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.Located;
import dev.composelint.core.model.Service;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A service without {@code security_opt: [no-new-privileges:true]}. */
public final class NoNewPrivilegesRule implements Rule {

    private static final RuleMeta META = new RuleMeta("no-new-privileges",
            "A service may gain privileges through setuid binaries", Category.SECURITY, Severity.INFO, null,
            List.of(), RuleSupport.STRICT);

    private static final Set<String> SET = Set.of("no-new-privileges", "no-new-privileges:true",
            "no-new-privileges=true");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        RuleSupport.services(context, (project, service) -> {
            if (sets(service)) return;
            context.at(service.source(), "service " + service.name() + " does not set no-new-privileges, so a"
                            + " process in it can gain privileges through setuid binaries; add `security_opt:"
                            + " [\"no-new-privileges:true\"]`")
                    .profiles(service.profiles())
                    .report();
        });
    }

    private static boolean sets(Service service) {
        for (Located<String> option : service.confinement().securityOpt()) {
            if (SET.contains(option.value().trim().toLowerCase(Locale.ROOT).replace(" ", ""))) return true;
        }
        return false;
    }
}
