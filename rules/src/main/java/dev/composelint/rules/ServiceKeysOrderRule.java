package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.ComposeFile;
import dev.composelint.core.model.FileLayout.Key;
import dev.composelint.core.model.FileLayout.ServiceLayout;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys of a service in dclint's group order: image, build, container_name; depends_on; volumes, volumes_from,
 * configs, secrets; environment, env_file; ports, networks, network_mode, extra_hosts; command, entrypoint,
 * working_dir, restart, healthcheck; logging, labels; user, isolation; then every other key alphabetically.
 */
public final class ServiceKeysOrderRule implements Rule {

    private static final RuleMeta META = new RuleMeta("service-keys-order",
            "The keys of a service are out of the conventional order", Category.STYLE, Severity.INFO, null,
            List.of(), RuleSupport.STYLE);

    static final List<String> GROUPED = List.of("image", "build", "container_name", "depends_on", "volumes",
            "volumes_from", "configs", "secrets", "environment", "env_file", "ports", "networks", "network_mode",
            "extra_hosts", "command", "entrypoint", "working_dir", "restart", "healthcheck", "logging", "labels",
            "user", "isolation");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        OrderFixes fixes = new OrderFixes(context);
        for (ComposeFile file : RuleSupport.files(context)) {
            for (ServiceLayout service : file.layout().services()) {
                List<String> order = expected(service.keys());
                Map<String, Integer> positions = StyleOrder.positions(order);
                String expected = null;
                int lastSeen = -1;
                for (Key key : service.keys()) {
                    int index = positions.getOrDefault(key.name(), -1);
                    if (index < lastSeen) {
                        if (expected == null) expected = StyleOrder.expectedOrder(order, service.keys(), MAX_LISTED);
                        OrderFixes.report(context.at(key.source(), "key " + key.name() + " of service "
                                + service.name() + " is out of order; the expected order is " + expected),
                                fixes.sort(file.path(), List.of("services", service.name()),
                                        Comparator.comparingInt(positions::get), name -> !positions.containsKey(name),
                                        "put the keys of service " + service.name() + " in the conventional order"));
                    }
                    lastSeen = index;
                }
            }
        }
    }

    static List<String> expected(List<Key> keys) {
        List<String> order = new ArrayList<>(GROUPED);
        Set<String> grouped = Set.copyOf(GROUPED);
        keys.stream().map(Key::name).filter(k -> !grouped.contains(k)).sorted(StyleOrder.ALPHABETICAL)
                .forEach(order::add);
        return order;
    }

    /** The most keys named in the expected order of a message: thousands of keys keep each message short. */
    private static final int MAX_LISTED = 100;
}
