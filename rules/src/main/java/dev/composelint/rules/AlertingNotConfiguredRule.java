package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.model.ImageRef;
import dev.composelint.core.model.Service;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;
import dev.composelint.core.sidecar.common.HostFile;
import dev.composelint.core.sidecar.common.MountMap;
import dev.composelint.core.sidecar.Sidecars.AlertmanagerInstance;
import dev.composelint.core.sidecar.Sidecars.PrometheusInstance;
import dev.composelint.core.sidecar.alertmanager.AlertmanagerConfig;
import dev.composelint.core.sidecar.alertmanager.AlertmanagerConfig.Receiver;
import dev.composelint.core.sidecar.prometheus.AlertRule;
import dev.composelint.core.sidecar.prometheus.AlertmanagerSet;
import dev.composelint.core.sidecar.prometheus.DnsSd;
import dev.composelint.core.sidecar.prometheus.FileSd;
import dev.composelint.core.sidecar.prometheus.PathPattern;
import dev.composelint.core.sidecar.prometheus.PrometheusLayout;
import dev.composelint.core.sidecar.prometheus.RuleFile;
import dev.composelint.core.sidecar.prometheus.Target;
import dev.composelint.core.topology.Resolution;
import dev.composelint.core.topology.ServiceRef;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Alerts that can never reach anyone: a Prometheus that loads no rule files (info), whose {@code rule_files}
 * patterns match no file through its mounts (error), that has alerting rules but lists no Alertmanager (warning)
 * or none it can reach (error); an Alertmanager whose routes lead only to receivers without an integration (error
 * when a Prometheus sends it alerts, else warning), and a routed receiver without an integration (warning). Rule
 * files in volumes or custom images, and Alertmanagers found by discovery or relabeling that cannot be evaluated,
 * count as fine; a Prometheus in agent mode is left alone.
 */
public final class AlertingNotConfiguredRule implements Rule {

    private static final RuleMeta META = new RuleMeta("alerting-not-configured",
            "Prometheus has no alerting rules or no reachable Alertmanager", Category.CORRECTNESS, Severity.WARNING);

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** Receiver names that say alerts routed there are dropped on purpose. */
    private static final Pattern SINK_NAME = Pattern.compile(
            "(?i).*\\b(null|blackhole|black-hole|devnull|dev-null|discard|drop|none|silence|silenced|void|noop)\\b.*");

    @Override
    public void check(RuleContext context) {
        Set<ServiceRef> fedAlertmanagers = new HashSet<>();
        prometheus(context, fedAlertmanagers);
        for (AlertmanagerInstance alertmanager : context.sidecars().alertmanagers()) {
            alertmanager(context, alertmanager, fedAlertmanagers.contains(alertmanager.service()));
        }
    }

    /**
     * An Alertmanager whose routes lead only to receivers without an integration delivers nothing: an error when a
     * Prometheus of the workspace sends it alerts (they are silently lost), else a warning. Otherwise each routed
     * receiver without an integration whose name does not say it drops alerts on purpose is a warning.
     */
    private static void alertmanager(RuleContext context, AlertmanagerInstance instance, boolean fed) {
        AlertmanagerConfig config = instance.parse().config();
        if (instance.parse().fails() || config.route() == null) return;
        ServiceRef service = instance.service();
        String file = instance.configFile().getFileName().toString();
        List<Receiver> routed = config.routedReceivers();
        if (routed.isEmpty()) return;
        if (!config.canDeliver()) {
            List<String> names = routed.stream().map(Receiver::name).toList();
            String message = "Alertmanager " + service.name() + " can deliver no alert: the routes of " + file
                    + " lead only to " + (names.size() == 1 ? "receiver " : "receivers ") + String.join(", ", names)
                    + ", which " + (names.size() == 1 ? "has" : "have") + " no integration (no *_configs such as "
                    + "webhook_configs or email_configs)" + (fed ? ", so the alerts Prometheus sends it reach nobody"
                    : "") + "; add an integration to " + names.get(0);
            context.at(config.route().receiverSource(), message)
                    .severity(fed ? Severity.ERROR : Severity.WARNING)
                    .related(service.service().source(), "service " + service.name())
                    .profiles(service.service().profiles())
                    .report();
            return;
        }
        for (Receiver receiver : routed) {
            if (receiver.delivers() || SINK_NAME.matcher(receiver.name()).matches()) continue;
            context.at(receiver.source(), "receiver " + receiver.name() + " of Alertmanager " + service.name()
                            + " has no integration (no *_configs), so alerts routed to it reach nobody; add an "
                            + "integration, or name it \"null\" if dropping them is intended")
                    .severity(Severity.WARNING)
                    .profiles(service.service().profiles())
                    .report();
        }
    }

    private static void prometheus(RuleContext context, Set<ServiceRef> fedAlertmanagers) {
        for (PrometheusInstance instance : context.sidecars().prometheus()) {
            ServiceRef prometheus = instance.service();
            if (instance.flags().agent()) continue;
            PrometheusLayout layout = context.sidecars().layout(instance);
            String name = prometheus.name();
            String file = instance.configFile().getFileName().toString();
            if (instance.config().ruleFiles().isEmpty()) {
                Source alerting = layout.key("alerting");
                String message = alerting != null
                        ? name + " has an alerting section but " + file + " loads no rule files, so no alert ever "
                        + "fires; add rule_files: with alerting rules"
                        : name + " loads no rule files (" + file + " has no rule_files), so no alert ever fires; "
                        + "add rule_files: with alerting rules and an Alertmanager under alerting.alertmanagers";
                report(context, alerting != null ? alerting : layout.start(), message, prometheus, Severity.INFO);
                continue;
            }
            for (PathPattern pattern : instance.config().ruleFiles()) {
                checkPattern(context, instance, pattern);
            }
            List<AlertRule> alerts = new ArrayList<>();
            for (RuleFile ruleFile : layout.ruleFiles()) alerts.addAll(ruleFile.alerts());
            if (alerts.isEmpty()) continue;
            checkAlertmanagers(context, instance, layout, alerts, fedAlertmanagers);
        }
    }

