package dev.composelint.core.model;

import dev.composelint.core.Source;

import java.util.List;
import java.util.Map;

/**
 * A service of a merged, normalized project. Short syntax never survives: ports, mounts, networks and depends_on
 * are in long form. Optional single values are {@link Located} or null.
 *
 * @param source       the position of the service's key (in the file that first declared it)
 * @param networks     by network key, as written (with {@code network_mode} set, Docker attaches none)
 * @param dependsOn    by service name, including implicit dependencies from links, volumes_from, network_mode
 * @param environment  by variable name, after interpolation; env_file contents are not included
 * @param profiles     empty when the service is always enabled
 * @param enabled      whether the service is enabled for the project's active profiles
 * @param replicas     {@code deploy.replicas} or {@code scale}, else null
 * @param confinement  privileges, namespaces, capabilities, security options and memory limit as written
 * @param labelEntries the labels as entries with their raw values and positions (same content as {@code labels})
 * @param pullPolicy   {@code pull_policy}, or null
 * @param deployMode   {@code deploy.mode} ({@code replicated}, {@code global}, ...), else null
 */
public record Service(
        String name,
        Source source,
        Located<String> image,
        Build build,
        List<PortMapping> ports,
        List<ExposedPort> expose,
        List<Mount> mounts,
        Map<String, NetworkAttachment> networks,
        Map<String, Dependency> dependsOn,
        List<EnvFileRef> envFiles,
        Map<String, EnvVar> environment,
        Healthcheck healthcheck,
        List<String> profiles,
        boolean enabled,
        Located<Integer> replicas,
        Located<String> containerName,
        Located<String> hostname,
        Located<String> networkMode,
        List<String> command,
        List<String> entrypoint,
        List<ResourceRef> secrets,
        List<ResourceRef> configs,
        Map<String, String> labels,
        List<ExtraHost> extraHosts,
        boolean privileged,
        Confinement confinement,
        List<EnvVar> labelEntries,
        Located<String> pullPolicy,
        Located<String> deployMode) {

    public Service {
        confinement = confinement == null ? Confinement.NONE : confinement;
        labelEntries = labelEntries == null ? List.of() : List.copyOf(labelEntries);
        ports = List.copyOf(ports);
        expose = List.copyOf(expose);
        mounts = List.copyOf(mounts);
        networks = Copies.ordered(networks);
        dependsOn = Copies.ordered(dependsOn);
        envFiles = List.copyOf(envFiles);
        environment = Copies.ordered(environment);
        profiles = List.copyOf(profiles);
        command = command == null ? null : List.copyOf(command);
        entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
        secrets = List.copyOf(secrets);
        configs = List.copyOf(configs);
        labels = Copies.ordered(labels);
        extraHosts = List.copyOf(extraHosts);
    }

    /** The constructor without confinement, label entries, pull policy and deploy mode (tests, older callers). */
    public Service(String name, Source source, Located<String> image, Build build, List<PortMapping> ports,
                   List<ExposedPort> expose, List<Mount> mounts, Map<String, NetworkAttachment> networks,
                   Map<String, Dependency> dependsOn, List<EnvFileRef> envFiles, Map<String, EnvVar> environment,
                   Healthcheck healthcheck, List<String> profiles, boolean enabled, Located<Integer> replicas,
                   Located<String> containerName, Located<String> hostname, Located<String> networkMode,
                   List<String> command, List<String> entrypoint, List<ResourceRef> secrets,
                   List<ResourceRef> configs, Map<String, String> labels, List<ExtraHost> extraHosts,
                   boolean privileged) {
        this(name, source, image, build, ports, expose, mounts, networks, dependsOn, envFiles, environment,
                healthcheck, profiles, enabled, replicas, containerName, hostname, networkMode, command, entrypoint,
                secrets, configs, labels, extraHosts, privileged, null, null, null, null);
    }

    /** True for {@code deploy.mode: global} (one task per swarm node). */
    public boolean globalMode() {
        return deployMode != null && "global".equals(deployMode.value());
    }

    /** The parsed image reference, or null without an image (or with an empty one). */
    public ImageRef imageRef() {
        return image == null ? null : ImageRef.parse(image.value());
    }

    /**
     * Whether some choice of profiles enables both services: one of them is always enabled, one carries the
     * {@code *} profile, or they share a profile. Services with disjoint profile sets are alternatives.
     */
    public boolean mayRunWith(Service other) {
        if (profiles.isEmpty() || other.profiles.isEmpty()) return true;
        if (profiles.contains("*") || other.profiles.contains("*")) return true;
        return sharesProfileWith(other);
    }

    /** True when the two services have a profile in common. */
    public boolean sharesProfileWith(Service other) {
        for (String profile : profiles) {
            if (other.profiles.contains(profile)) return true;
        }
        return false;
    }

    /** The value of an environment variable after interpolation, or null. */
    public String env(String name) {
        EnvVar v = environment.get(name);
        return v == null ? null : v.value();
    }
}
