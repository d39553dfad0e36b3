package dev.composelint.rules;

import dev.composelint.core.Fix;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Service;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Two projects of the workspace that run separately under one project name, typically two standalone files in one
 * directory without {@code name:}: each treats the other's containers as its own orphans.
 */
public final class ProjectNameCollisionRule implements Rule {

    private static final RuleMeta META = new RuleMeta("project-name-collision",
            "Two projects that run separately share a project name", Category.CORRECTNESS, Severity.WARNING);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        List<Project> projects = context.workspace().projects();
        for (int j = 0; j < projects.size(); j++) {
            Project later = projects.get(j);
            List<Project> namesakes = new ArrayList<>();
            for (Project other : projects) {
                if (other != later && other.name().equals(later.name())
                        && context.topology().runTogether(other, later)) {
                    namesakes.add(other);
                }
            }
            if (namesakes.isEmpty() || partOfOneStack(later, namesakes)) continue;
            Project earlier = namesakes.get(0);
            if (projects.indexOf(earlier) < j) report(context, earlier, later);
        }
    }

    /**
     * True when {@code project} and a namesake are variants or overlays of one stack rather than two stacks: they
     * define a service of the same name (a postgres and a sqlite flavour, run one at a time), or one depends on a
     * service only the other defines (files meant for {@code -f base.yml -f overlay.yml}).
     */
    static boolean partOfOneStack(Project project, List<Project> namesakes) {
        for (Project other : namesakes) {
            for (String service : project.services().keySet()) {
                if (other.services().containsKey(service)) return true;
            }
            if (dependsOnServiceOf(project, other) || dependsOnServiceOf(other, project)) return true;
        }
        return false;
    }

    private static boolean dependsOnServiceOf(Project dependent, Project provider) {
        for (Service service : dependent.services().values()) {
            for (String dependency : service.dependsOn().keySet()) {
                if (!dependent.services().containsKey(dependency) && provider.services().containsKey(dependency)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void report(RuleContext context, Project earlier, Project later) {
        String file = fileName(later.mainFile());
        String other = fileName(earlier.mainFile());
        String suggestion = suggestedName(later);
        String where = earlier.directory().equals(later.directory()) ? "in the same directory"
                : "on a shared network";
        context.at(location(later), "the project of " + file + " is named " + later.name() + ", like the project of "
                        + other + " " + where + ", so when they run separately `up` of one reports the other's"
                        + " containers as orphans and `down` of one removes the other's network; give it its own"
                        + " name with `name: " + suggestion + "` or `docker compose -p " + suggestion + "`")
                .related(Source.file(earlier.mainFile()), "project " + earlier.name() + " of " + other)
                .fix(Declarations.nameFix(context, later, suggestion, false,
                        "add `name: " + suggestion + "` (changes the container names)",
                        "add `name: " + suggestion + "` at the top of " + file))
                .report();
    }

    /** The first service key of the project's first file, else the file's start. */
    private static Source location(Project project) {
        Path main = project.mainFile();
        Source first = null;
        for (Service service : project.services().values()) {
            Source source = service.source();
            if (source.file().equals(main) && (first == null || source.compareTo(first) < 0)) first = source;
        }
        return first != null ? first : Source.file(main);
    }

    /** The project name with what distinguishes the file: {@code docker-compose.monitoring.yml} gives -monitoring. */
    static String suggestedName(Project project) {
        String file = fileName(project.mainFile()).toLowerCase(Locale.ROOT);
        String stem = file.replaceFirst("\\.(ya?ml)$", "").replaceFirst("^(docker-)?compose", "")
                .replaceAll("[^a-z0-9_-]+", "-").replaceAll("^[-_]+|[-_]+$", "");
        return project.name() + "-" + (stem.isEmpty() ? "2" : stem);
    }

    private static String fileName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
