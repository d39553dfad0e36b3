package dev.composelint.core.topology;

import dev.composelint.core.model.Project;
import dev.composelint.core.model.Service;

import java.util.Objects;

/** A service together with the project it belongs to. */
public record ServiceRef(Project project, Service service) {

    /**
     * Consistent with the record's equals, but cheap: the generated hash would hash the whole project (every
     * service, deeply) for each lookup, which made every map keyed by ServiceRef quadratic in the services.
     */
    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(project.name()) + Objects.hashCode(service.name());
    }

    public String name() {
        return service.name();
    }

    /** {@code project/service}, for messages that span projects. */
    public String qualifiedName() {
        return project.name() + "/" + service.name();
    }

    /** The name as a message written from {@code from}'s side says it: bare within one project name, else qualified. */
    public String nameSeenFrom(ServiceRef from) {
        return project.name().equals(from.project().name()) ? name() : qualifiedName();
    }
}
