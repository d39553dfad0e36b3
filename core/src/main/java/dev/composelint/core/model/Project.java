package dev.composelint.core.model;

import dev.composelint.core.Source;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One compose project: the merged result of its files, as {@code docker compose} would load it.
 *
 * @param environment    the interpolation environment (shell over env files over {@code .env})
 * @param activeProfiles the profiles the project was loaded with; empty means no profile was chosen, in which case
 *                       every service is analysed and {@link Service#enabled()} reports the default set
 * @param unsetVariables variables that were referenced without a value and defaulted to empty, with one place each
 * @param origin         why the project is linted with these files (evidence, pairing rule, command line)
 */
public record Project(
        String name,
        NameOrigin nameOrigin,
        Path directory,
        List<ComposeFile> files,
        Map<String, String> environment,
        Set<String> activeProfiles,
        Map<String, Service> services,
        Map<String, Network> networks,
        Map<String, Volume> volumes,
        Map<String, Resource> configs,
        Map<String, Resource> secrets,
        Map<String, Source> unsetVariables,
        ProjectOrigin origin) {

    public Project {
        files = List.copyOf(files);
        environment = Copies.ordered(environment);
        activeProfiles = Set.copyOf(activeProfiles);
        services = Copies.ordered(services);
        networks = Copies.ordered(networks);
        volumes = Copies.ordered(volumes);
        configs = Copies.ordered(configs);
        secrets = Copies.ordered(secrets);
        unsetVariables = Copies.ordered(unsetVariables);
        origin = origin == null ? ProjectOrigin.UNKNOWN : origin;
    }

    public Project(String name, NameOrigin nameOrigin, Path directory, List<ComposeFile> files,
                   Map<String, String> environment, Set<String> activeProfiles, Map<String, Service> services,
                   Map<String, Network> networks, Map<String, Volume> volumes, Map<String, Resource> configs,
                   Map<String, Resource> secrets, Map<String, Source> unsetVariables) {
        this(name, nameOrigin, directory, files, environment, activeProfiles, services, networks, volumes, configs,
                secrets, unsetVariables, null);
    }

    /** The same project with the reason it was linted this way. */
    public Project withOrigin(ProjectOrigin newOrigin) {
        return new Project(name, nameOrigin, directory, files, environment, activeProfiles, services, networks,
                volumes, configs, secrets, unsetVariables, newOrigin);
    }

    /** True when the project is a swarm stack, loaded as {@code docker stack deploy} does. */
    public boolean stack() {
        return origin.stack();
    }

    /**
     * Whether rules look at a service: every service when no profile was chosen (findings then name the profiles
     * they need), else only the services the chosen profiles enable.
     */
    public boolean analyses(Service service) {
        return activeProfiles.isEmpty() || service.enabled();
    }

    /** The first file, whose directory and default name usually define the project. */
    public Path mainFile() {
        return files.isEmpty() ? directory : files.get(0).path();
    }
}
