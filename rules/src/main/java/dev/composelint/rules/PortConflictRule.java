package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.IpAddress;
import dev.composelint.core.model.PortMapping;
import dev.composelint.core.model.PortRange;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.ProjectOrigin;
import dev.composelint.core.model.Service;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;
import dev.composelint.core.topology.ServiceRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Two published ports that would fight for the same host socket. */
public final class PortConflictRule implements Rule {

    private static final RuleMeta META = new RuleMeta("port-conflict",
            "Two services publish the same host port", Category.CORRECTNESS, Severity.ERROR);

    @Override
    public RuleMeta meta() {
        return META;
    }

    private record Published(Project project, Service service, PortMapping port) {
        ServiceRef ref() {
            return new ServiceRef(project, service);
        }
    }

    @Override
    public void check(RuleContext context) {
        List<Published> all = new ArrayList<>();
        for (Project project : context.workspace().projects()) {
            for (Service service : project.services().values()) {
                if (!project.analyses(service)) continue;
                for (PortMapping port : service.ports()) {
                    if (port.published() != null && !project.isUnknown(port.source())) {
                        all.add(new Published(project, service, port));
                    }
                }
            }
        }
        Set<Service> selfReported = new HashSet<>();
        PortIndex index = new PortIndex();
        for (int j = 0; j < all.size(); j++) {
            Published later = all.get(j);
            if (selfConflict(context, later)) selfReported.add(later.service());
            for (int i : index.candidates(later.port())) {
                Published earlier = all.get(i);
                if (!clash(context, earlier, later)) continue;
                if (earlier.service() == later.service() && selfReported.contains(later.service())) continue;
                report(context, earlier, later);
                break;
            }
            index.add(j, later.port());
        }
    }

    /** Ranges wider than this are kept as intervals instead of being indexed port by port. */
    private static final int INDEXED_RANGE = 1024;
    /** The most earlier entries compared with one published port: keeps thousands of bindings linear. */
    private static final int MAX_CANDIDATES = 256;

    /**
     * The earlier published ports by (protocol, host port, host IP), so that a port bound to one IP is only
     * compared with the same IP and the wildcards; ranges wider than {@link #INDEXED_RANGE} are intervals, and a
     * wide query walks the sorted ports inside it. At most {@link #MAX_CANDIDATES} earlier entries are returned,
     * in document order where they come from one port.
     */
    private static final class PortIndex {
        private final Map<String, TreeMap<Integer, List<Integer>>> byPort = new HashMap<>();
        private final Map<String, List<Integer>> byPortAndIp = new HashMap<>();
        private final Map<String, List<Integer>> wide = new HashMap<>();

        void add(int position, PortMapping port) {
            PortRange range = port.published();
            String protocol = port.protocol();
            if (range.size() > INDEXED_RANGE) {
                wide.computeIfAbsent(protocol, k -> new ArrayList<>()).add(position);
                return;
            }
            TreeMap<Integer, List<Integer>> ports = byPort.computeIfAbsent(protocol, k -> new TreeMap<>());
            String ip = ipKey(port);
            for (int p = range.start(); p <= range.end(); p++) {
                ports.computeIfAbsent(p, k -> new ArrayList<>()).add(position);
                byPortAndIp.computeIfAbsent(protocol + "/" + p + "/" + ip, k -> new ArrayList<>()).add(position);
            }
        }

        List<Integer> candidates(PortMapping port) {
            TreeSet<Integer> found = new TreeSet<>();
            String protocol = port.protocol();
            PortRange range = port.published();
            addUpTo(found, wide.get(protocol));
            TreeMap<Integer, List<Integer>> ports = byPort.getOrDefault(protocol, new TreeMap<>());
            String ip = ipKey(port);
            boolean specific = !port.onEveryInterface();
            if (range.size() > INDEXED_RANGE) {
                for (List<Integer> entries : ports.subMap(range.start(), true, range.end(), true).values()) {
                    if (!addUpTo(found, entries)) break;
                }
                return new ArrayList<>(found);
            }
            for (int p = range.start(); p <= range.end() && found.size() < MAX_CANDIDATES; p++) {
                if (!specific) {
                    addUpTo(found, ports.get(p));
                    continue;
                }
                for (String key : port.hostIp().isIpv4() ? List.of(ip, ANY_IPV4, ANY, ANY_IPV6)
                        : List.of(ip, ANY, ANY_IPV6)) {
                    addUpTo(found, byPortAndIp.get(protocol + "/" + p + "/" + key));
                }
            }
            return new ArrayList<>(found);
        }

