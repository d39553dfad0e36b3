package dev.composelint.core.sidecar.prometheus;

import dev.composelint.core.model.Service;
import dev.composelint.core.sidecar.common.CommandFlags;
import dev.composelint.core.sidecar.common.MountMap;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the command line of a service running Prometheus says (kingpin flags, {@code --name=value} or
 * {@code --name value}, in the command or else the entrypoint).
 *
 * @param configFile          the absolute container path of its config: {@code --config.file}; without it
 *                            {@value #DEFAULT_CONFIG} when the image's own command runs, and {@code prometheus.yml}
 *                            in the working directory when the command is overridden
 * @param agent               agent mode ({@code --agent}, or {@code --enable-feature=agent} before v2.42): scrapes
 *                            and forwards only, evaluates no rules
 * @param listenAddress       {@code --web.listen-address}, else {@value #DEFAULT_LISTEN_ADDRESS}
 * @param storagePath         {@code --storage.tsdb.path} ({@code --storage.agent.path} in agent mode), or null
 * @param remoteWriteReceiver {@code --web.enable-remote-write-receiver}, or the old
 *                            {@code --enable-feature=remote-write-receiver}
 * @param features            the {@code --enable-feature} values
 */
public record PrometheusFlags(String configFile, boolean agent, String listenAddress, String storagePath,
                              boolean remoteWriteReceiver, Set<String> features) {

    /** Prometheus' config path when the image's default command runs. */
    public static final String DEFAULT_CONFIG = "/etc/prometheus/prometheus.yml";
    public static final String DEFAULT_LISTEN_ADDRESS = "0.0.0.0:9090";
    /** The working directory of the official image, against which a relative {@code --config.file} resolves. */
    private static final String WORKING_DIRECTORY = "/prometheus";

    public PrometheusFlags {
        features = Set.copyOf(features);
    }

    /** The flags of {@code service}'s command line. */
    public static PrometheusFlags of(Service service) {
        CommandFlags flags = CommandFlags.of(service, CommandFlags.Style.KINGPIN);
        Set<String> features = new LinkedHashSet<>(flags.values("enable-feature"));
        boolean agent = flags.isSet("agent") || features.contains("agent");
        String listen = flags.value("web.listen-address");
        String storage = flags.value(agent ? "storage.agent.path" : "storage.tsdb.path");
        return new PrometheusFlags(configFile(service, flags.value("config.file")), agent,
                listen == null ? DEFAULT_LISTEN_ADDRESS : listen, storage,
                flags.isSet("web.enable-remote-write-receiver") || features.contains("remote-write-receiver"),
                features);
    }

    /** The value of the {@code --config.file} flag, or null. */
    public static String configFlag(Service service) {
        return CommandFlags.of(service, CommandFlags.Style.KINGPIN).value("config.file");
    }

    private static String configFile(Service service, String flag) {
        String path = flag != null ? flag : service.command() == null ? DEFAULT_CONFIG : "prometheus.yml";
        return MountMap.normalize(path.startsWith("/") ? path : WORKING_DIRECTORY + "/" + path);
    }
}
