package dev.composelint.core.topology;

import dev.composelint.core.model.ExposedPort;
import dev.composelint.core.model.Located;
import dev.composelint.core.model.Network;
import dev.composelint.core.model.NetworkAttachment;
import dev.composelint.core.model.PortMapping;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Service;
import dev.composelint.core.model.Workspace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The {@link Topology} of a loaded workspace, computed once. */
public final class WorkspaceTopology implements Topology {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "0.0.0.0", "[::1]");

    private final Workspace workspace;
    private final List<ServiceRef> services = new ArrayList<>();
    private final Map<ServiceRef, Set<String>> networksByService = new HashMap<>();
    private final Map<String, List<ServiceRef>> servicesByNetwork = new HashMap<>();
    private final List<NetworkDeclaration> created = new ArrayList<>();
    /** Lower-cased DNS name → the services it names, with the actual networks the name is valid on (null: all). */
    private final Map<String, List<NameBinding>> names = new HashMap<>();

    private record NameBinding(ServiceRef service, Set<String> networks) {
    }

    public WorkspaceTopology(Workspace workspace) {
        this.workspace = workspace;
        for (Project project : workspace.projects()) {
            for (Network network : project.networks().values()) {
                if (!network.external()) created.add(new NetworkDeclaration(project, network));
            }
            for (Service service : project.services().values()) {
                services.add(new ServiceRef(project, service));
            }
        }
        for (ServiceRef ref : services) {
            Set<String> nets = computeNetworks(ref, new HashSet<>());
            networksByService.put(ref, nets);
            for (String net : nets) servicesByNetwork.computeIfAbsent(net, k -> new ArrayList<>()).add(ref);
            bind(ref.service().name(), ref, null);
            bind(ref.project().name() + "-" + ref.service().name() + "-1", ref, null);
            bind(ref.project().name() + "_" + ref.service().name() + "_1", ref, null);
            if (ref.service().containerName() != null) bind(ref.service().containerName().value(), ref, null);
            if (ref.service().hostname() != null) bind(ref.service().hostname().value(), ref, null);
            for (NetworkAttachment attachment : ref.service().networks().values()) {
                String actual = actualName(ref.project(), attachment.network());
                for (String alias : attachment.aliases()) bind(alias, ref, Set.of(actual));
            }
        }
    }

    private void bind(String name, ServiceRef ref, Set<String> networks) {
        if (name == null || name.isBlank()) return;
        names.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(new NameBinding(ref, networks));
    }

    private Set<String> computeNetworks(ServiceRef ref, Set<String> visiting) {
        Located<String> mode = ref.service().networkMode();
        if (mode != null && mode.value() != null) {
            String value = mode.value();
            if (value.startsWith("service:") && visiting.add(ref.service().name())) {
                Service other = ref.project().services().get(value.substring("service:".length()));
                return other == null ? Set.of() : computeNetworks(new ServiceRef(ref.project(), other), visiting);
            }
            return Set.of();
        }
        Set<String> result = new TreeSet<>();
        for (NetworkAttachment attachment : ref.service().networks().values()) {
            result.add(actualName(ref.project(), attachment.network()));
        }
        return Collections.unmodifiableSet(result);
    }

    /** The actual name of a network key of a project; an undeclared key gets Compose's default naming. */
    static String actualName(Project project, String key) {
        Network network = project.networks().get(key);
        return network != null ? network.name() : project.name() + "_" + key;
    }

    @Override
    public Workspace workspace() {
        return workspace;
    }

    @Override
    public List<ServiceRef> services() {
        return Collections.unmodifiableList(services);
    }

    @Override
    public Set<String> networksOf(ServiceRef service) {
        Set<String> nets = networksByService.get(service);
        return nets != null ? nets : computeNetworks(service, new HashSet<>());
    }

    @Override
    public List<ServiceRef> attachedTo(String actualNetworkName) {
        return servicesByNetwork.getOrDefault(actualNetworkName, List.of());
    }

    @Override
    public List<NetworkDeclaration> creatorsOf(String actualNetworkName) {
        return created.stream().filter(d -> d.network().name().equals(actualNetworkName)).toList();
    }

    @Override
    public List<NetworkDeclaration> createdNetworks() {
        return Collections.unmodifiableList(created);
    }

    @Override
    public boolean runTogether(Project p, Project q) {
        return Deployments.together(p, q);
    }

    @Override
    public boolean stackDeployed(Project project) {
        return Deployments.stackDeployed(workspace, project);
    }

    @Override
    public List<ServiceRef> lookup(String host) {
        if (host == null) return List.of();
        Set<ServiceRef> result = new LinkedHashSet<>();
        for (NameBinding binding : names.getOrDefault(host.toLowerCase(Locale.ROOT), List.of())) {
            result.add(binding.service());
        }
        return List.copyOf(result);
    }

    @Override
    public Resolution resolve(ServiceRef from, String host, Integer port) {
        Set<String> fromNets = networksOf(from);
        if (host == null || host.isBlank() || host.contains("$") || host.contains("{") || isIpLiteral(host)
                && !LOOPBACK.contains(host)) {
            return notChecked(fromNets, "not a service name");
        }
        String lower = host.toLowerCase(Locale.ROOT);
        if (LOOPBACK.contains(lower) || namesSelf(from, lower)) {
            return new Resolution(Resolution.Status.SELF, from, List.of(from), fromNets, fromNets, fromNets, "");
        }
        if (inExtraHosts(from.service(), lower)) {
            return notChecked(fromNets, "the service's extra_hosts maps the name");
        }
        Located<String> mode = from.service().networkMode();
        if (mode != null && "host".equals(mode.value())) {
            return notChecked(fromNets, "network_mode host uses the host's resolver");
        }
        List<NameBinding> bindings = names.getOrDefault(lower, List.of());
        if (bindings.isEmpty()) {
            if (lower.contains(".") || lower.equals("host.docker.internal")) {
                return notChecked(fromNets, "an external name");
            }
            return new Resolution(Resolution.Status.NO_SUCH_HOST, null, List.of(), Set.of(), fromNets, Set.of(),
                    "no service, alias, container_name or hostname is called " + host);
        }
        Map<ServiceRef, Set<String>> reachable = new LinkedHashMap<>();
        List<ServiceRef> candidates = new ArrayList<>();
        for (NameBinding binding : bindings) {
            ServiceRef target = binding.service();
            if (!candidates.contains(target)) candidates.add(target);
            Set<String> valid = new TreeSet<>(networksOf(target));
            if (binding.networks() != null) valid.retainAll(binding.networks());
            valid.retainAll(fromNets);
            if (!valid.isEmpty()) reachable.computeIfAbsent(target, k -> new TreeSet<>()).addAll(valid);
        }
        if (reachable.isEmpty()) {
            ServiceRef target = preferSameProject(from, candidates);
            return new Resolution(Resolution.Status.NO_SHARED_NETWORK, target, candidates, Set.of(), fromNets,
                    networksOf(target), host + " shares no network with " + from.name());
        }
        ServiceRef target = preferSameProject(from, new ArrayList<>(reachable.keySet()));
        Set<String> shared = reachable.get(target);
        Set<String> targetNets = networksOf(target);
        if (port == null) {
            return new Resolution(Resolution.Status.REACHABLE, target, candidates, shared, fromNets, targetNets, "");
        }
        Set<Integer> containerPorts = containerPorts(target.service());
        if (containerPorts.isEmpty() || containerPorts.contains(port)) {
            return new Resolution(Resolution.Status.REACHABLE, target, candidates, shared, fromNets, targetNets, "");
        }
        for (PortMapping mapping : target.service().ports()) {
            if (mapping.published() != null && mapping.published().contains(port)) {
                return new Resolution(Resolution.Status.PUBLISHED_PORT, target, candidates, shared, fromNets,
                        targetNets, port + " is the host port published for container port " + mapping.target());
            }
        }
        return new Resolution(Resolution.Status.UNKNOWN_PORT, target, candidates, shared, fromNets, targetNets,
                "port " + port + " is not among the container ports " + containerPorts + " of " + target.name());
    }

    /** True when {@code extra_hosts} of the service names the host ({@code host:ip} or {@code host=ip}). */
    private static boolean inExtraHosts(Service service, String host) {
        return service.extraHosts().stream().anyMatch(entry -> entry.names(host));
    }

    private static boolean namesSelf(ServiceRef from, String lower) {
        Service s = from.service();
        return s.name().equalsIgnoreCase(lower)
                || s.containerName() != null && lower.equalsIgnoreCase(s.containerName().value())
                || s.hostname() != null && lower.equalsIgnoreCase(s.hostname().value());
    }

    private static ServiceRef preferSameProject(ServiceRef from, List<ServiceRef> candidates) {
        for (ServiceRef c : candidates) {
            if (c.project() == from.project()) return c;
        }
        return candidates.get(0);
    }

    /** Container ports a service is known to listen on: its ports' targets, expose, and image defaults. */
    public static Set<Integer> containerPorts(Service service) {
        Set<Integer> ports = new TreeSet<>();
        for (PortMapping mapping : service.ports()) {
            for (int p = mapping.target().start(); p <= mapping.target().end() && p - mapping.target().start() < 1024;
                 p++) {
                ports.add(p);
            }
        }
        for (ExposedPort expose : service.expose()) {
            // an interpolated or malformed expose entry says nothing about ports
            if (expose.ports() == null) continue;
            for (int p = expose.ports().start(); p <= expose.ports().end() && p - expose.ports().start() < 1024; p++) {
                ports.add(p);
            }
        }
        if (!ports.isEmpty()) ports.addAll(WellKnownPorts.of(service.imageRef()));
        return ports;
    }

    private static boolean isIpLiteral(String host) {
        return IPV4.matcher(host).matches() || host.contains(":") || host.startsWith("[");
    }

    private static Resolution notChecked(Set<String> fromNets, String why) {
        return new Resolution(Resolution.Status.NOT_CHECKED, null, List.of(), Set.of(), fromNets, Set.of(), why);
    }
}
