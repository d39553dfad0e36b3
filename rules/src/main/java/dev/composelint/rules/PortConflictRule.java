package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.PortMapping;
import dev.composelint.core.model.PortRange;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Service;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Two published ports that would fight for the same host socket. */
public final class PortConflictRule implements Rule {

    private static final RuleMeta META = new RuleMeta("port-conflict",
            "Two services publish the same host port", Category.CORRECTNESS, Severity.ERROR);

    @Override
    public RuleMeta meta() {
        return META;
    }

    private record Published(Project project, Service service, PortMapping port) {
    }

    @Override
    public void check(RuleContext context) {
        List<Published> all = new ArrayList<>();
        for (Project project : context.workspace().projects()) {
            for (Service service : project.services().values()) {
                if (!project.activeProfiles().isEmpty() && !service.enabled()) continue;
                for (PortMapping port : service.ports()) {
                    if (port.published() != null && !hasVariable(port.hostIp())) {
                        all.add(new Published(project, service, port));
                    }
                }
            }
        }
        java.util.Set<Service> selfReported = new java.util.HashSet<>();
        for (int j = 0; j < all.size(); j++) {
            Published later = all.get(j);
            if (selfConflict(context, later)) selfReported.add(later.service());
            for (int i = 0; i < j; i++) {
                Published earlier = all.get(i);
                if (!clash(earlier, later)) continue;
                if (earlier.service() == later.service() && selfReported.contains(later.service())) continue;
                report(context, earlier, later);
                break;
            }
        }
    }

    private static boolean clash(Published a, Published b) {
        if (!Deployments.together(a.project(), b.project())) return false;
        if (!a.port().protocol().equals(b.port().protocol())) return false;
        if (!a.port().published().overlaps(b.port().published())) return false;
        if (!ipsOverlap(a.port().hostIp(), b.port().hostIp())) return false;
        if (a.service() == b.service() && a.project() == b.project()) {
            return true;
        }
        return profilesMayMeet(a.service(), b.service());
    }

    /** Services whose profile sets are both non-empty and disjoint are alternatives, not run together. */
    private static boolean profilesMayMeet(Service a, Service b) {
        if (a.profiles().isEmpty() || b.profiles().isEmpty()) return true;
        if (a.profiles().contains("*") || b.profiles().contains("*")) return true;
        for (String p : a.profiles()) {
            if (b.profiles().contains(p)) return true;
        }
        return false;
    }

    /** Reports a replicated service's first fixed host port, once per service; true when it did. */
    private boolean selfConflict(RuleContext context, Published p) {
        Integer replicas = p.service().replicas() == null ? null : p.service().replicas().value();
        if (replicas == null || replicas <= 1) return false;
        List<String> fixed = new ArrayList<>();
        for (PortMapping port : p.service().ports()) {
            if (port.published() != null && port.published().size() < replicas) {
                fixed.add(port.published() + "/" + port.protocol());
            }
        }
        if (fixed.isEmpty() || p.port() != firstFixed(p.service(), replicas)) return !fixed.isEmpty();
        context.at(p.port().source(), "service " + p.service().name() + " runs " + replicas + " replicas but publishes"
                        + " the fixed host port" + (fixed.size() > 1 ? "s " : " ") + String.join(", ", fixed)
                        + ", so only one replica can start; publish a range of at least " + replicas
                        + " ports or drop the host port")
                .profiles(p.service().profiles())
                .report();
        return true;
    }

    private static PortMapping firstFixed(Service service, int replicas) {
        for (PortMapping port : service.ports()) {
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

    private static boolean hasVariable(String text) {
        return text != null && text.contains("$");
    }

    /**
     * Unspecified overlaps everything; {@code 0.0.0.0} every IPv4 address; {@code ::} every address of both
     * families; otherwise the addresses must be equal.
     */
    static boolean ipsOverlap(String a, String b) {
        String x = normalize(a);
        String y = normalize(b);
        if (x == null || y == null) return true;
        if (x.equals("::") || y.equals("::")) return true;
        boolean x4 = !x.contains(":");
        boolean y4 = !y.contains(":");
        if (x.equals("0.0.0.0")) return y4;
        if (y.equals("0.0.0.0")) return x4;
        return x.equals(y);
    }

    private static String normalize(String ip) {
        if (ip == null) return null;
        String s = ip.trim().toLowerCase(Locale.ROOT);
        if (s.startsWith("[") && s.endsWith("]")) s = s.substring(1, s.length() - 1);
        if (s.isEmpty()) return null;
        if (s.contains(":")) {
            try {
                s = java.net.InetAddress.getByName(s).getHostAddress();
                if (s.equals("0:0:0:0:0:0:0:0")) return "::";
            } catch (java.net.UnknownHostException | SecurityException e) {
                return s;
            }
        }
        return s;
    }
}
