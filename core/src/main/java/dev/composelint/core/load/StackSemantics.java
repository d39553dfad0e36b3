package dev.composelint.core.load;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YamlParse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What changes when a file is deployed with {@code docker stack deploy} instead of {@code docker compose up}: the
 * stack loader ignores some service keys (it says so and goes on), publishes ports through the swarm's ingress
 * (replicas may share one published port), and creates overlay networks.
 */
final class StackSemantics {

    /** Service keys {@code docker stack deploy} ignores, with what it does instead. */
    static final Map<String, String> IGNORED = Map.ofEntries(
            Map.entry("build", "a stack deploys images; build them beforehand"),
            Map.entry("cgroup_parent", "not supported by swarm services"),
            Map.entry("container_name", "swarm names the tasks itself"),
            Map.entry("depends_on", "swarm starts services in no particular order"),
            Map.entry("devices", "not supported by swarm services"),
            Map.entry("external_links", "not supported by swarm services"),
            Map.entry("links", "use the service names on a shared network"),
            Map.entry("network_mode", "swarm services attach to networks"),
            Map.entry("privileged", "not supported by swarm services"),
            Map.entry("restart", "use deploy.restart_policy"),
            Map.entry("security_opt", "not supported by swarm services"),
            Map.entry("userns_mode", "not supported by swarm services"));

    private StackSemantics() {
    }

    /**
     * True when a file reads as a swarm stack file with no command line to say so: its name says "stack", or it
     * uses deploy settings that only swarm honours ({@code mode}, {@code placement}, update and rollback
     * configs, {@code endpoint_mode}), and no service has a {@code build}. {@code deploy.replicas} alone is not
     * enough: Compose honours it too.
     */
    static boolean looksLikeStack(Path file, FileFacts facts) {
        if (facts.builds()) return false;
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.contains("stack") || facts.swarmOnly();
    }

    /** One info finding per ignored key of every service in the files, where the key stands. */
    static List<Finding> ignoredKeys(List<Path> files, Map<Path, YamlParse> parses) {
        List<Finding> out = new ArrayList<>();
        for (Path file : files) {
            YamlParse parse = parses.get(file.toAbsolutePath().normalize());
            if (parse == null) continue;
            for (YNode doc : parse.documents()) {
                if (!(doc instanceof YMap m) || !(m.get("services") instanceof YMap services)) continue;
                for (YEntry service : services.entries()) {
                    if (!(service.value() instanceof YMap s)) continue;
                    for (YEntry key : s.entries()) {
                        String why = IGNORED.get(key.key());
                        if (why == null) continue;
                        out.add(new Finding(Diagnostics.COMPOSE, Severity.INFO, key.key() + " of service "
                                + service.key() + " is ignored by docker stack deploy (" + why + ")",
                                key.keySource()));
                    }
                }
            }
        }
        return out;
    }
}
