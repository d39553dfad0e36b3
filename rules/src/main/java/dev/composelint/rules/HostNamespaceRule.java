package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.Located;
import dev.composelint.core.model.Service;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A service sharing one of the host's namespaces: network, process, IPC, UTS or user. */
public final class HostNamespaceRule implements Rule {

    private static final RuleMeta META = new RuleMeta("host-namespace",
            "A service shares a namespace with the host", Category.SECURITY, Severity.WARNING, null, List.of(),
            RuleSupport.SECURITY_RECOMMENDED);

    private static final Map<String, String> MEANING = Map.of(
            "network_mode", "sees and binds every host interface and reaches services listening on localhost",
            "pid", "sees and can signal every host process",
            "ipc", "shares the host's shared memory and semaphores",
            "uts", "can change the host's hostname",
            "userns_mode", "runs without user namespace remapping, so its root is the host's root");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        RuleSupport.services(context, (project, service) -> {
            for (Map.Entry<String, Located<String>> entry : settings(service).entrySet()) {
                Located<String> value = entry.getValue();
                if (value == null || !"host".equals(value.value().trim())) continue;
                context.at(value.source(), "service " + service.name() + " sets `" + entry.getKey()
                                + ": host`, so it " + MEANING.get(entry.getKey()) + "; remove it unless the service"
                                + " must manage the host")
                        .profiles(service.profiles())
                        .report();
            }
        });
    }

    private static Map<String, Located<String>> settings(Service service) {
        Map<String, Located<String>> settings = new LinkedHashMap<>();
        settings.put("network_mode", service.networkMode());
        for (String key : List.of("pid", "ipc", "uts", "userns_mode")) {
            settings.put(key, service.confinement().namespaces().get(key));
        }
        return settings;
    }
}
