package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.Mount;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A bind mount of the Docker daemon's socket (or the directory holding it): the container can start a privileged
 * container with the host's root filesystem, so it is root on the host, read-only or not.
 */
public final class DockerSocketRule implements Rule {

    private static final RuleMeta META = new RuleMeta("docker-socket",
            "A service mounts the Docker socket", Category.SECURITY, Severity.ERROR, null, List.of(),
            RuleSupport.SECURITY_RECOMMENDED);

    private static final Set<String> SOCKET_DIRECTORIES = Set.of("/var/run", "/run");

    /**
     * Images whose whole purpose needs the Docker API (reverse proxies and generators that watch containers,
     * monitoring and log agents, container managers, socket proxies): the mount is intended, so the risk is a
     * warning to weigh, not an error. Matched on the repository name, with or without registry.
     */
    static final Set<String> SOCKET_CONSUMERS = Set.of("nginxproxy/nginx-proxy", "jwilder/nginx-proxy",
            "nginx-proxy/nginx-proxy", "nginxproxy/docker-gen", "jwilder/docker-gen", "nginxproxy/acme-companion",
            "traefik", "portainer/portainer-ce", "portainer/portainer", "portainer/agent",
            "gcr.io/cadvisor/cadvisor", "google/cadvisor", "containrrr/watchtower", "amir20/dozzle",
            "tecnativa/docker-socket-proxy", "lscr.io/linuxserver/socket-proxy", "grafana/promtail", "grafana/alloy",
            "grafana/agent", "timberio/vector", "datadog/agent", "gcr.io/datadoghq/agent", "netdata/netdata",
            "ghcr.io/gethomepage/homepage", "louislam/uptime-kuma", "docker", "docker/compose",
            "otel/opentelemetry-collector-contrib", "prom/node-exporter", "quay.io/prometheus/node-exporter",
            "docker.elastic.co/beats/filebeat", "docker.elastic.co/beats/metricbeat",
            "docker.elastic.co/beats/heartbeat", "docker.elastic.co/elastic-agent/elastic-agent",
            "openruntimes/executor", "jrcs/letsencrypt-nginx-proxy-companion", "jenkins/jenkins",
            "gitlab/gitlab-runner", "drone/drone-runner-docker", "woodpeckerci/woodpecker-agent");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        RuleSupport.services(context, (project, service) -> {
            for (Mount mount : service.mounts()) {
                if (!mount.isBind() || !isSocket(mount)) continue;
                // Doubt is a warning: an image whose purpose is the Docker API, one built here (its Dockerfile
                // says what it does) or one named by a value supplied at deploy time.
                boolean intended = service.build() != null || service.image() == null
                        || project.isUnknown(service.image().source())
                        || service.imageRef() != null
                        && SOCKET_CONSUMERS.contains(service.imageRef().familiarName());
                context.at(mount.location(), "service " + service.name() + " mounts the Docker socket ("
                                + mount.rawSource() + "), which gives it root on the host"
                                + (mount.readOnly() ? " even read-only, since the API still starts containers" : "")
                                + (intended ? " (the mount looks intended: its image needs the Docker API, is built"
                                + " here or is chosen at deploy time; weigh the risk)" : "")
                                + "; remove the mount, or put a socket proxy that allows only the API calls it"
                                + " needs in between")
                        .severity(intended ? Severity.WARNING : null)
                        .profiles(service.profiles())
                        .report();
            }
        });
    }

    static boolean isSocket(Mount mount) {
        String raw = mount.rawSource() == null ? "" : mount.rawSource().replace('\\', '/');
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.contains("/pipe/docker_engine")) return true;
        if (!(raw.startsWith("/") || raw.startsWith("~") || raw.startsWith("$"))) return false;
        String path = trimSlashes(mount.source() == null ? raw : mount.source().replace('\\', '/'));
        return path.endsWith("/docker.sock") || SOCKET_DIRECTORIES.contains(path);
    }

    private static String trimSlashes(String path) {
        String p = path.replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
