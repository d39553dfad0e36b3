package dev.composelint.core.topology;

import dev.composelint.core.model.Network;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Service;
import dev.composelint.core.model.Workspace;

import java.util.List;
import java.util.Set;

/**
 * The derived network picture of a workspace, computed once per run: actual network names, who is attached where
 * across projects, and name resolution from one service's point of view. Every rule that asks "can S reach
 * host:port?" asks here.
 */
public interface Topology {

    Workspace workspace();

    /** Every service of the workspace with its project. */
    List<ServiceRef> services();

    /** The actual names of the networks a service is attached to (empty with network_mode host/none/container). */
    Set<String> networksOf(ServiceRef service);

    /** Services attached to the network with this actual name, across projects. */
    List<ServiceRef> attachedTo(String actualNetworkName);

    /** Non-external network declarations that create a network of this actual name, across projects. */
    List<NetworkDeclaration> creatorsOf(String actualNetworkName);

    /** The networks every Docker engine predefines; an external network of one of these names always exists. */
    Set<String> PREDEFINED_NETWORKS = Set.of("host", "bridge", "none");

    /** Whether Docker itself provides the network with this actual name ({@link #PREDEFINED_NETWORKS}). */
    static boolean isPredefined(String actualNetworkName) {
        return PREDEFINED_NETWORKS.contains(actualNetworkName);
    }

    /** Every non-external network declaration of the workspace. */
    List<NetworkDeclaration> createdNetworks();

    /** The services a host name denotes (service name, network alias, container_name, hostname). */
    List<ServiceRef> lookup(String host);

    /**
     * Resolves {@code host} (and {@code port} when not null) as seen from {@code from}: Docker's embedded DNS
     * answers service names and aliases on the networks {@code from} is attached to; names the service's
     * {@code extra_hosts} maps are answered before it and are not checked.
     */
    Resolution resolve(ServiceRef from, String host, Integer port);

    /**
     * Whether two projects run side by side on one Docker host: one joins a network the other creates, or they
     * are a directory's default file and an add-on that complements it. A project runs with itself.
     */
    boolean runTogether(Project p, Project q);

    /**
     * Whether two services can be up at the same time: their projects run together and some choice of profiles
     * enables both ({@link Service#mayRunWith(Service)}).
     */
    default boolean runTogether(ServiceRef a, ServiceRef b) {
        return runTogether(a.project(), b.project()) && a.service().mayRunWith(b.service());
    }

    /** True when the project is loaded as a swarm stack, or a {@code docker stack deploy} deploys one of its files. */
    boolean stackDeployed(Project project);

    /** A network declaration of a project. */
    record NetworkDeclaration(Project project, Network network) {
    }
}
