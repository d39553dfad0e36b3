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

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

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
        for (Project project : context.workspace().projects()) {
            for (Network network : project.networks().values()) {
                if (network.external() || network.implicit()) continue;
                check(context, project, Kind.NETWORK, network.key(), network.name(), network.source());
            }
            for (Volume volume : project.volumes().values()) {
                if (volume.external()) continue;
                check(context, project, Kind.VOLUME, volume.key(), volume.name(), volume.source());
            }
            for (Resource secret : project.secrets().values()) {
                if (!secret.external()) check(context, project, Kind.SECRET, secret.key(), secret.name(),
                        secret.source());
            }
            for (Resource config : project.configs().values()) {
                if (!config.external()) check(context, project, Kind.CONFIG, config.key(), config.name(),
                        config.source());
            }
        }
    }

    private static void check(RuleContext context, Project project, Kind kind, String key, String name,
                              Source source) {
        if (used(project, kind).contains(key) || usedElsewhere(context, project, kind, name)) return;
        context.at(source, kind.word + " " + key + " is declared but no service uses it, so Compose does not even"
                        + " create it; remove it, or attach it to the service that was meant to use it")
                .report();
    }

    /** The keys of this kind the project's services use. */
    static Set<String> used(Project project, Kind kind) {
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

    private static boolean usedElsewhere(RuleContext context, Project project, Kind kind, String name) {
        for (Project other : context.workspace().projects()) {
            if (other == project) continue;
            Function<String, String> actualName = switch (kind) {
                case NETWORK -> key -> other.networks().containsKey(key) ? other.networks().get(key).name() : null;
                case VOLUME -> key -> other.volumes().containsKey(key) ? other.volumes().get(key).name() : null;
                case SECRET -> key -> other.secrets().containsKey(key) ? other.secrets().get(key).name() : null;
                case CONFIG -> key -> other.configs().containsKey(key) ? other.configs().get(key).name() : null;
            };
            for (String key : used(other, kind)) {
                if (name.equals(actualName.apply(key))) return true;
            }
        }
        return false;
    }
}
