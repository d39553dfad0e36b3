package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.model.PortMapping;
import dev.composelint.core.model.Url;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;
import dev.composelint.core.sidecar.common.ConfigUrl;
import dev.composelint.core.sidecar.SidecarUrls;
import dev.composelint.core.sidecar.Sidecars.PrometheusInstance;
import dev.composelint.core.sidecar.grafana.GrafanaDatasource;
import dev.composelint.core.sidecar.grafana.GrafanaInstance;
import dev.composelint.core.sidecar.prometheus.AlertmanagerSet;
import dev.composelint.core.sidecar.prometheus.RemoteEndpoint;
import dev.composelint.core.sidecar.prometheus.Target;
import dev.composelint.core.topology.Resolution;
import dev.composelint.core.topology.ServiceRef;

import java.util.List;
import java.util.Locale;
import java.util.Set;


/**
 * A URL a monitoring sidecar connects to whose host names no service of the workspace, names one that shares no
 * network with the sidecar, or uses the host-published port instead of the container port: Grafana datasources
 * (access proxy), Promtail clients, Loki's ruler Alertmanager URLs and Prometheus remote write/read URLs (errors).
 * Warnings: {@code host.docker.internal} without the host-gateway mapping, and a browser-access datasource whose
 * URL names a compose-internal host or a localhost port no service publishes.
 * Prometheus' Alertmanager targets are only checked for the published port, since absent-scrape-target judges
 * their hosts.
 */
public final class UnreachableDatasourceRule implements Rule {

