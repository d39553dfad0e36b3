package dev.composelint.core.sidecar;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.sidecar.common.MountMap;
import dev.composelint.core.sidecar.common.HostFile;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.fs.WorkspaceFiles;
import dev.composelint.core.model.ImageRef;
import dev.composelint.core.model.Mount;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Service;
import dev.composelint.core.model.Workspace;
import dev.composelint.core.sidecar.alertmanager.AlertmanagerConfigParser;
import dev.composelint.core.sidecar.alertmanager.AlertmanagerParse;
import dev.composelint.core.sidecar.prometheus.PrometheusConfig;
import dev.composelint.core.sidecar.grafana.GrafanaInstance;
import dev.composelint.core.sidecar.prometheus.PrometheusConfigParser;
import dev.composelint.core.sidecar.prometheus.PrometheusFlags;
import dev.composelint.core.sidecar.prometheus.PrometheusLayout;
import dev.composelint.core.sidecar.prometheus.PrometheusParse;
import dev.composelint.core.topology.ServiceRef;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The configuration files of monitoring sidecars in a workspace, found through each service's mounts and read
 * once per run: every service running Prometheus, with its parsed prometheus.yml (and, on first use, its rule
 * files), every service running Alertmanager with its parsed alertmanager.yml, and the Grafana, Promtail and Loki services with the URLs their configs name. A config that lives in a
 * volume or in the image is unknowable: Prometheus' is only listed in {@link #unlocatedPrometheus()}, the others
 * are skipped; none is reported.
 */
public final class Sidecars {

    /** Prometheus' config path when the image's default command runs. */
    public static final String DEFAULT_CONFIG = PrometheusFlags.DEFAULT_CONFIG;

