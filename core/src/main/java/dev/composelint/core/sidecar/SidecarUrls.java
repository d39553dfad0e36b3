package dev.composelint.core.sidecar;

import dev.composelint.core.sidecar.common.ConfigUrl;
import dev.composelint.core.topology.ServiceRef;

import java.nio.file.Path;
import java.util.List;

/**
 * A service running a log tool (Promtail, Loki) whose config file was found through its mounts, with the URLs the
 * config tells it to connect to.
 *
 * @param service    the service
 * @param configFile the host file of its config
 * @param urls       the URLs in file order: Promtail's {@code clients[].url} (and the old {@code client.url}), or
 *                   Loki's ruler {@code alertmanager_url} entries
 */
public record SidecarUrls(ServiceRef service, Path configFile, List<ConfigUrl> urls) {

    public SidecarUrls {
        urls = List.copyOf(urls);
    }
}