    /** Reports a pattern that surely matches nothing (not one whose files live in a volume or custom image). */
    private static void checkPattern(RuleContext context, PrometheusInstance instance, PathPattern pattern) {
        ServiceRef prometheus = instance.service();
        String containerPattern = containerPath(instance.flags().configFile(), pattern.pattern());
        String where = hasWildcard(pattern.pattern()) ? parent(containerPattern) : containerPattern;
        if (pattern.matches().resolvable()) {
            if (!pattern.matches().files().isEmpty()) return;
            HostFile host = MountMap.of(prometheus.project(), prometheus.service()).map(where);
            report(context, pattern.source(), "rule_files pattern \"" + pattern.pattern() + "\" matches no file "
                    + "(" + where + " is bind-mounted from " + host.path() + "), so " + prometheus.name()
                    + " loads no rules from it; fix the pattern or add the rule files", prometheus, Severity.ERROR);
            return;
        }
        HostFile host = MountMap.of(prometheus.project(), prometheus.service()).map(where);
        if (host.status() == HostFile.Status.NOT_MOUNTED && stockImage(prometheus.service())) {
            report(context, pattern.source(), "rule_files pattern \"" + pattern.pattern() + "\" matches no file: "
                    + "no mount covers " + where + " and the " + prometheus.service().imageRef().name()
                    + " image has no rule files; mount the rule files into " + prometheus.name(), prometheus,
                    Severity.ERROR);
        }
    }

    private static void checkAlertmanagers(RuleContext context, PrometheusInstance instance, PrometheusLayout layout,
                                           List<AlertRule> alerts, Set<ServiceRef> fedAlertmanagers) {
        ServiceRef prometheus = instance.service();
        String loaded = alerts.size() + " alerting rule" + (alerts.size() == 1 ? "" : "s") + " (e.g. \""
                + alerts.get(0).name() + "\")";
        List<AlertmanagerSet> sets = instance.config().alertmanagers();
        Source ruleFiles = layout.key("rule_files") != null ? layout.key("rule_files") : layout.start();
        if (sets.isEmpty()) {
            report(context, ruleFiles, prometheus.name() + " loads " + loaded + " but lists no Alertmanager under "
                    + "alerting.alertmanagers, so their alerts show only in its own UI; add an Alertmanager service and "
                    + "list it", prometheus, Severity.WARNING);
            return;
        }
        List<String> unreachable = new ArrayList<>();
        boolean reaches = false;
        for (AlertmanagerSet set : sets) {
            if (mayReach(context, prometheus, set, unreachable, fedAlertmanagers)) reaches = true;
        }
        if (reaches) return;
        String why = unreachable.isEmpty() ? "none has a target" : "none is reachable: " + String.join("; ",
                unreachable);
        Source alerting = layout.key("alerting") != null ? layout.key("alerting") : ruleFiles;
        report(context, alerting, prometheus.name() + " loads " + loaded + " but of its alerting.alertmanagers "
                + why + "; point alerting.alertmanagers at an Alertmanager on a shared network", prometheus,
                Severity.ERROR);
    }

    /** True when the set reaches an Alertmanager or may do so (discovery or relabeling that is not evaluated). */
    private static boolean mayReach(RuleContext context, ServiceRef prometheus, AlertmanagerSet set,
                                    List<String> unreachable, Set<ServiceRef> fedAlertmanagers) {
        if (set.hasRelabeling() || !set.targets().otherSd().isEmpty()) return true;
        for (DnsSd dns : set.targets().dnsSd()) {
            if (!dns.namesHosts()) return true;
        }
        for (FileSd fileSd : set.targets().fileSd()) {
            for (PathPattern pattern : fileSd.files()) {
                if (!pattern.matches().resolvable()) return true;
            }
        }
        boolean reaches = false;
        for (Target target : set.targets().targets()) {
            Resolution resolution = context.topology().resolve(prometheus, target.host(), target.port());
            switch (resolution.status()) {
                case NO_SUCH_HOST -> unreachable.add(target.address() + " names no service");
                case NO_SHARED_NETWORK -> unreachable.add(target.address() + " shares no network with "
                        + prometheus.name());
                case PUBLISHED_PORT -> unreachable.add(target.address() + " uses the host-published port");
                default -> {
                    reaches = true;
                    if (resolution.target() != null) fedAlertmanagers.add(resolution.target());
                }
            }
        }
        return reaches;
    }

    private static void report(RuleContext context, Source at, String message, ServiceRef prometheus,
                               Severity severity) {
        context.at(at, message).severity(severity).profiles(prometheus.service().profiles()).report();
    }

    /** The official image, which ships no rule files, used as is. */
    private static boolean stockImage(Service service) {
        ImageRef image = service.imageRef();
        return service.build() == null && image != null
                && (image.isRepository("prom/prometheus") || image.isRepository("prometheus/prometheus"));
    }

    /** The absolute container path of a pattern; relative ones resolve against the config file's directory. */
    private static String containerPath(String configFile, String pattern) {
        if (pattern.startsWith("/")) return pattern;
        return parent(configFile) + "/" + pattern;
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    private static boolean hasWildcard(String text) {
        return text.indexOf('*') >= 0 || text.indexOf('?') >= 0 || text.indexOf('[') >= 0;
    }
}
