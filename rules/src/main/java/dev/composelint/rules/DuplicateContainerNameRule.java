package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.Located;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Service;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;
import dev.composelint.core.topology.ServiceRef;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code container_name} on two services that run together (in one project, or in projects that run side by
 * side: {@link dev.composelint.core.topology.Topology#runTogether(ServiceRef, ServiceRef)}), or on a service with
 * more than one replica: Docker allows one container per name, so the second one fails to start.
 */
public final class DuplicateContainerNameRule implements Rule {

    private static final RuleMeta META = new RuleMeta("duplicate-container-name",
            "Two containers would get the same name", Category.CORRECTNESS, Severity.ERROR);

    private record Named(Project project, Service service, Located<String> name) {
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        List<Named> all = new ArrayList<>();
        RuleSupport.services(context, (project, service) -> {
            Located<String> name = service.containerName();
            // docker stack deploy ignores container_name (the loader says so); swarm names the tasks
            if (name == null || name.value().isBlank() || project.stack()) return;
            all.add(new Named(project, service, name));
            Integer replicas = service.replicas() == null ? null : service.replicas().value();
            if (replicas != null && replicas > 1) {
                context.at(name.source(), "service " + service.name() + " sets container_name " + name.value()
                                + " and runs " + replicas + " replicas, but only one container can have that name,"
                                + " so Compose refuses it; remove container_name or run one replica")
                        .related(service.replicas().keySource(), "the replica count")
                        .profiles(service.profiles())
                        .report();
            }
        });
        for (int j = 0; j < all.size(); j++) {
            Named later = all.get(j);
            for (int i = 0; i < j; i++) {
                Named earlier = all.get(i);
                if (!clash(context, earlier, later)) continue;
                String where = earlier.project() == later.project() ? ""
                        : " of project " + earlier.project().name();
                context.at(later.name().source(), "container_name " + later.name().value() + " of service "
                                + later.service().name() + " is already used by service " + earlier.service().name()
                                + where + ", so the second container fails to start (\"container name is already in"
                                + " use\"); give each service its own name, or drop container_name")
                        .related(earlier.name().source(), "the same name on " + earlier.service().name())
                        .profiles(later.service().profiles())
                        .report();
                break;
            }
        }
    }

    private static boolean clash(RuleContext context, Named a, Named b) {
        if (!a.name().value().equals(b.name().value())) return false;
        if (a.name().source().equals(b.name().source())) return false;   // one file seen by two projects
        if (a.project() != b.project() && a.service().source().equals(b.service().source())) return false;
        return context.topology().runTogether(new ServiceRef(a.project(), a.service()),
                new ServiceRef(b.project(), b.service()));
    }
}
