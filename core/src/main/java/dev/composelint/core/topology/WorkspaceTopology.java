package dev.composelint.core.topology;

import dev.composelint.core.model.Workspace;

import java.util.List;
import java.util.Set;

/** The {@link Topology} of a loaded workspace. */
public final class WorkspaceTopology implements Topology {

    private final Workspace workspace;

    public WorkspaceTopology(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Workspace workspace() {
        return workspace;
    }

    @Override
    public List<ServiceRef> services() {
        return List.of();
    }

    @Override
    public Set<String> networksOf(ServiceRef service) {
        return Set.of();
    }

    @Override
    public List<ServiceRef> attachedTo(String actualNetworkName) {
        return List.of();
    }

    @Override
    public List<NetworkDeclaration> creatorsOf(String actualNetworkName) {
        return List.of();
    }

    @Override
    public List<NetworkDeclaration> createdNetworks() {
        return List.of();
    }

    @Override
    public List<ServiceRef> lookup(String host) {
        return List.of();
    }

    @Override
    public Resolution resolve(ServiceRef from, String host, Integer port) {
        return new Resolution(Resolution.Status.NOT_CHECKED, null, List.of(), Set.of(), Set.of(), Set.of(), "");
    }
}
