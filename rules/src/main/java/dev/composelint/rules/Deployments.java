package dev.composelint.rules;

import dev.composelint.core.model.Network;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Workspace;

/**
 * Which projects of a workspace run side by side on one Docker host. A repository of independent examples holds
 * many projects that are never started together; two projects are taken to run together when they live in the
 * same directory, or when one joins a network the other creates (by actual name, or clearly meaning to: an
 * external network whose name is the other's network key).
 */
final class Deployments {

    private Deployments() {
    }

    static boolean together(Project a, Project b) {
        if (a == b) return true;
        if (a.directory().equals(b.directory())) return true;
        return joins(a, b) || joins(b, a);
    }

    private static boolean joins(Project joiner, Project creator) {
        for (Network external : joiner.networks().values()) {
            if (!external.external()) continue;
            for (Network created : creator.networks().values()) {
                if (created.external()) continue;
                if (created.name().equals(external.name()) || created.key().equals(external.name())
                        || created.name().endsWith("_" + external.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean anyTogether(Workspace workspace, Project project) {
        for (Project other : workspace.projects()) {
            if (other != project && together(project, other)) return true;
        }
        return false;
    }
}
