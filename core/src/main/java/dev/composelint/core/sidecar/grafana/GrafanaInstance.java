package dev.composelint.core.sidecar.grafana;

import dev.composelint.core.topology.ServiceRef;

import java.nio.file.Path;
import java.util.List;

/**
 * A service running Grafana with the datasource provisioning files found through its mounts.
 *
 * @param provisioningPath the container provisioning directory ({@code GF_PATHS_PROVISIONING} or the default)
 * @param files            the host files read, in name order
 */
public record GrafanaInstance(ServiceRef service, String provisioningPath, List<Path> files,
                              List<GrafanaDatasource> datasources) {

    public GrafanaInstance {
        files = List.copyOf(files);
        datasources = List.copyOf(datasources);
    }
}
