package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.Url;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;
import dev.composelint.core.sidecar.Sidecars.PrometheusInstance;
import dev.composelint.core.sidecar.prometheus.AlertmanagerSet;
import dev.composelint.core.sidecar.prometheus.Relabeling;
import dev.composelint.core.sidecar.prometheus.RelabelRule;
import dev.composelint.core.sidecar.prometheus.ScrapeJob;
import dev.composelint.core.sidecar.prometheus.Target;
import dev.composelint.core.topology.Resolution;
import dev.composelint.core.topology.ServiceRef;

import java.util.List;
import java.util.Map;

/**
 * A Prometheus target (static, file_sd, A/AAAA DNS-SD, or an Alertmanager) whose host names no service of the
 * workspace, or names one that shares no network with the Prometheus service, so the scrape or the alert can
 * never arrive. IPs, {@code ${VAR}}s, external DNS names and targets whose relabeling cannot be evaluated are left
 * alone, and so are hosts the Prometheus service's {@code extra_hosts} define.
 */
public final class AbsentScrapeTargetRule implements Rule {

    private static final RuleMeta META = new RuleMeta("absent-scrape-target",
            "A Prometheus target names no reachable service", Category.CORRECTNESS, Severity.ERROR);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (PrometheusInstance instance : context.sidecars().prometheus()) {
            for (ScrapeJob job : instance.config().jobs()) {
                for (Target target : job.targets().targets()) {
                    String address = job.hasRelabeling()
                            ? finalAddress(Relabeling.initialLabels(job, target), job.relabelConfigs())
                            : target.address();
                    judge(context, instance, target, address,
                            target.origin() == Target.Origin.DNS_SD ? "DNS-SD target" : "scrape target");
                    if (target.origin() == Target.Origin.STATIC && address != null) {
                        swarmVip(context, instance, target, address);
                    }
                }
            }
            for (AlertmanagerSet set : instance.config().alertmanagers()) {
                for (Target target : set.targets().targets()) {
                    String address = set.hasRelabeling()
                            ? finalAddress(Relabeling.initialLabels(set, target), set.relabelConfigs())
                            : target.address();
                    judge(context, instance, target, address, "Alertmanager target");
                }
            }
        }
    }

    /**
     * A static target naming a swarm service that runs several tasks (global mode, or replicas under
     * {@code docker stack deploy}): the name resolves to the service's virtual IP, so each scrape reaches one
     * arbitrary task and the others are never scraped.
     */
    private static void swarmVip(RuleContext context, PrometheusInstance instance, Target target, String address) {
        Url.HostPort parts = Url.hostPort(address);
        ServiceRef prometheus = instance.service();
        Resolution resolution = context.topology().resolve(prometheus, parts.host(), null);
        if (resolution.status() != Resolution.Status.REACHABLE || resolution.target() == null) return;
        ServiceRef service = resolution.target();
        if (!service.name().equalsIgnoreCase(parts.host())) return;
        String tasks;
        if (service.service().globalMode()) {
            tasks = "runs in global mode (one task per swarm node)";
        } else if (service.service().replicas() != null && service.service().replicas().value() > 1
                && context.topology().stackDeployed(service.project())) {
            tasks = "runs " + service.service().replicas().value() + " replicas under docker stack deploy";
        } else {
            return;
        }
        String port = parts.port() == null ? "" : ", port: " + parts.port();
        context.at(target.source(), "scrape target \"" + target.address() + "\" names swarm service "
                        + service.name() + ", which " + tasks + "; the name resolves to the service's virtual IP, so"
                        + " each scrape reaches one arbitrary task; use dns_sd_configs: [{names: [tasks."
                        + service.name() + "], type: A" + port + "}] to scrape every task")
                .severity(Severity.WARNING)
                .related(service.service().source(), "service " + service.name() + " is declared here")
                .profiles(prometheus.service().profiles())
                .report();
    }

    /** The address after relabeling, or null when the target is dropped or relabeling cannot be evaluated. */
    private static String finalAddress(Map<String, String> labels, List<RelabelRule> rules) {
        return Relabeling.apply(labels, rules).address();
    }

    private static void judge(RuleContext context, PrometheusInstance instance, Target target, String address,
                              String kind) {
        if (address == null || address.contains("/")) return;
        Url.HostPort parts = Url.hostPort(address);
        String host = parts.host();
        ServiceRef prometheus = instance.service();
        String what = kind + " \"" + target.address() + "\""
                + (address.equals(target.address()) ? "" : " (relabeled to \"" + address + "\")");
        if (HostGateway.unmapped(prometheus, host)) {
            context.at(target.source(), what + " names the Docker host" + HostGateway.advice(prometheus.name()))
                    .severity(Severity.WARNING)
                    .profiles(prometheus.service().profiles())
                    .report();
            return;
        }
        Resolution resolution = context.topology().resolve(prometheus, host, parts.portNumber());
        switch (resolution.status()) {
            case NO_SUCH_HOST -> context.at(target.source(), what + " names no service, alias, container_name or "
                            + "hostname of the workspace; fix the host or add the service")
                    .profiles(prometheus.service().profiles())
                    .report();
            case NO_SHARED_NETWORK -> {
                ServiceRef other = resolution.target();
                String otherName = other.nameSeenFrom(prometheus);
                context.at(target.source(), what + " names service " + otherName + ", which shares no network with "
                                + prometheus.name() + " (" + prometheus.name() + " is on "
                                + NetworkNames.list(resolution.fromNetworks()) + "; " + otherName + " is on "
                                + NetworkNames.list(resolution.targetNetworks()) + "); attach both to one network")
                        .related(other.service().source(), "service " + otherName + " is declared here")
                        .profiles(prometheus.service().profiles())
                        .report();
            }
            default -> {
            }
        }
    }
}