    private static final RuleMeta META = new RuleMeta("unreachable-datasource",
            "A monitoring sidecar's URL names no reachable service", Category.CORRECTNESS, Severity.ERROR);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (GrafanaInstance grafana : context.sidecars().grafana()) {
            for (GrafanaDatasource datasource : grafana.datasources()) {
                if (datasource.endpoint() == null) continue;
                if (!datasource.proxied()) {
                    browser(context, grafana.service(), datasource);
                    continue;
                }
                String what = "Grafana datasource " + (datasource.name() == null ? "" : "\"" + datasource.name()
                        + "\" ") + "url \"" + datasource.url().redacted() + "\"";
                judge(context, grafana.service(), datasource.endpoint(), what, true);
            }
        }
        for (SidecarUrls promtail : context.sidecars().promtail()) {
            for (ConfigUrl url : promtail.urls()) {
                judge(context, promtail.service(), url, "Promtail client url \"" + url.redacted() + "\"", true);
            }
        }
        for (SidecarUrls loki : context.sidecars().loki()) {
            for (ConfigUrl url : loki.urls()) {
                judge(context, loki.service(), url, "Loki ruler alertmanager_url \"" + url.redacted() + "\"", true);
            }
        }
        for (PrometheusInstance prometheus : context.sidecars().prometheus()) {
            for (RemoteEndpoint endpoint : prometheus.config().remoteWrite()) {
                remote(context, prometheus, endpoint, "remote_write");
            }
            for (RemoteEndpoint endpoint : prometheus.config().remoteRead()) {
                remote(context, prometheus, endpoint, "remote_read");
            }
            for (AlertmanagerSet set : prometheus.config().alertmanagers()) {
                if (set.hasRelabeling()) continue;
                for (Target target : set.targets().targets()) {
                    if (target.origin() != Target.Origin.STATIC || target.port() == null) continue;
                    ConfigUrl url = new ConfigUrl(Url.parse(target.address()), target.source());
                    judge(context, prometheus.service(), url, "Alertmanager target \"" + target.address() + "\"",
                            false);
                }
            }
        }
    }

    private static void remote(RuleContext context, PrometheusInstance prometheus, RemoteEndpoint endpoint,
                               String key) {
        if (!endpoint.url().isAddress()) return;
        ConfigUrl url = new ConfigUrl(endpoint.url(), endpoint.source());
        judge(context, prometheus.service(), url, "Prometheus " + key + " url \"" + url.redacted() + "\"",
                true);
    }

    /**
     * A datasource the browser connects to ({@code access: direct}): a compose-internal host name does not resolve
     * in the browser, and a localhost URL works only through a published port.
     */
    private static void browser(RuleContext context, ServiceRef grafana, GrafanaDatasource datasource) {
        ConfigUrl url = datasource.endpoint();
        String what = "Grafana datasource " + (datasource.name() == null ? "" : "\"" + datasource.name() + "\" ")
                + "has access: " + datasource.access() + ", so the browser connects to \""
                + datasource.url().redacted() + "\"";
        String host = url.host().toLowerCase(Locale.ROOT);
        if (LOOPBACK.contains(host)) {
            if (url.port() == null || publishedBy(context, url.port()) != null) return;
            context.at(url.source(), what + ", but no service publishes host port " + url.port() + "; publish the"
                            + " datasource's port, or use access: proxy with the service name")
                    .severity(Severity.WARNING)
                    .profiles(grafana.service().profiles())
                    .report();
            return;
        }
        List<ServiceRef> named = context.topology().lookup(url.host());
        if (named.isEmpty()) return;
        ServiceRef target = named.get(0);
        PortMapping published = firstPublished(target);
        String fix = published == null ? "use access: proxy (Grafana's server resolves the service name)"
                : "use access: proxy, or http://localhost:" + published.published().start() + " (the port "
                + target.name() + " publishes)";
        context.at(url.source(), what + ", but " + url.host() + " is a compose-internal name the browser cannot"
                        + " resolve; " + fix)
                .severity(Severity.WARNING)
                .related(target.service().source(), "service " + target.name() + " is declared here")
                .profiles(grafana.service().profiles())
                .report();
    }

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1");

    /** The first service of the workspace publishing {@code port} on the host, or null. */
    private static ServiceRef publishedBy(RuleContext context, int port) {
        for (ServiceRef service : context.topology().services()) {
            for (PortMapping mapping : service.service().ports()) {
                if (mapping.published() != null && mapping.published().contains(port)) return service;
            }
        }
        return null;
    }

    private static PortMapping firstPublished(ServiceRef service) {
        for (PortMapping mapping : service.service().ports()) {
            if (mapping.published() != null) return mapping;
        }
        return null;
    }

    /** Reports the URL when its host is missing or on no shared network (if {@code hosts}) or its port is wrong. */
    private static void judge(RuleContext context, ServiceRef from, ConfigUrl url, String what, boolean hosts) {
        if (HostGateway.unmapped(from, url.host())) {
            context.at(url.source(), what + " names the Docker host" + HostGateway.advice(from.name()))
                    .severity(Severity.WARNING)
                    .profiles(from.service().profiles())
                    .report();
            return;
        }
        Resolution resolution = context.topology().resolve(from, url.host(), url.port());
        Source at = url.source();
        switch (resolution.status()) {
            case NO_SUCH_HOST -> {
                if (hosts) context.at(at, what + " names host " + url.host() + ", which is no service, alias, "
                                + "container_name or hostname of the workspace (" + from.name() + " is on "
                                + NetworkNames.list(resolution.fromNetworks()) + "); fix the host or add the service")
                        .profiles(from.service().profiles())
                        .report();
            }
            case NO_SHARED_NETWORK -> {
                if (!hosts) return;
                ServiceRef other = resolution.target();
                String otherName = other.nameSeenFrom(from);
                context.at(at, what + " names service " + otherName + ", which shares no network with "
                                + from.name() + " (" + from.name() + " is on "
                                + NetworkNames.list(resolution.fromNetworks()) + "; " + otherName + " is on "
                                + NetworkNames.list(resolution.targetNetworks()) + "); attach both to one network")
                        .related(other.service().source(), "service " + otherName + " is declared here")
                        .profiles(from.service().profiles())
                        .report();
            }
            case PUBLISHED_PORT -> {
                ServiceRef other = resolution.target();
                String otherName = other.nameSeenFrom(from);
                context.at(at, what + " uses port " + url.port() + " of service " + otherName + ", but "
                                + resolution.detail() + "; inside the network ("
                                + NetworkNames.list(resolution.sharedNetworks()) + ") use the container port")
                        .related(other.service().source(), "service " + otherName + " is declared here")
                        .profiles(from.service().profiles())
                        .report();
            }
            default -> {
            }
        }
    }
}
