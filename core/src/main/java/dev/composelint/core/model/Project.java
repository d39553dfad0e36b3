package dev.composelint.core.model;

import dev.composelint.core.Source;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One compose project: the merged result of its files, as {@code docker compose} would load it.
 *
 * @param environment    the interpolation environment (shell over env files over {@code .env})
 * @param activeProfiles the profiles the project was loaded with; empty means no profile was chosen, in which case
 *                       every service is analysed and {@link Service#enabled()} reports the default set
 * @param unsetVariables variables that were referenced without a value and defaulted to empty, with one place each
 * @param origin         why the project is linted with these files (evidence, pairing rule, command line)
 * @param unknownValues  every interpolated scalar whose value depends on a variable without a value (an unset
 *                       {@code ${X}}, or a required {@code ${X:?}} supplied at deploy time), by its position, with
 *                       those variables; see {@link #unknownVariables(Source)}
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
        ProjectOrigin origin,
        Map<Source, Set<String>> unknownValues) {

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
        unknownValues = unknownValues == null ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(new TreeMap<>(unknownValues));
    }

    /** A project in which every interpolated value is known. */
    public Project(String name, NameOrigin nameOrigin, Path directory, List<ComposeFile> files,
                   Map<String, String> environment, Set<String> activeProfiles, Map<String, Service> services,
                   Map<String, Network> networks, Map<String, Volume> volumes, Map<String, Resource> configs,
                   Map<String, Resource> secrets, Map<String, Source> unsetVariables, ProjectOrigin origin) {
        this(name, nameOrigin, directory, files, environment, activeProfiles, services, networks, volumes, configs,
                secrets, unsetVariables, origin, Map.of());
    }

    public Project(String name, NameOrigin nameOrigin, Path directory, List<ComposeFile> files,
                   Map<String, String> environment, Set<String> activeProfiles, Map<String, Service> services,
                   Map<String, Network> networks, Map<String, Volume> volumes, Map<String, Resource> configs,
                   Map<String, Resource> secrets, Map<String, Source> unsetVariables) {
        this(name, nameOrigin, directory, files, environment, activeProfiles, services, networks, volumes, configs,
                secrets, unsetVariables, null, Map.of());
    }

    /** The same project with the reason it was linted this way. */
    public Project withOrigin(ProjectOrigin newOrigin) {
        return new Project(name, nameOrigin, directory, files, environment, activeProfiles, services, networks,
                volumes, configs, secrets, unsetVariables, newOrigin, unknownValues);
    }

    /** True when the project is a swarm stack, loaded as {@code docker stack deploy} does. */
    public boolean stack() {
        return origin.stack();
    }

    /** This project with the given {@link #unknownValues()}. */
    public Project withUnknownValues(Map<Source, Set<String>> values) {
        return new Project(name, nameOrigin, directory, files, environment, activeProfiles, services, networks, volumes,
                configs, secrets, unsetVariables, origin, values);
    }

    /**
     * The variables without a value that the element written at {@code at} depends on: those of the interpolated
     * scalar at that position, or of every interpolated scalar inside its span (a long-form mount or port). Empty
     * when the element's value is known. A rule withholds its judgement on an element that depends on one: Compose
     * substitutes an empty string, but the user supplies the value at deploy time.
     */
    public Set<String> unknownVariables(Source at) {
        return unknownVariables((SortedMap<Source, Set<String>>) unknownValues, at);
    }

    /**
     * {@link #unknownVariables(Source)} over the given positions of unknown values, in source order (a sorted map
     * answers in logarithmic time).
     */
    public static Set<String> unknownVariables(SortedMap<Source, Set<String>> unknownValues, Source at) {
        if (at == null || unknownValues.isEmpty()) return Set.of();
        Set<String> exact = unknownValues.get(at);
        if (exact != null && !at.hasEnd()) return exact;
        Source from = new Source(at.file(), at.line(), at.column(), 0, 0);
        Source to = at.hasEnd() ? new Source(at.file(), at.endLine(), at.endColumn(), 0, 0)
                : new Source(at.file(), at.line(), at.column() + 1, 0, 0);
        if (to.compareTo(from) <= 0) return Set.of();
        Set<String> found = new TreeSet<>();
        for (Map.Entry<Source, Set<String>> e : unknownValues.subMap(from, to).entrySet()) {
            if (within(e.getKey(), at)) found.addAll(e.getValue());
        }
        return found;
    }

    /** Whether the element written at {@code at} depends on a variable without a value. */
    public boolean isUnknown(Source at) {
        return !unknownVariables(at).isEmpty();
    }

    private static boolean within(Source inner, Source outer) {
        if (!inner.file().equals(outer.file())) return false;
        if (inner.line() == outer.line() && inner.column() == outer.column()) return true;
        if (!outer.hasEnd()) return false;
        boolean afterStart = inner.line() > outer.line()
                || (inner.line() == outer.line() && inner.column() >= outer.column());
        boolean beforeEnd = inner.line() < outer.endLine()
                || (inner.line() == outer.endLine() && inner.column() < outer.endColumn());
        return afterStart && beforeEnd;
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