    /** A service running Prometheus, its command-line flags, and its config file, found and parsed. */
    public record PrometheusInstance(ServiceRef service, PrometheusFlags flags, Path configFile,
                                     PrometheusConfig config, List<Finding> diagnostics) {
        public PrometheusInstance {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** A service running Alertmanager whose config file was found through its mounts, and its parse. */
    public record AlertmanagerInstance(ServiceRef service, Path configFile, AlertmanagerParse parse) {
    }

    /** A service running Prometheus whose config cannot be read from the repository, and why. */
    public record UnlocatedPrometheus(ServiceRef service, String containerPath, String reason) {
    }

    private final Workspace workspace;
    private final List<PrometheusInstance> prometheus = new ArrayList<>();
    private final List<UnlocatedPrometheus> unlocated = new ArrayList<>();
    private final List<AlertmanagerInstance> alertmanagers = new ArrayList<>();
    private final List<Finding> diagnostics;
    private final List<GrafanaInstance> grafana;
    private final List<SidecarUrls> promtail;
    private final List<SidecarUrls> loki;
    private final Map<PrometheusConfig, PrometheusLayout> layouts = new IdentityHashMap<>();

    private Sidecars(Workspace workspace) {
        this.workspace = workspace;
        Map<ParseKey, PrometheusParse> parsed = new HashMap<>();
        LinkedHashSet<Finding> all = new LinkedHashSet<>();
        for (Project project : workspace.projects()) {
            for (Service service : project.services().values()) {
                if (!runsPrometheus(service)) continue;
                ServiceRef ref = new ServiceRef(project, service);
                PrometheusFlags flags = PrometheusFlags.of(service);
                String containerPath = flags.configFile();
                MountMap mounts = MountMap.of(project, service, workspace.files());
                HostFile host = mounts.map(containerPath);
                if (host.status() == HostFile.Status.OUTSIDE) all.add(outside(host));
                if (!host.mapped()) {
                    unlocated.add(new UnlocatedPrometheus(ref, containerPath, host.reason()));
                    continue;
                }
                WorkspaceFiles.Problem problem = workspace.files().kindOf(host.path());
                if (problem == WorkspaceFiles.Problem.NOT_REGULAR) {
                    // a FIFO or device (a link to /dev/zero) is never opened
                    String message = WorkspaceFiles.message(host.path(), problem, null);
                    all.add(new Finding(Diagnostics.IO, Severity.WARNING, message, host.mount().location()));
                    unlocated.add(new UnlocatedPrometheus(ref, containerPath, message));
                    continue;
                }
                if (!workspace.files().isRegularFile(host.path())) {
                    unlocated.add(new UnlocatedPrometheus(ref, containerPath, "the bind-mounted file " + host.path()
                            + " does not exist"));
                    continue;
                }
                String containerDir = parent(containerPath);
                PrometheusParse parse = parsed.computeIfAbsent(
                        new ParseKey(host.path(), containerDir, mountTargets(service)),
                        key -> PrometheusConfigParser.parse(host.path(), workspace.files(), pattern -> mounts.glob(
                                pattern.startsWith("/") ? pattern : containerDir + "/" + pattern)));
                prometheus.add(new PrometheusInstance(ref, flags, host.path(), parse.config(), parse.diagnostics()));
                all.addAll(parse.diagnostics());
            }
        }
        Map<Path, AlertmanagerParse> alertmanagerParses = new HashMap<>();
        for (Project project : workspace.projects()) {
            for (Service service : project.services().values()) {
                if (!MonitoringSidecars.runsAlertmanager(service)) continue;
                Path file = MonitoringSidecars.alertmanagerConfig(workspace.files(), project, service);
                if (file == null) continue;
                AlertmanagerParse parse = alertmanagerParses.computeIfAbsent(file,
                        f -> AlertmanagerConfigParser.parse(f, workspace.files()));
                alertmanagers.add(new AlertmanagerInstance(new ServiceRef(project, service), file, parse));
                all.addAll(parse.diagnostics());
            }
        }
        grafana = List.copyOf(MonitoringSidecars.grafana(workspace, all::add));
        promtail = List.copyOf(MonitoringSidecars.promtail(workspace, all::add));
        loki = List.copyOf(MonitoringSidecars.loki(workspace, all::add));
        List<Finding> sorted = new ArrayList<>(all);
        sorted.sort(null);
        this.diagnostics = List.copyOf(sorted);
    }

    /** The {@code io} info for a sidecar config bind-mounted from outside the workspace root, at the mount. */
    static Finding outside(HostFile host) {
        return new Finding(Diagnostics.IO, Severity.INFO, WorkspaceFiles.outsideMessage(host.path()),
                host.mount().location());
    }

    /** What decides how a config's patterns map: the file, its container directory and the service's mounts. */
    private record ParseKey(Path file, String containerDir, List<String> mounts) {
    }

    private static List<String> mountTargets(Service service) {
        List<String> keys = new ArrayList<>();
        for (Mount m : service.mounts()) keys.add(m.type() + "|" + m.source() + "|" + m.target());
        for (var c : service.configs()) keys.add("config|" + c.source() + "|" + c.target());
        for (var s : service.secrets()) keys.add("secret|" + s.source() + "|" + s.target());
        return keys;
    }

    /** Computes the sidecars of a workspace; the engine does it once per run and hands it to every rule. */
    public static Sidecars compute(Workspace workspace) {
        return new Sidecars(workspace);
    }

    public Workspace workspace() {
        return workspace;
    }

    /** Every service running Prometheus whose config was found, in project and service order. */
    public List<PrometheusInstance> prometheus() {
        return List.copyOf(prometheus);
    }

    /** Services running Prometheus whose config cannot be read from the repository. */
    public List<UnlocatedPrometheus> unlocatedPrometheus() {
        return List.copyOf(unlocated);
    }

    /** Every service running Alertmanager whose config was found, in project and service order. */
    public List<AlertmanagerInstance> alertmanagers() {
        return List.copyOf(alertmanagers);
    }

    /** Every service running Grafana, with the datasources of its provisioning files (read on first use). */
    public List<GrafanaInstance> grafana() {
        return grafana;
    }

    /** Every service running Promtail whose config was found, with its client URLs (read on first use). */
    public List<SidecarUrls> promtail() {
        return promtail;
    }

    /** Every service running Loki whose config was found, with its ruler's Alertmanager URLs (read on first use). */
    public List<SidecarUrls> loki() {
        return loki;
    }

    /** The key positions and rule files of a Prometheus instance's config (read on first use, once per file). */
    public synchronized PrometheusLayout layout(PrometheusInstance instance) {
        return layouts.computeIfAbsent(instance.config(),
                config -> PrometheusLayout.read(config, workspace.files()));
    }

    /** The {@code prometheus-config} findings of every config read, each once, in a stable order. */
    public List<Finding> diagnostics() {
        return diagnostics;
    }

    /**
     * True for a service running Prometheus: an image whose repository ends in {@code prometheus}, or, for another
     * or no image, a mount at {@value #DEFAULT_CONFIG} or a {@code --config.file} flag naming a prometheus.yml
     * (other tools such as Alertmanager or Loki use the same flag for their own configs).
     */
    public static boolean runsPrometheus(Service service) {
        ImageRef image = service.imageRef();
        if (image != null && image.lastComponent().endsWith("prometheus")) return true;
        for (Mount mount : service.mounts()) {
            if (mount.target() != null && MountMap.normalize(mount.target()).equals(DEFAULT_CONFIG)) return true;
        }
        String flag = PrometheusFlags.configFlag(service);
        if (flag == null) return false;
        String name = flag.substring(flag.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return name.startsWith("prometheus") || flag.startsWith("/etc/prometheus/");
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "" : path.substring(0, slash);
    }
}
