package dev.composelint.core.sidecar.prometheus;

import dev.composelint.core.Source;
import dev.composelint.core.model.Url;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import static dev.composelint.core.sidecar.common.FieldReader.present;

/**
 * The load-time checks Prometheus makes on discovery configs other than static, file and DNS: required settings,
 * allowed values and settings that exclude each other. Unknown keys inside these configs are not checked.
 */
final class SdChecks {

    /** Allowed values of a setting; {@code required} when Prometheus has no default. */
    private record Choice(String key, Set<String> values, boolean required, boolean caseSensitive) {
    }

    private static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("docker", List.of("host")),
            Map.entry("dockerswarm", List.of("host")),
            Map.entry("eureka", List.of("server")),
            Map.entry("http", List.of("url")),
            Map.entry("ionos", List.of("datacenter_id")),
            Map.entry("ovhcloud", List.of("endpoint", "application_key", "application_secret", "consumer_key")),
            Map.entry("puppetdb", List.of("url", "query")),
            Map.entry("scaleway", List.of("project_id", "access_key")),
            Map.entry("uyuni", List.of("server")),
            Map.entry("gce", List.of("project", "zone")));

    private static final Map<String, List<Choice>> CHOICES = Map.of(
            "dockerswarm", List.of(new Choice("role", Set.of("services", "tasks", "nodes"), true, false)),
            "hetzner", List.of(new Choice("role", Set.of("robot", "hcloud"), true, true)),
            "openstack", List.of(new Choice("role", Set.of("hypervisor", "instance", "loadbalancer"), true, true),
                    new Choice("availability", Set.of("public", "admin", "internal"), false, true)),
            "ovhcloud", List.of(new Choice("service", Set.of("vps", "dedicated_server"), true, true)),
            "scaleway", List.of(new Choice("role", Set.of("instance", "baremetal"), true, true)),
            "kubernetes", List.of(new Choice("role", Set.of("endpoints", "endpointslice", "node", "pod", "service",
                    "ingress"), true, true)),
            "azure", List.of(new Choice("authentication_method", Set.of("OAuth", "ManagedIdentity", "SDK",
                    "WorkloadIdentity"), false, true)));

    private SdChecks() {
    }

    static void check(String kind, YMap sd, BiConsumer<Source, String> error) {
        String key = kind + "_sd_configs";
        for (String field : REQUIRED.getOrDefault(kind, List.of())) {
            if (!present(sd, field)) {
                error.accept(at(sd, field), key + " needs " + field + "; set it");
            }
        }
        for (Choice choice : CHOICES.getOrDefault(kind, List.of())) {
            YNode node = sd.get(choice.key());
            String value = node instanceof YScalar s && !s.isNull() ? s.asText() : null;
            if (value == null || value.isEmpty()) {
                if (choice.required()) {
                    error.accept(at(sd, choice.key()), key + " needs " + choice.key() + " (one of "
                            + String.join(", ", new TreeSet<>(choice.values())) + ")");
                }
                continue;
            }
            String compared = choice.caseSensitive() ? value : value.toLowerCase(Locale.ROOT);
            if (!choice.values().contains(compared)) {
                error.accept(node.source(), "unknown " + choice.key() + " \"" + value + "\" in " + key + "; use one of "
                        + String.join(", ", new TreeSet<>(choice.values())));
            }
        }
        switch (kind) {
            case "azure" -> azure(sd, error);
            case "ec2" -> ec2(sd, error);
            case "marathon" -> marathon(sd, error);
            case "scaleway" -> {
                if (present(sd, "secret_key") == present(sd, "secret_key_file")) {
                    error.accept(sd.source(), "scaleway_sd_configs needs exactly one of secret_key & secret_key_file");
                }
            }
            case "eureka", "http", "puppetdb" -> {
                String field = kind.equals("eureka") ? "server" : "url";
                YNode node = sd.get(field);
                if (node instanceof YScalar s && !s.isNull() && !s.asText().isEmpty()) {
                    String problem = httpUrlProblem(s.asText());
                    if (problem != null) error.accept(s.source(), field + " of " + key + " is invalid: " + problem);
                }
            }
            default -> {
            }
        }
    }

    private static void azure(YMap sd, BiConsumer<Source, String> error) {
        String method = sd.text("authentication_method");
        if (!present(sd, "subscription_id")) {
            error.accept(at(sd, "subscription_id"), "azure SD configuration requires a subscription_id");
        }
        if (method == null || method.isEmpty() || method.equals("OAuth")) {
            for (String field : List.of("tenant_id", "client_id", "client_secret")) {
                if (!present(sd, field)) {
                    error.accept(at(sd, field), "azure SD configuration requires a " + field
                            + " with OAuth authentication");
                }
            }
        }
    }

    private static void ec2(YMap sd, BiConsumer<Source, String> error) {
        if (!(sd.get("filters") instanceof YSeq filters)) return;
        for (YNode f : filters.items()) {
            if (f instanceof YMap filter && !(filter.get("values") instanceof YSeq values && values.size() > 0)) {
                error.accept(filter.source(), "EC2 SD configuration filter values cannot be empty");
            }
        }
    }

    private static void marathon(YMap sd, BiConsumer<Source, String> error) {
        if (!(sd.get("servers") instanceof YSeq servers && servers.size() > 0)) {
            error.accept(at(sd, "servers"), "marathon_sd: must contain at least one Marathon server");
        }
        boolean token = present(sd, "auth_token");
        boolean tokenFile = present(sd, "auth_token_file");
        if (!token && !tokenFile) return;
        if (token && tokenFile) {
            error.accept(sd.source(), "marathon_sd: at most one of auth_token & auth_token_file must be configured");
        }
        if (present(sd, "basic_auth")) {
            error.accept(sd.source(), "marathon_sd: at most one of basic_auth, auth_token & auth_token_file must be "
                    + "configured");
        }
        if (present(sd, "bearer_token") || present(sd, "bearer_token_file")) {
            error.accept(sd.source(), "marathon_sd: at most one of bearer_token, bearer_token_file, auth_token & "
                    + "auth_token_file must be configured");
        }
        if (present(sd, "authorization")) {
            error.accept(sd.source(), "marathon_sd: at most one of auth_token, auth_token_file & authorization must "
                    + "be configured");
        }
    }

    /** What Prometheus refuses in an http(s) discovery URL: another scheme, or no host. */
    private static String httpUrlProblem(String text) {
        Url url = Url.parse(text);
        String scheme = url == null || url.scheme() == null ? "" : url.scheme();
        if (!scheme.equals("http") && !scheme.equals("https")) return "URL scheme must be 'http' or 'https'";
        return url.host().isEmpty() && !url.hasUserinfo() && url.portText() == null ? "host is missing in URL" : null;
    }

    private static Source at(YMap sd, String key) {
        return sd.has(key) ? sd.get(key).source() : sd.source();
    }

}
