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

/** {@code cap_add} of a capability that breaks the container's isolation. */
public final class DangerousCapabilityRule implements Rule {

    private static final RuleMeta META = new RuleMeta("dangerous-capability",
            "A service adds a dangerous Linux capability", Category.SECURITY, Severity.ERROR, null, List.of(),
            RuleSupport.SECURITY_RECOMMENDED);

    private static final Map<String, String> ERRORS = Map.of(
            "ALL", "every capability, which is nearly `privileged`",
            "SYS_ADMIN", "mount, namespace and many other administrative operations, enough to escape the container");
    private static final Map<String, String> WARNINGS = Map.of(
            "NET_ADMIN", "reconfiguring interfaces, routes and firewall rules of its network namespace",
            "SYS_MODULE", "loading kernel modules into the host kernel",
            "SYS_PTRACE", "tracing and reading the memory of other processes",
            "DAC_READ_SEARCH", "reading any file it can name by handle, a known container escape",
            "SYS_RAWIO", "raw I/O on host devices and ports",
            "BPF", "loading eBPF programs into the host kernel");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        RuleSupport.services(context, (project, service) -> {
            for (Located<String> item : service.confinement().capAdd()) {
                String capability = normalize(item.value());
                boolean error = ERRORS.containsKey(capability);
                String meaning = error ? ERRORS.get(capability) : WARNINGS.get(capability);
                if (meaning == null) continue;
                context.at(item.source(), "service " + service.name() + " adds capability " + capability
                                + ", which allows " + meaning + "; drop it unless the service cannot work without"
                                + " it, and then document why")
                        .severity(RuleSupport.level(context, META, error ? Severity.ERROR : Severity.WARNING))
                        .profiles(service.profiles())
                        .report();
            }
        });
    }

    static String normalize(String capability) {
        String c = capability.trim().toUpperCase(Locale.ROOT);
        return c.startsWith("CAP_") ? c.substring(4) : c;
    }
}
