package dev.composelint.core.topology;

import dev.composelint.core.evidence.StackDeploy;
import dev.composelint.core.model.ComposeFile;
import dev.composelint.core.model.Network;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Workspace;

import java.nio.file.Path;
import java.util.Collections;
import java.util.regex.Pattern;

/**
 * Which projects of a workspace run side by side on one Docker host. A repository of independent examples holds
 * many projects that are never started together; two projects are taken to run together when one joins a network
 * the other creates (by actual name, or clearly meaning to: an external network whose name is the other's network
 * key), or when they are the directory's default file and an add-on named after it
 * ({@code docker-compose.monitoring.yml} next to {@code docker-compose.yml}) that complements it. Two files of one
 * directory that define services of the same name are alternatives (a postgres and a sqlite variant of one stack):
 * under the directory's project name they would even share container names, so they are never up together.
 * Rules ask through {@link Topology#runTogether(Project, Project)}.
 */
final class Deployments {

    private Deployments() {
    }

    static boolean together(Project a, Project b) {
        if (a == b) return true;
        if (joins(a, b) || joins(b, a)) return true;
        return a.directory().equals(b.directory())
                && (isDefault(a) && isAddOn(b) || isDefault(b) && isAddOn(a))
                && Collections.disjoint(a.services().keySet(), b.services().keySet());
    }

    private static final Pattern DEFAULT_NAME =
            Pattern.compile("(docker-)?compose\\.ya?ml");
    private static final Pattern ADD_ON_NAME =
            Pattern.compile("(docker-)?compose\\.[^.]+\\.ya?ml");

    private static boolean isDefault(Project p) {
        return !p.files().isEmpty() && DEFAULT_NAME.matcher(fileName(p)).matches();
    }

    private static boolean isAddOn(Project p) {
        return !p.files().isEmpty() && ADD_ON_NAME.matcher(fileName(p)).matches() && !fileName(p).contains("override");
    }

    private static String fileName(Project p) {
        return String.valueOf(p.files().get(0).path().getFileName());
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

    /** True when the project is loaded as a swarm stack, or a {@code docker stack deploy} deploys one of its files. */
    static boolean stackDeployed(Workspace workspace, Project project) {
        if (project.stack()) return true;
        for (StackDeploy stack : workspace.evidence().stacks()) {
            for (Path file : stack.files()) {
                for (ComposeFile composeFile : project.files()) {
                    if (composeFile.path().toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
