package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.FileLayout.Key;
import dev.composelint.core.model.FileLayout.ServiceLayout;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.ArrayList;
import java.util.List;

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
        RuleSupport.serviceLayouts(context, service -> {
            List<String> order = expected(service.keys());
            int lastSeen = -1;
            for (Key key : service.keys()) {
                int index = order.indexOf(key.name());
                if (index < lastSeen) {
                    context.at(key.source(), "key " + key.name() + " of service " + service.name()
                            + " is out of order; the expected order is " + String.join(", ",
                            present(order, service.keys()))).report();
                }
                lastSeen = index;
            }
        });
    }

    static List<String> expected(List<Key> keys) {
        List<String> order = new ArrayList<>(GROUPED);
        keys.stream().map(Key::name).filter(k -> !GROUPED.contains(k)).sorted(StyleOrder.ALPHABETICAL)
                .forEach(order::add);
        return order;
    }

    private static List<String> present(List<String> order, List<Key> keys) {
        List<String> names = keys.stream().map(Key::name).toList();
        return order.stream().filter(names::contains).toList();
    }
}
