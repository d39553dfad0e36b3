package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.PortMapping;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.List;

/** A port mapping without a host IP: Docker publishes it on every interface of the host (as dclint reports). */
public final class UnboundPortInterfaceRule implements Rule {

    private static final RuleMeta META = new RuleMeta("unbound-port-interface",
            "A port is published without a host interface", Category.STYLE, Severity.WARNING, null, List.of(),
            RuleSupport.STYLE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        RuleSupport.services(context, (project, service) -> {
            for (PortMapping port : service.ports()) {
                if (port.hostIp() != null) continue;
                String published = port.isPublished() ? port.published() + ":" : "";
                context.at(port.source(), "port " + published + port.target() + " of service " + service.name()
                                + " names no host interface, so it is published on every interface of the host;"
                                + " bind it explicitly, e.g. `127.0.0.1:" + published + port.target() + "`")
                        .profiles(service.profiles())
                        .report();
            }
        });
    }
}
