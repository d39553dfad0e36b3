package dev.composelint.core.topology;

import dev.composelint.core.model.Project;
import dev.composelint.core.model.Service;

/** A service together with the project it belongs to. */
public record ServiceRef(Project project, Service service) {

    public String name() {
        return service.name();
    }

    /** {@code project/service}, for messages that span projects. */
    public String qualifiedName() {
        return project.name() + "/" + service.name();
    }
}
