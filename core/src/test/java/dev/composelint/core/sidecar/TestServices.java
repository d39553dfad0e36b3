package dev.composelint.core.sidecar;

import dev.composelint.core.Source;
import dev.composelint.core.model.Located;
import dev.composelint.core.model.Mount;
import dev.composelint.core.model.MountType;
import dev.composelint.core.model.NameOrigin;
import dev.composelint.core.model.NetworkAttachment;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Resource;
import dev.composelint.core.model.ResourceRef;
import dev.composelint.core.model.Service;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds model services and projects for sidecar tests. */
public final class TestServices {

    public static final Path COMPOSE = Path.of("/repo/compose.yaml");

    private TestServices() {
    }

    public static Mount bind(Path host, String target) {
        return new Mount(MountType.BIND, host.toString(), host.toString(), target, true, null, false,
                Source.of(COMPOSE, 5, 9));
    }

    public static Mount volume(String name, String target) {
        return new Mount(MountType.VOLUME, name, name, target, false, null, false, Source.of(COMPOSE, 6, 9));
    }

    public static Mount tmpfs(String target) {
        return new Mount(MountType.TMPFS, null, null, target, false, null, false, Source.of(COMPOSE, 7, 9));
    }

    public static Service service(String name, String image, List<String> command, List<String> entrypoint,
                           List<Mount> mounts) {
        return service(name, image, command, entrypoint, mounts, List.of());
    }

    public static Service service(String name, String image, List<String> command, List<String> entrypoint,
                           List<Mount> mounts, List<ResourceRef> configs) {
        return new Service(name, Source.of(COMPOSE, 2, 3), image == null ? null : Located.of(image,
                Source.of(COMPOSE, 3, 12)), null, List.of(), List.of(), mounts,
                Map.of("default", new NetworkAttachment("default", List.of(), null, null, Source.of(COMPOSE, 2, 3))),
                Map.of(), List.of(), Map.of(), null, List.of(), true, null, null, null, null, command, entrypoint,
                List.of(), configs, Map.of(), List.of(), false);
    }

    public static Project project(String name, Map<String, Resource> configs, Service... services) {
        Map<String, Service> byName = new LinkedHashMap<>();
        for (Service s : services) byName.put(s.name(), s);
        return new Project(name, NameOrigin.DIRECTORY, Path.of("/repo"), List.of(), Map.of(), Set.of(), byName,
                Map.of(), Map.of(), configs, Map.of(), Map.of());
    }
}
