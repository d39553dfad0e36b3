package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.Related;
import dev.composelint.core.Source;
import dev.composelint.core.model.Dependency;
import dev.composelint.core.model.EnvVar;
import dev.composelint.core.model.Located;
import dev.composelint.core.model.Network;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Service;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;
import dev.composelint.core.topology.Resolution;
import dev.composelint.core.topology.ServiceRef;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service that sends traffic to another it shares no network with, so the name does not resolve from inside the
 * container. Traffic is evidenced by {@code links}, a URL or {@code host:port} in the environment, command or
 * entrypoint, or a mounted config file addressing the target (error). A plain {@code depends_on} only orders
 * start-up: without such evidence it is an info.
 */
public final class UnreachableDependencyRule implements Rule {

    private static final RuleMeta META = new RuleMeta("unreachable-dependency",
            "A service depends on a service it shares no network with", Category.CORRECTNESS, Severity.ERROR);

    /** {@code scheme://authority}, anywhere in a value (also {@code jdbc:postgresql://...}). */
    private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://([^/?#\\s\"']+)");
    /** A whole value of {@code host:port} items, comma-separated, each optionally followed by a path. */
    private static final Pattern HOST_PORTS = Pattern.compile(
            "[A-Za-z][A-Za-z0-9_.-]*:\\d{1,5}(/\\S*)?(,[A-Za-z][A-Za-z0-9_.-]*:\\d{1,5}(/\\S*)?)*");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9_.-]*[A-Za-z0-9])?");

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** A name the service uses, where, and how (a phrase with {} for the target). */
    private record Reference(String host, Source source, String how) {
    }

    @Override
    public void check(RuleContext context) {
        MountedConfigs configs = new MountedConfigs(context.workspace().root(), context.hostFiles());
        for (ServiceRef from : context.topology().services()) {
            Service service = from.service();
            Project project = from.project();
            if (!project.analyses(service)) continue;
            if (ownNetworkingElsewhere(service)) continue;
            Set<ServiceRef> reported = new HashSet<>();
            for (Reference reference : trafficReferences(project, service)) {
                Resolution resolution = unreachable(context, from, project, reference.host());
                if (resolution == null || !reported.add(resolution.target())) continue;
                report(context, from, reference, resolution, Severity.ERROR, "", null);
            }
            for (Dependency dependency : service.dependsOn().values()) {
                if (dependency.kind() != Dependency.Kind.DEPENDS_ON
                        || !project.services().containsKey(dependency.service())) {
                    continue;
                }
                Resolution resolution = unreachable(context, from, project, dependency.service());
                if (resolution == null || !reported.add(resolution.target())) continue;
                Reference reference = new Reference(dependency.service(), dependency.source(), "depends on {}");
                Source evidence = configs.naming(service, project, resolution.target());
                if (evidence != null) {
                    report(context, from, reference, resolution, Severity.ERROR, "",
                            new Related(evidence, "a mounted config of " + service.name() + " addresses "
                                    + dependency.service() + " here"));
                } else {
                    report(context, from, reference, resolution, Severity.INFO, " (nothing in its environment,"
                            + " command, links or mounted configs addresses " + dependency.service()
                            + ", so this may be only a start-up order)", null);
                }
            }
        }
    }

    /** The target when {@code host} names a service that shares no network with {@code from}, else null. */
    private static Resolution unreachable(RuleContext context, ServiceRef from, Project project, String host) {
        Resolution resolution = context.topology().resolve(from, host, null);
        if (resolution.status() != Resolution.Status.NO_SHARED_NETWORK) return null;
        // A target on no network (a provider, network_mode host) is not reached through Compose's DNS.
        if (resolution.targetNetworks().isEmpty()) return null;
        if (!context.topology().runTogether(project, resolution.target().project())) return null;
        return resolution;
    }

    private static void report(RuleContext context, ServiceRef from, Reference reference, Resolution resolution,
                               Severity severity, String note, Related evidence) {
        Service service = from.service();
        Project project = from.project();
        ServiceRef target = resolution.target();
        boolean sameProject = target.project() == project;
        String targetName = sameProject ? target.name() : target.qualifiedName();
        var finding = context.at(reference.source(), "service " + service.name() + " "
                        + reference.how().replace("{}", targetName) + note + ", but they share no network ("
                        + service.name() + ": " + networks(project, resolution.fromNetworks(), sameProject)
                        + "; " + targetName + ": "
                        + networks(target.project(), resolution.targetNetworks(), sameProject)
                        + "), so the name " + reference.host()
                        + " does not resolve; attach both to a common network")
                .severity(severity)
                .related(target.service().source(), "service " + targetName)
                .profiles(service.profiles());
        if (evidence != null) finding.related(evidence.source(), evidence.message());
        finding.report();
    }

    /** Services using another namespace ({@code host}, {@code none}, {@code container:}, bridge) resolve no names. */
    private static boolean ownNetworkingElsewhere(Service service) {
        Located<String> mode = service.networkMode();
        return mode != null && mode.value() != null && !mode.value().startsWith("service:");
    }

    /**
     * The names the service surely sends traffic to: {@code links}, hosts of URLs and {@code host:port} values in
     * its environment, and in its command and entrypoint arguments.
     */
    private static List<Reference> trafficReferences(Project project, Service service) {
        List<Reference> references = new ArrayList<>();
        for (Dependency dependency : service.dependsOn().values()) {
            if (dependency.kind() == Dependency.Kind.LINKS) {
                references.add(new Reference(dependency.service(), dependency.source(), "links to {}"));
            }
        }
        for (EnvVar variable : service.environment().values()) {
            if (project.isUnknown(variable.valueSource())) continue; // a value supplied at deploy time
            for (String host : hosts(variable.value())) {
                references.add(new Reference(host, variable.source(), "addresses {} in " + variable.name()));
            }
        }
        arguments(service.command(), "command", service.source(), references);
        arguments(service.entrypoint(), "entrypoint", service.source(), references);
        return references;
    }

    /** Hosts of URLs and {@code host:port} values among arguments, also as the value of {@code --flag=value}. */
    private static void arguments(List<String> words, String what, Source at, List<Reference> into) {
        if (words == null) return;
        for (String word : words) {
            int equals = word.indexOf('=');
            String value = equals >= 0 && !word.contains("://") ? word.substring(equals + 1) : word;
            for (String host : hosts(value)) into.add(new Reference(host, at, "addresses {} in its " + what));
        }
    }

    /**
     * The host names an environment value addresses: the hosts of every {@code scheme://[user@]host[:port]} in it
     * (several for {@code mongodb://a:1,b:2}), or of a value that is only {@code host:port} items. A bare word is
     * too weak a hint and yields nothing.
     */
    static List<String> hosts(String value) {
        Set<String> hosts = new LinkedHashSet<>();
        // a URL and a host:port both need a colon
        if (value == null || value.indexOf(':') < 0 || value.isBlank()) return List.of();
        String text = value.trim();
        Matcher url = URL.matcher(text);
        boolean any = false;
        while (url.find()) {
            any = true;
            String authority = url.group(1);
            int at = authority.lastIndexOf('@');
            if (at >= 0) authority = authority.substring(at + 1);
            for (String item : authority.split(",")) addHost(hosts, item);
        }
        if (!any && HOST_PORTS.matcher(text).matches()) {
            for (String item : text.split(",")) {
                int slash = item.indexOf('/');
                addHost(hosts, slash < 0 ? item : item.substring(0, slash));
            }
        }
        return List.copyOf(hosts);
    }

    private static void addHost(Set<String> hosts, String hostPort) {
        if (hostPort.startsWith("[")) return;
        int colon = hostPort.indexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        if (HOST.matcher(host).matches()) hosts.add(host);
    }

    /**
     * Networks by the key the project writes (within one project), or by actual name (across projects, where keys
     * may coincide while names differ).
     */
    private static String networks(Project project, Set<String> actualNames, boolean byKey) {
        List<String> names = new ArrayList<>();
        for (String actual : actualNames) {
            names.add(byKey ? keyOf(project, actual) : actual);
        }
        return NetworkNames.list(names);
    }

    private static String keyOf(Project project, String actualName) {
        for (Network network : project.networks().values()) {
            if (network.name().equals(actualName)) return network.key();
        }
        return actualName;
    }
}
