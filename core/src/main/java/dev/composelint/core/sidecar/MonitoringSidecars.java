package dev.composelint.core.sidecar;

import dev.composelint.core.fs.WorkspaceFiles;
import dev.composelint.core.Finding;
import dev.composelint.core.sidecar.common.CommandFlags;
import dev.composelint.core.sidecar.common.UrlsParse;
import dev.composelint.core.sidecar.common.MountMap;
import dev.composelint.core.sidecar.common.HostFile;
import dev.composelint.core.model.ImageRef;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Service;
import dev.composelint.core.model.Workspace;
import dev.composelint.core.sidecar.grafana.GrafanaInstance;
import dev.composelint.core.sidecar.grafana.GrafanaProvisioning;
import dev.composelint.core.sidecar.loki.LokiConfigParser;
import dev.composelint.core.sidecar.promtail.PromtailConfigParser;
import dev.composelint.core.topology.ServiceRef;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Finds the Grafana, Promtail and Loki services of a workspace and reads the parts of their configs that name
 * other services, through each service's mounts. Configs in volumes or in the image are unknowable and skipped.
 */
final class MonitoringSidecars {

    private MonitoringSidecars() {
    }

    /** Every service running Grafana whose datasource provisioning files could be read (possibly none). */
    static List<GrafanaInstance> grafana(Workspace workspace, Consumer<Finding> report) {
        List<GrafanaInstance> result = new ArrayList<>();
        for (Project project : workspace.projects()) {
            for (Service service : project.services().values()) {
                String path = provisioningPath(service);
                if (path == null || !runsGrafana(service, path)) continue;
                MountMap mounts = MountMap.of(project, service, workspace.files());
                HostFile dir = mounts.map(path + "/datasources");
                if (dir.status() == HostFile.Status.OUTSIDE) report.accept(Sidecars.outside(dir));
                TreeSet<Path> files = new TreeSet<>();
                for (String extension : List.of("yaml", "yml")) {
                    files.addAll(mounts.glob(path + "/datasources/*." + extension).files());
                }
                List<Path> read = List.copyOf(files);
                GrafanaProvisioning.Provisioned provisioned = GrafanaProvisioning.read(read, service::env,
                        workspace.files());
                provisioned.diagnostics().forEach(report);
                result.add(new GrafanaInstance(new ServiceRef(project, service), path, read,
                        provisioned.datasources()));
            }
        }
        return result;
    }

    /** Alertmanager's config path when the image's default command runs. */
    static final String ALERTMANAGER_CONFIG = "/etc/alertmanager/alertmanager.yml";
    /** The working directory of the official Alertmanager image. */
    private static final String ALERTMANAGER_WORKDIR = "/alertmanager";

    /** The official Alertmanager images (Docker Hub and Quay), under any registry mirror prefix. */
    static boolean runsAlertmanager(Service service) {
        ImageRef image = service.imageRef();
        return image != null && (image.isRepository("prom/alertmanager")
                || image.isRepository("prometheus/alertmanager"));
    }

    /**
     * The host file of an Alertmanager service's config: its {@code --config.file} flag, else the image's default
     * path when its own command runs, else {@code alertmanager.yml} in the working directory. Null when the file
     * is not bind-mounted from inside the workspace boundary or a variable names it.
     */
    static Path alertmanagerConfig(WorkspaceFiles files, Project project, Service service) {
        // Alertmanager parses its flags with kingpin, like Prometheus: two dashes only
        String flag = CommandFlags.of(service, CommandFlags.Style.KINGPIN).value("config.file");
        if (flag != null && flag.contains("$")) return null;
        String path = flag != null ? flag : service.command() == null ? ALERTMANAGER_CONFIG : "alertmanager.yml";
        HostFile host = MountMap.of(project, service).map(ServiceArgs.absolute(path, ALERTMANAGER_WORKDIR));
        return host.mapped() && files.check(host.path()) == null ? host.path() : null;
    }

    /** Every service running Promtail whose config was found, with its client URLs. */
    static List<SidecarUrls> promtail(Workspace workspace, Consumer<Finding> report) {
        return located(workspace, report, s -> "promtail".equals(ServiceArgs.imageName(s)),
                PromtailConfigParser.DEFAULT_CONFIG, PromtailConfigParser::parse);
    }

    /** Every service running Loki whose config was found, with its ruler's Alertmanager URLs. */
    static List<SidecarUrls> loki(Workspace workspace, Consumer<Finding> report) {
        return located(workspace, report, s -> "loki".equals(ServiceArgs.imageName(s)),
                LokiConfigParser.DEFAULT_CONFIG, LokiConfigParser::parse);
    }

    private static List<SidecarUrls> located(Workspace workspace, Consumer<Finding> report, Predicate<Service> runs,
                                             String defaultConfig,
                                             BiFunction<Path, WorkspaceFiles, UrlsParse> parser) {
        List<SidecarUrls> result = new ArrayList<>();
        for (Project project : workspace.projects()) {
            for (Service service : project.services().values()) {
                if (!runs.test(service)) continue;
                String flag = CommandFlags.of(service, CommandFlags.Style.GO).value("config.file");
                if (flag != null && flag.contains("$")) continue;
                String containerPath = ServiceArgs.absolute(flag == null ? defaultConfig : flag, "/");
                HostFile host = MountMap.of(project, service, workspace.files()).map(containerPath);
                if (host.status() == HostFile.Status.OUTSIDE) report.accept(Sidecars.outside(host));
                if (!host.mapped() || !workspace.files().isRegularFile(host.path())) continue;
                UrlsParse parse = parser.apply(host.path(), workspace.files());
                parse.diagnostics().forEach(report);
                result.add(new SidecarUrls(new ServiceRef(project, service), host.path(), parse.urls()));
            }
        }
        return result;
    }

    /** The container provisioning directory, or null when {@code GF_PATHS_PROVISIONING} holds a variable. */
    private static String provisioningPath(Service service) {
        String configured = service.env("GF_PATHS_PROVISIONING");
        if (configured == null || configured.isBlank()) return GrafanaProvisioning.DEFAULT_PATH;
        if (configured.contains("$")) return null;
        return ServiceArgs.absolute(configured.trim(), "/usr/share/grafana");
    }

    /** A Grafana image, or another image with something mounted into the provisioning directory. */
    private static boolean runsGrafana(Service service, String provisioningPath) {
        ImageRef image = service.imageRef();
        return image != null && image.isGrafana()
                || ServiceArgs.mountsBelow(service, provisioningPath);
    }
}
