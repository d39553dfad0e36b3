package dev.composelint.core.sidecar.alertmanager;

import dev.composelint.core.fs.WorkspaceFiles;
import dev.composelint.core.Diagnostics;
import dev.composelint.core.Source;
import dev.composelint.core.sidecar.alertmanager.AlertmanagerConfig.Receiver;
import dev.composelint.core.sidecar.alertmanager.AlertmanagerConfig.Route;
import dev.composelint.core.sidecar.common.FieldReader;
import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;

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

    /** {@link #parse(Path, WorkspaceFiles)} from the disk, uncached. */
    public static AlertmanagerParse parse(Path file) {
        return parse(file, WorkspaceFiles.unrestricted());
    }

    /** Parses {@code file} as the run's {@code files} hold it (an editor buffer over the disk). */
    public static AlertmanagerParse parse(Path file, WorkspaceFiles files) {
        FieldReader fields = new FieldReader(DIAGNOSTIC_ID, files);
        try {
            return parse(file, fields);
        } catch (RuntimeException e) {
            fields.error(Source.file(file), "cannot read the Alertmanager configuration: " + e.getMessage());
            return new AlertmanagerParse(null, fields.findings());
        }
    }

    private static AlertmanagerParse parse(Path file, FieldReader fields) {
        YNode root = fields.read(file);
        if (root == null) {
            if (fields.findings().isEmpty()) fields.error(Source.file(file), "the Alertmanager configuration is "
                    + "empty, so Alertmanager refuses to start (no route provided in config); add a route and "
                    + "receivers");
            return new AlertmanagerParse(null, fields.findings());
        }
        if (!(root instanceof YMap top)) {
            fields.error(root.source(), "an Alertmanager configuration must be a mapping, not a " + root.kindName());
            return new AlertmanagerParse(null, fields.findings());
        }
        Source start = Source.of(file, 1, 1);
        Map<String, Receiver> receivers = receivers(top, fields);
        Route route = null;
        YEntry routeEntry = top.entry("route");
        if (routeEntry == null || !(routeEntry.value() instanceof YMap routeMap)) {
            Source at = routeEntry != null ? routeEntry.keySource() : top.has("receivers") ? top.entry("receivers")
                    .keySource() : start;
            fields.error(at, "no route provided in config, "
                    + "so Alertmanager refuses to start; add a top-level route: with a receiver");
        } else {
            route = route(routeMap, routeEntry.keySource(), fields);
            if (route.receiver() == null || route.receiver().isEmpty()) {
                fields.error(routeEntry.keySource(), "root route must specify a default receiver, so "
                        + "Alertmanager refuses to start; add receiver: to the top-level route");
            }
            undefinedReceivers(route, receivers, fields);
        }
        return new AlertmanagerParse(new AlertmanagerConfig(file, start, route, receivers), fields.findings());
    }

    private static Map<String, Receiver> receivers(YMap top, FieldReader fields) {
        Map<String, Receiver> receivers = new LinkedHashMap<>();
        for (YMap receiver : fields.mappings(top, "receivers", "a receivers entry")) {
            List<String> integrations = new ArrayList<>();
            for (YEntry entry : receiver.entries()) {
                if (entry.key().endsWith("_configs") && !fields.list(receiver, entry.key()).isEmpty()) {
                    integrations.add(entry.key());
                }
            }
            YScalar name = fields.stringNode(receiver, "name");
            if (name == null || name.asText().isEmpty()) {
                if (receiver.has("name") && !FieldReader.isNull(receiver.get("name"))
                        && !(receiver.get("name") instanceof YScalar)) {
                    continue;
                }
                fields.error(receiver.source(), "missing name in receiver, so Alertmanager refuses to "
                        + "start; give the receiver a name");
                continue;
            }
            Receiver parsed = new Receiver(name.asText(), name.source(), integrations);
            if (receivers.putIfAbsent(parsed.name(), parsed) != null) {
                fields.error(name.source(), "notification config name \"" + parsed.name()
                        + "\" is not unique, so Alertmanager refuses to start; rename one of the receivers");
            }
        }
        return receivers;
    }

    private static Route route(YMap map, Source at, FieldReader fields) {
        YScalar receiver = fields.stringNode(map, "receiver");
        String name = receiver == null ? null : receiver.asText();
        List<Route> children = new ArrayList<>();
        for (YMap child : fields.mappings(map, "routes", "a routes entry")) {
            children.add(route(child, child.source(), fields));
        }
        return new Route(name, receiver == null ? at : receiver.source(), children);
    }

    private static void undefinedReceivers(Route route, Map<String, Receiver> receivers, FieldReader fields) {
        if (route.receiver() != null && !route.receiver().isEmpty() && !receivers.containsKey(route.receiver())) {
            fields.error(route.receiverSource(), "undefined receiver \"" + route.receiver() + "\" used in "
                    + "route, so Alertmanager refuses to start; define it under receivers: or fix the name"
                    + (receivers.isEmpty() ? "" : " (receivers: " + String.join(", ", receivers.keySet()) + ")"));
        }
        for (Route child : route.routes()) undefinedReceivers(child, receivers, fields);
    }
}