        /** Adds entries until {@link #MAX_CANDIDATES} are found; false once full. */
        private static boolean addUpTo(TreeSet<Integer> found, List<Integer> entries) {
            if (entries == null) return found.size() < MAX_CANDIDATES;
            for (int i = 0; i < entries.size() && found.size() < MAX_CANDIDATES; i++) found.add(entries.get(i));
            return found.size() < MAX_CANDIDATES;
        }

        private static final String ANY = "*";
        private static final String ANY_IPV4 = IpAddress.parse("0.0.0.0").normalized();
        private static final String ANY_IPV6 = IpAddress.parse("::").normalized();

        private static String ipKey(PortMapping port) {
            return port.hostIp() == null ? ANY : port.hostIp().normalized();
        }
    }

    private static boolean clash(RuleContext context, Published a, Published b) {
        if (!a.port().protocol().equals(b.port().protocol())) return false;
        if (!a.port().published().overlaps(b.port().published())) return false;
        if (!IpAddress.overlap(a.port().hostIp(), b.port().hostIp())) return false;
        return context.topology().runTogether(a.ref(), b.ref());
    }

    /**
     * Reports a replicated service's first fixed host port, once per service; true when it did. In a swarm stack
     * the ingress routing mesh publishes one port for all replicas; only {@code mode: host} binds on the node. A
     * file that only looks like a stack file may still be run with {@code docker compose up}: a warning there.
     */
    private boolean selfConflict(RuleContext context, Published p) {
        Integer replicas = p.service().replicas() == null ? null : p.service().replicas().value();
        if (replicas == null || replicas <= 1) return false;
        boolean deployedAsStack = p.project().stack() && p.project().origin().kind() == ProjectOrigin.Kind.EVIDENCE;
        boolean stack = p.project().stack() && deployedAsStack;
        List<String> fixed = new ArrayList<>();
        for (PortMapping port : p.service().ports()) {
            if (stack && !"host".equals(port.mode())) continue;
            if (port.published() != null && port.published().size() < replicas) {
                fixed.add(port.published() + "/" + port.protocol());
            }
        }
        if (fixed.isEmpty() || p.port() != firstFixed(p.service(), replicas, stack)) return !fixed.isEmpty();
        context.at(p.port().source(), "service " + p.service().name() + " runs " + replicas + " replicas but publishes"
                        + " the fixed host port" + (fixed.size() > 1 ? "s " : " ") + String.join(", ", fixed)
                        + ", so only one replica can start; publish a range of at least " + replicas
                        + " ports or drop the host port"
                        + (p.project().stack() ? " (fine under docker stack deploy, which publishes through the"
                        + " ingress mesh; `docker compose up` fails)" : ""))
                .severity(p.project().stack() ? Severity.WARNING : null)
                .profiles(p.service().profiles())
                .report();
        return true;
    }

    private static PortMapping firstFixed(Service service, int replicas, boolean stack) {
        for (PortMapping port : service.ports()) {
            if (stack && !"host".equals(port.mode())) continue;
            if (port.published() != null && port.published().size() < replicas) return port;
        }
        return null;
    }

    private static void report(RuleContext context, Published earlier, Published later) {
        String where = earlier.project() == later.project() ? "" : " of project " + earlier.project().name();
        String socket = (later.port().hostIp() == null ? "" : later.port().hostIp() + ":")
                + later.port().published() + "/" + later.port().protocol();
        StringBuilder message = new StringBuilder("host port ").append(socket)
                .append(" is already published by service ").append(earlier.service().name()).append(where)
                .append(", so only one of them can start; publish another host port or bind each to its own host IP");
        Set<String> profiles = new LinkedHashSet<>(earlier.service().profiles());
        profiles.addAll(later.service().profiles());
        if (!profiles.isEmpty()) {
            message.append(" (when profile").append(profiles.size() > 1 ? "s " : " ")
                    .append(String.join(" and ", profiles)).append(profiles.size() > 1 ? " are" : " is")
                    .append(" enabled)");
        }
        context.at(later.port().source(), message.toString())
                .related(earlier.port().source(), "the port published by " + earlier.service().name())
                .profiles(List.copyOf(profiles))
                .report();
    }
}
