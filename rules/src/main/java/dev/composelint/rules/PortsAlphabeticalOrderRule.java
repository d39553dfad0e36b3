package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.ComposeFile;
import dev.composelint.core.model.FileLayout.Item;
import dev.composelint.core.model.FileLayout.ServiceLayout;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.List;

/**
 * A service's {@code ports} sorted by published port, numbers compared as numbers (as dclint does). Lists with a
 * long-syntax entry are skipped.
 */
public final class PortsAlphabeticalOrderRule implements Rule {

    private static final RuleMeta META = new RuleMeta("ports-alphabetical-order",
            "Ports are not in order", Category.STYLE, Severity.INFO, null, List.of(), RuleSupport.STYLE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        OrderFixes fixes = new OrderFixes(context);
        for (ComposeFile file : RuleSupport.files(context)) {
            for (ServiceLayout service : file.layout().services()) {
                List<Item> ports = service.ports();
                if (ports.stream().anyMatch(p -> p.text() == null)) continue;
                List<String> published = ports.stream().map(p -> published(p.text())).toList();
                int at = StyleOrder.firstOutOfOrder(published, StyleOrder.NATURAL);
                if (at < 0) continue;
                OrderFixes.report(context.at(ports.get(at).source(), "ports of service " + service.name()
                        + " are not in order: " + published.get(at) + " comes after " + published.get(at - 1)
                        + "; sort them by published port"), fixes.sort(file.path(), List.of("services",
                        service.name(), "ports"), (a, b) -> StyleOrder.NATURAL.compare(published(a), published(b)),
                        name -> false, "sort the ports of service " + service.name() + " by published port"));
            }
        }
    }

    /** The published (host) part of a short port entry, with its protocol; the container port when none. */
    static String published(String text) {
        String spec = text.trim();
        String protocol = "";
        int slash = spec.lastIndexOf('/');
        if (slash >= 0) {
            protocol = spec.substring(slash);
            spec = spec.substring(0, slash);
        }
        int lastColon = spec.lastIndexOf(':');
        if (lastColon < 0) return spec + protocol;
        String host = spec.substring(0, lastColon);
        int hostColon = host.lastIndexOf(':');
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            hostColon = close >= 0 && close + 1 < host.length() && host.charAt(close + 1) == ':' ? close + 1 : -1;
        }
        return (hostColon < 0 ? host : host.substring(hostColon + 1)) + protocol;
    }
}
