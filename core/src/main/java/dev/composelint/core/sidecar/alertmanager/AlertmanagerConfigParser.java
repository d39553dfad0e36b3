package dev.composelint.core.sidecar.alertmanager;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.sidecar.alertmanager.AlertmanagerConfig.Receiver;
import dev.composelint.core.sidecar.alertmanager.AlertmanagerConfig.Route;
import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;
import dev.composelint.core.yaml.YamlParse;
import dev.composelint.core.yaml.YamlReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses an alertmanager.yml into an {@link AlertmanagerConfig} and reports, as {@code alertmanager-config}
 * errors at exact positions, what makes Alertmanager refuse to load it: YAML errors, a file that is not a mapping,
 * no top-level {@code route}, a root route without a receiver, a route naming an undefined receiver, a receiver
 * without a name or with a duplicate name. Integrations are not validated field by field. Never throws.
 */
public final class AlertmanagerConfigParser {

    /** The reserved rule id of Alertmanager configuration diagnostics. */
    public static final String DIAGNOSTIC_ID = Diagnostics.ALERTMANAGER_CONFIG;

    private AlertmanagerConfigParser() {
    }

    public static AlertmanagerParse parse(Path file) {
        List<Finding> diagnostics = new ArrayList<>();
        try {
            return parse(file, diagnostics);
        } catch (RuntimeException e) {
            diagnostics.add(error(Source.file(file), "cannot read the Alertmanager configuration: " + e.getMessage()));
            return new AlertmanagerParse(null, diagnostics);
        }
    }

    private static AlertmanagerParse parse(Path file, List<Finding> diagnostics) {
        YamlParse parse = new YamlReader().read(file);
        for (Finding f : parse.diagnostics()) diagnostics.add(error(f.source(), f.message()));
        if (parse.documents().isEmpty()) {
            if (diagnostics.isEmpty()) diagnostics.add(error(Source.file(file), "the Alertmanager configuration is "
                    + "empty, so Alertmanager refuses to start (no route provided in config); add a route and "
                    + "receivers"));
            return new AlertmanagerParse(null, diagnostics);
        }
        YNode root = parse.documents().get(0);
        if (!(root instanceof YMap top)) {
            diagnostics.add(error(root.source(), "an Alertmanager configuration must be a mapping, not a "
                    + root.kindName()));
            return new AlertmanagerParse(null, diagnostics);
        }
        Source start = Source.of(file, 1, 1);
        Map<String, Receiver> receivers = receivers(top, diagnostics);
        Route route = null;
        YEntry routeEntry = top.entry("route");
        if (routeEntry == null || !(routeEntry.value() instanceof YMap routeMap)) {
            Source at = routeEntry != null ? routeEntry.keySource() : top.has("receivers") ? top.entry("receivers")
                    .keySource() : start;
            diagnostics.add(error(at, "no route provided in config, "
                    + "so Alertmanager refuses to start; add a top-level route: with a receiver"));
        } else {
            route = route(routeMap, routeEntry.keySource());
            if (route.receiver() == null || route.receiver().isEmpty()) {
                diagnostics.add(error(routeEntry.keySource(), "root route must specify a default receiver, so "
                        + "Alertmanager refuses to start; add receiver: to the top-level route"));
            }
            undefinedReceivers(route, receivers, diagnostics);
        }
        diagnostics.sort(null);
        return new AlertmanagerParse(new AlertmanagerConfig(file, start, route, receivers), diagnostics);
    }

    private static Map<String, Receiver> receivers(YMap top, List<Finding> diagnostics) {
        Map<String, Receiver> receivers = new LinkedHashMap<>();
        YNode node = top.get("receivers");
        if (!(node instanceof YSeq list)) return receivers;
        for (YNode item : list.items()) {
            if (!(item instanceof YMap receiver)) continue;
            YScalar name = receiver.scalar("name");
            if (name == null || name.isNull() || name.asText().isEmpty()) {
                diagnostics.add(error(receiver.source(), "missing name in receiver, so Alertmanager refuses to "
                        + "start; give the receiver a name"));
                continue;
            }
            List<String> integrations = new ArrayList<>();
            for (YEntry entry : receiver.entries()) {
                if (entry.key().endsWith("_configs") && entry.value() instanceof YSeq configs && configs.size() > 0) {
                    integrations.add(entry.key());
                }
            }
            Receiver parsed = new Receiver(name.asText(), name.source(), integrations);
            if (receivers.putIfAbsent(parsed.name(), parsed) != null) {
                diagnostics.add(error(name.source(), "notification config name \"" + parsed.name()
                        + "\" is not unique, so Alertmanager refuses to start; rename one of the receivers"));
            }
        }
        return receivers;
    }

    private static Route route(YMap map, Source at) {
        YScalar receiver = map.scalar("receiver");
        String name = receiver == null || receiver.isNull() ? null : receiver.asText();
        List<Route> children = new ArrayList<>();
        if (map.get("routes") instanceof YSeq routes) {
            for (YNode item : routes.items()) {
                if (item instanceof YMap child) children.add(route(child, child.source()));
            }
        }
        return new Route(name, receiver == null ? at : receiver.source(), children);
    }

    private static void undefinedReceivers(Route route, Map<String, Receiver> receivers, List<Finding> diagnostics) {
        if (route.receiver() != null && !route.receiver().isEmpty() && !receivers.containsKey(route.receiver())) {
            diagnostics.add(error(route.receiverSource(), "undefined receiver \"" + route.receiver() + "\" used in "
                    + "route, so Alertmanager refuses to start; define it under receivers: or fix the name"
                    + (receivers.isEmpty() ? "" : " (receivers: " + String.join(", ", receivers.keySet()) + ")")));
        }
        for (Route child : route.routes()) undefinedReceivers(child, receivers, diagnostics);
    }

    private static Finding error(Source source, String message) {
        return new Finding(DIAGNOSTIC_ID, Severity.ERROR, message, source);
    }
}
