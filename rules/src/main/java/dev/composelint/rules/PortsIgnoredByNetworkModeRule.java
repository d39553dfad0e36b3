package dev.composelint.rules;

import dev.composelint.core.Source;
import dev.composelint.core.Severity;
import dev.composelint.core.model.Located;
import dev.composelint.core.model.Service;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

/**
 * {@code ports} or {@code expose} on a service whose {@code network_mode} gives it no network of its own: with
 * {@code host} or {@code none} Docker drops them (a warning); with {@code service:x} or {@code container:x} it
 * refuses to create the container (an error).
 */
public final class PortsIgnoredByNetworkModeRule implements Rule {

    private static final RuleMeta META = new RuleMeta("ports-ignored-by-network-mode",
            "Ports on a service whose network mode ignores them", Category.CORRECTNESS, Severity.WARNING);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        RuleSupport.services(context, (project, service) -> {
            Located<String> mode = service.networkMode();
            if (mode == null || !ignoresPorts(mode.value().trim())) return;
            Source first = first(service);
            if (first == null) return;
            String value = mode.value().trim();
            boolean shared = value.startsWith("service:") || value.startsWith("container:");
            String what = service.ports().isEmpty() ? "expose" : "ports";
            String effect = shared
                    ? "Docker refuses to create the container (\"conflicting options: port "
                    + (service.ports().isEmpty() ? "exposing" : "publishing") + " and the container type network"
                    + " mode\"); remove them and publish them on " + value.substring(value.indexOf(':') + 1)
                    : "Docker ignores them (" + (value.equals("host") ? "the container listens on the host's"
                    + " interfaces directly" : "the container has no network to map them into")
                    + "); remove them, or drop network_mode";
            context.at(first, "service " + service.name() + " declares " + what + " but uses `network_mode: "
                            + value + "`, so " + effect)
                    .severity(RuleSupport.level(context, META, shared ? Severity.ERROR : Severity.WARNING))
                    .related(mode.source(), "the network mode")
                    .profiles(service.profiles())
                    .report();
        });
    }

    private static boolean ignoresPorts(String mode) {
        return mode.equals("host") || mode.equals("none") || mode.startsWith("service:")
                || mode.startsWith("container:");
    }

    private static Source first(Service service) {
        if (!service.ports().isEmpty()) return service.ports().get(0).source();
        if (!service.expose().isEmpty()) return service.expose().get(0).source();
        return null;
    }
}
