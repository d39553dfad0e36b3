package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.model.Mount;
import dev.composelint.core.model.Network;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Resource;
import dev.composelint.core.model.ResourceRef;
import dev.composelint.core.model.Service;
import dev.composelint.core.model.Volume;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A top-level network, volume, secret or config no service of its project uses (whatever its profiles). External
 * resources are left alone, and so are those another project of the workspace uses under the same actual name.
 */
public final class UnusedResourceRule implements Rule {

    private static final RuleMeta META = new RuleMeta("unused-resource",
            "A declared network, volume, secret or config is never used", Category.CORRECTNESS, Severity.WARNING);

    private enum Kind {
        NETWORK("network"), VOLUME("volume"), SECRET("secret"), CONFIG("config");

        final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        List<Project> projects = context.workspace().projects();
        Map<Kind, Usage> usage = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) usage.put(kind, new Usage(projects, kind));
        for (Project project : projects) {
            for (Network network : project.networks().values()) {
                if (network.external() || network.implicit()) continue;
                check(context, usage.get(Kind.NETWORK), project, network.key(), network.name(), network.source());
            }
            for (Volume volume : project.volumes().values()) {
                if (volume.external()) continue;
                check(context, usage.get(Kind.VOLUME), project, volume.key(), volume.name(), volume.source());
            }
            for (Resource secret : project.secrets().values()) {
                if (!secret.external()) check(context, usage.get(Kind.SECRET), project, secret.key(), secret.name(),
                        secret.source());
            }
            for (Resource config : project.configs().values()) {
                if (!config.external()) check(context, usage.get(Kind.CONFIG), project, config.key(), config.name(),
                        config.source());
            }
        }
    }

    private static void check(RuleContext context, Usage usage, Project project, String key, String name,
                              Source source) {
        if (usage.used(project, key, name)) return;
        context.at(source, usage.kind.word + " " + key + " is declared but no service uses it, so Compose does not"
                        + " even create it; remove it, or attach it to the service that was meant to use it")
                .report();
    }

    /** Which resources of one kind the services of each project use, computed once per run (linear in services). */
    private static final class Usage {
        private final Kind kind;
        private final Map<Project, Set<String>> keys = new IdentityHashMap<>();
        /** Actual resource names to the projects whose services use them. */
        private final Map<String, Set<Project>> users = new HashMap<>();

        Usage(List<Project> projects, Kind kind) {
            this.kind = kind;
            for (Project project : projects) {
                Set<String> used = usedKeys(project, kind);
                keys.put(project, used);
                for (String key : used) {
                    String actual = actualName(project, kind, key);
                    if (actual != null) {
                        users.computeIfAbsent(actual, k -> Collections.newSetFromMap(new IdentityHashMap<>()))
                                .add(project);
                    }
                }
            }
        }

        /** Used by a service of {@code project}, or under the same actual name by one of another project. */
        boolean used(Project project, String key, String name) {
            if (keys.get(project).contains(key)) return true;
            Set<Project> byName = users.getOrDefault(name, Set.of());
            return byName.size() > 1 || (byName.size() == 1 && !byName.contains(project));
        }
    }

    /** The keys of this kind the project's services use. */
    static Set<String> usedKeys(Project project, Kind kind) {
        Set<String> used = new HashSet<>();
        for (Service service : project.services().values()) {
            switch (kind) {
                case NETWORK -> used.addAll(service.networks().keySet());
                case VOLUME -> {
                    for (Mount mount : service.mounts()) {
                        if (mount.isNamedVolume()) used.add(mount.source());
                    }
                }
                case SECRET -> {
                    service.secrets().stream().map(ResourceRef::source).forEach(used::add);
                    if (service.build() != null) used.addAll(service.build().secrets());
                }
                case CONFIG -> service.configs().stream().map(ResourceRef::source).forEach(used::add);
            }
        }
        return used;
    }

    private static String actualName(Project project, Kind kind, String key) {
        return switch (kind) {
            case NETWORK -> project.networks().containsKey(key) ? project.networks().get(key).name() : null;
            case VOLUME -> project.volumes().containsKey(key) ? project.volumes().get(key).name() : null;
            case SECRET -> project.secrets().containsKey(key) ? project.secrets().get(key).name() : null;
            case CONFIG -> project.configs().containsKey(key) ? project.configs().get(key).name() : null;
        };
    }
}
