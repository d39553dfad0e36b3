package dev.composelint.core.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The repository's own account of how it runs its compose files, collected once per workspace: command lines,
 * stack deployments, Compose variables in env templates, and resources created by hand.
 */
public record Evidence(List<ComposeInvocation> invocations, List<StackDeploy> stacks, List<EnvSetting> settings,
                       List<CreatedResource> created) {

    public static final Evidence EMPTY = new Evidence(List.of(), List.of(), List.of(), List.of());

    public Evidence {
        invocations = List.copyOf(invocations);
        stacks = List.copyOf(stacks);
        settings = List.copyOf(settings);
        created = List.copyOf(created);
    }

    /** Where the repository creates a network or volume of this name by hand ({@code docker network create}). */
    public Optional<CreatedResource> creation(CreatedResource.Kind kind, String name) {
        return created.stream().filter(c -> c.kind() == kind && c.name().equals(name)).findFirst();
    }

    /** The facts of several workspace roots together. */
    public static Evidence merge(List<Evidence> parts) {
        if (parts.size() == 1) return parts.get(0);
        List<ComposeInvocation> invocations = new ArrayList<>();
        List<StackDeploy> stacks = new ArrayList<>();
        List<EnvSetting> settings = new ArrayList<>();
        List<CreatedResource> created = new ArrayList<>();
        for (Evidence e : parts) {
            invocations.addAll(e.invocations());
            stacks.addAll(e.stacks());
            settings.addAll(e.settings());
            created.addAll(e.created());
        }
        return new Evidence(invocations, stacks, settings, created);
    }
}
