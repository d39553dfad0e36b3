package dev.composelint.core.model;

import dev.composelint.core.Source;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
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
        Map<String, Source> unsetVariables) {

    public Project {
        files = List.copyOf(files);
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        activeProfiles = Set.copyOf(activeProfiles);
        services = Collections.unmodifiableMap(new LinkedHashMap<>(services));
        networks = Collections.unmodifiableMap(new LinkedHashMap<>(networks));
        volumes = Collections.unmodifiableMap(new LinkedHashMap<>(volumes));
        configs = Collections.unmodifiableMap(new LinkedHashMap<>(configs));
        secrets = Collections.unmodifiableMap(new LinkedHashMap<>(secrets));
        unsetVariables = Collections.unmodifiableMap(new LinkedHashMap<>(unsetVariables));
    }

    /** The first file, whose directory and default name usually define the project. */
    public Path mainFile() {
        return files.isEmpty() ? directory : files.get(0).path();
    }
}
