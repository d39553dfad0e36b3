package dev.composelint.core.syntax;

import dev.composelint.core.model.IpAddress;
import dev.composelint.core.Source;
import dev.composelint.core.model.PortMapping;
import dev.composelint.core.model.PortRange;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One {@code ports:} item in long form, as Compose reads it: the short syntax {@code [[IP:]HOST:]CONTAINER[/PROTO]}
 * (go-connections {@code nat.ParsePortSpec}) or a long-form mapping.
 */
public final class PortSyntax {

    /** The mappings one item stands for, or an error in Compose's words (then {@code ports} is empty). */
    public record Parsed(List<PortMapping> ports, String error) {

        public Parsed {
            ports = List.copyOf(ports);
        }

        static Parsed ok(List<PortMapping> ports) {
            return new Parsed(ports, null);
        }

        static Parsed error(String message) {
            return new Parsed(List.of(), message);
        }

        public boolean failed() {
            return error != null;
        }
    }

    private static final String DEFAULT_MODE = "ingress";

    private PortSyntax() {
    }

    public static Parsed parse(YNode entry) {
        if (entry instanceof YMap map) return parseLong(map);
        if (entry instanceof YScalar scalar && !scalar.isNull()) return parseShort(scalar.asText(), entry.source());
        return Parsed.ok(List.of());
    }

    /** Parses the short syntax; every mapping gets {@code source}. */
    public static Parsed parseShort(String spec, Source source) {
        String[] parts = spec.split(":", -1);
        int n = parts.length;
        String containerPart = parts[n - 1];
        String hostPart = n >= 2 ? parts[n - 2] : "";
        String ip = n >= 3 ? String.join(":", Arrays.asList(parts).subList(0, n - 2)) : "";

        String proto;
        String containerPort;
        int slash = containerPart.indexOf('/');
        if (containerPart.isEmpty() || slash == 0) {
            proto = "";
            containerPort = "";
        } else if (slash < 0) {
            proto = "tcp";
            containerPort = containerPart;
        } else {
            containerPort = containerPart.substring(0, slash);
            String rest = containerPart.substring(slash + 1);
            int nextSlash = rest.indexOf('/');
            proto = nextSlash >= 0 ? rest.substring(0, nextSlash) : rest;
            if (proto.isEmpty()) proto = "tcp";
        }

        if (ip.startsWith("[")) {
            if (!ip.endsWith("]")) return Parsed.error("invalid IP address: " + ip);
            ip = ip.substring(1, ip.length() - 1);
        }
        if (!ip.isEmpty() && !IpAddress.isValid(ip)) return Parsed.error("invalid IP address: " + ip);
        if (containerPort.isEmpty()) return Parsed.error("no port specified: " + spec + "<empty>");

        PortRange container = parseRange(containerPort);
        if (container == null) return Parsed.error("invalid containerPort: " + containerPort);
        PortRange host = null;
        if (!hostPart.isEmpty()) {
            host = parseRange(hostPart);
            if (host == null) return Parsed.error("invalid hostPort: " + hostPart);
            if (container.size() != host.size() && container.size() > 1) {
                return Parsed.error("invalid ranges specified for container and host Ports: "
                        + containerPort + " and " + hostPart);
            }
        }
        proto = proto.toLowerCase(Locale.ROOT);
        if (!proto.equals("tcp") && !proto.equals("udp") && !proto.equals("sctp")) {
            return Parsed.error("invalid proto: " + proto);
        }

        IpAddress hostIp = ip.isEmpty() ? null : IpAddress.parse(ip);
        List<PortMapping> ports = new ArrayList<>();
        for (int i = 0; i < container.size(); i++) {
            PortRange published = null;
            if (host != null) {
                published = container.size() == 1 ? host : PortRange.single(host.start() + i);
            }
            ports.add(new PortMapping(hostIp, published, PortRange.single(container.start() + i), proto,
                    DEFAULT_MODE, null, source));
        }
        // Compose orders the entries of one spec by the text "<port>/<proto>".
        ports.sort(Comparator.comparing(p -> p.target().start() + "/" + p.protocol()));
        return Parsed.ok(ports);
    }

    private static Parsed parseLong(YMap map) {
        Source source = map.source();
        PortRange target = PortRange.single(0);
        String targetText = Values.text(map.get("target"));
        if (targetText != null) {
            Integer port = parsePort(targetText.trim());
            if (port == null) return Parsed.error("invalid containerPort: " + targetText);
            target = PortRange.single(port);
        }
        PortRange published = null;
        String publishedText = Values.text(map.get("published"));
        if (publishedText != null && !publishedText.isEmpty()) {
            published = parseRange(publishedText);
            if (published == null) return Parsed.error("invalid hostPort: " + publishedText);
        }
        String hostIp = Values.text(map.get("host_ip"));
        if (hostIp != null && hostIp.isEmpty()) hostIp = null;
        if (hostIp != null && !IpAddress.isValid(hostIp)) return Parsed.error("invalid ip address: " + hostIp);
        String protocol = Values.text(map.get("protocol"));
        protocol = protocol == null || protocol.isEmpty() ? "tcp" : protocol.toLowerCase(Locale.ROOT);
        String mode = Values.text(map.get("mode"));
        if (mode == null || mode.isEmpty()) mode = DEFAULT_MODE;
        return Parsed.ok(List.of(new PortMapping(IpAddress.parse(hostIp), published, target, protocol, mode,
                Values.text(map.get("name")), source)));
    }

    /** {@code N} or {@code N-M} with ports 0..65535 (Go {@code nat.ParsePortRange}); null when invalid. */
    static PortRange parseRange(String text) {
        if (text.isEmpty()) return null;
        int dash = text.indexOf('-');
        if (dash < 0) {
            Integer port = parsePort(text);
            return port == null ? null : PortRange.single(port);
        }
        String[] parts = text.split("-", -1);
        Integer start = parsePort(parts[0]);
        Integer end = parsePort(parts[1]);
        if (start == null || end == null || end < start) return null;
        return new PortRange(start, end);
    }

    /** Go {@code strconv.ParseUint(s, 10, 16)}. */
    private static Integer parsePort(String text) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) return null;
        int value = Integer.parseInt(text);
        return value <= 65535 ? value : null;
    }
}
