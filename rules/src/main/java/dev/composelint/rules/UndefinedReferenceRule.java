package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.Dependency;
import dev.composelint.core.model.NetworkAttachment;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.ResourceRef;
import dev.composelint.core.model.Service;
import dev.composelint.core.model.Workspace;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A service that names a service, network, secret or config its project does not define: Compose refuses the
 * project. A required dependency on a service that the referrer's profiles never enable counts as undefined, as
 * it does for Compose. Undefined named volumes belong to missing-volume, missing extends bases to the loader.
 */
public final class UndefinedReferenceRule implements Rule {

    private static final RuleMeta META = new RuleMeta("undefined-reference",
            "A service refers to a service, network, secret or config that is not defined", Category.CORRECTNESS,
            Severity.ERROR);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (Project project : context.workspace().projects()) {
            Workspace workspace = context.workspace();
            Declarations networks = new Declarations(workspace, project, "networks", false);
            Declarations secrets = new Declarations(workspace, project, "secrets", false);
            Declarations configs = new Declarations(workspace, project, "configs", false);
            for (Service service : project.services().values()) {
                if (!project.analyses(service)) continue;
                for (NetworkAttachment attachment : service.networks().values()) {
                    if (!project.networks().containsKey(attachment.network())) {
                        networks.add(attachment.network(), attachment.source(), Map.of());
                    }
                }
                declare(secrets, service.secrets(), project.secrets().keySet());
                declare(configs, service.configs(), project.configs().keySet());
            }
            for (Service service : project.services().values()) {
                if (!project.analyses(service)) continue;
                for (Dependency dependency : service.dependsOn().values()) {
                    checkDependency(context, project, service, dependency);
                }
                for (NetworkAttachment attachment : service.networks().values()) {
                    if (project.networks().containsKey(attachment.network())) continue;
                    context.at(attachment.source(), quoted(service) + " refers to undefined network "
                                    + attachment.network() + ": invalid compose project; declare it under the"
                                    + " top-level networks key or fix the name")
                            .fix(networks.fix(attachment.source().file(), attachment.network(),
                                    "declare " + attachment.network() + " under the top-level networks key"))
                            .profiles(service.profiles())
                            .report();
                }
                checkResources(context, service, service.secrets(), project.secrets().keySet(), "secret", secrets);
                checkResources(context, service, service.configs(), project.configs().keySet(), "config", configs);
            }
        }
    }

    private static void checkDependency(RuleContext context, Project project, Service service, Dependency dependency) {
        Service target = project.services().get(dependency.service());
        if (target != null && !(dependency.required() && disabledWhenEnabled(service, target, project))) return;
        boolean networkMode = dependency.kind() == Dependency.Kind.NETWORK_MODE && service.networkMode() != null
                && ("service:" + dependency.service()).equals(service.networkMode().value());
        String message = networkMode
                ? "service \"" + dependency.service() + "\" not found for network_mode 'service:"
                + dependency.service() + "'"
                : quoted(service) + " depends on undefined service \"" + dependency.service()
                + "\": invalid compose project";
        String via = switch (dependency.kind()) {
            case DEPENDS_ON -> "depends_on";
            case LINKS -> "links";
            case VOLUMES_FROM -> "volumes_from";
            case NETWORK_MODE -> networkMode ? "network_mode" : "a service: namespace (ipc, pid, uts or cgroup)";
        };
        if (target == null) {
            message += " (" + via + " names a service this project does not define); define it or fix the name";
        } else {
            String when = !project.activeProfiles().isEmpty() ? "the active profiles are chosen"
                    : service.profiles().isEmpty() ? "no profile is chosen"
                    : "only " + String.join(" or ", service.profiles()) + " is chosen";
            message += " (" + dependency.service() + " has profiles " + target.profiles()
                    + ", so it is disabled when " + when + "); add a profile of " + service.name() + " to "
                    + dependency.service() + ", or mark the dependency `required: false`";
        }
        context.at(dependency.source(), message).profiles(service.profiles()).report();
    }

    /**
     * True when a profile set that enables {@code service} may leave {@code target} disabled: the target has
     * profiles and shares none with the service (an always-enabled service shares none).
     */
    static boolean disabledWhenEnabled(Service service, Service target, Project project) {
        if (target.profiles().isEmpty()) return false;
        if (!project.activeProfiles().isEmpty()) return !target.enabled();
        return !service.sharesProfileWith(target);
    }

    private static void checkResources(RuleContext context, Service service, List<ResourceRef> refs,
                                       Set<String> declared, String kind, Declarations declarations) {
        for (ResourceRef ref : refs) {
            if (ref.source() == null || declared.contains(ref.source())) continue;
            context.at(ref.location(), quoted(service) + " refers to undefined " + kind + " " + ref.source()
                            + ": invalid compose project; declare it under the top-level " + kind + "s key or fix"
                            + " the name")
                    .fix(declarations.fix(ref.location().file(), ref.source(),
                            "declare " + ref.source() + " under the top-level " + kind + "s key"))
                    .profiles(service.profiles())
                    .report();
        }
    }

    /** Secrets and configs are declared from a file of their name next to the compose file, to be created. */
    private static void declare(Declarations declarations, List<ResourceRef> refs, Set<String> declared) {
        for (ResourceRef ref : refs) {
            if (ref.source() == null || declared.contains(ref.source())) continue;
            declarations.add(ref.source(), ref.location(), Map.of("file", "./" + ref.source()));
        }
    }

    private static String quoted(Service service) {
        return "service \"" + service.name() + "\"";
    }
}
