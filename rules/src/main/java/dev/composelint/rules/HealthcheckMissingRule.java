package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.Dependency;
import dev.composelint.core.model.Healthcheck;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Service;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;
import dev.composelint.core.rule.RuleOption;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code condition: service_healthy} on a service that has no healthcheck: {@code docker compose up} fails
 * because the dependency can never become healthy.
 */
public final class HealthcheckMissingRule implements Rule {

    static final String IMAGES_OPTION = "imagesWithHealthcheck";

    /** Image repositories whose images ship a HEALTHCHECK instruction; a trailing {@code *} matches a prefix. */
    static final List<String> KNOWN_IMAGES = List.of("vaultwarden/server", "pihole/pihole", "authelia/authelia",
            "openzipkin/*", "ghcr.io/openzipkin/*");

    private static final RuleMeta META = new RuleMeta("healthcheck-missing",
            "A service waits for a dependency to be healthy that has no healthcheck", Category.CORRECTNESS,
            Severity.ERROR, null, List.of(new RuleOption(IMAGES_OPTION, "list", KNOWN_IMAGES,
            "image repositories known to define a HEALTHCHECK; replaces the built-in list")));

    private static final String HEALTHY = "service_healthy";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Set<String> knownImages = knownImages(context.option(IMAGES_OPTION, Object.class, KNOWN_IMAGES));
        for (Project project : context.workspace().projects()) {
            for (Service service : project.services().values()) {
                if (!project.analyses(service)) continue;
                for (Dependency dependency : service.dependsOn().values()) {
                    if (!HEALTHY.equals(dependency.condition())) continue;
                    Service target = project.services().get(dependency.service());
                    if (target == null) continue;
                    // An image named by a variable without a value is the user's choice at deploy time.
                    boolean imageUnknown = target.image() != null && project.isUnknown(target.image().source());
                    String problem = imageUnknown && target.healthcheck() == null ? null : problem(target, knownImages);
                    if (problem == null) continue;
                    context.at(dependency.source(), "service " + service.name() + " waits for " + target.name()
                                    + " to be healthy, but " + problem + ", so `docker compose up` fails with"
                                    + " \"container " + target.name() + " has no healthcheck configured\"; add a"
                                    + " healthcheck to " + target.name() + " or use condition: service_started")
                            .related(target.source(), "service " + target.name())
                            .profiles(service.profiles())
                            .report();
                }
            }
        }
    }

    /** Why the target can never be healthy, or null when it may be. */
    private static String problem(Service target, Set<String> knownImages) {
        Healthcheck healthcheck = target.healthcheck();
        if (healthcheck != null && healthcheck.isOff()) return "its healthcheck is disabled";
        if (healthcheck != null) return null;
        if (target.build() != null) return null;
        String repository = Images.normalize(target.imageRepository());
        if (repository == null || repository.contains("$") || known(repository, knownImages)) return null;
        return target.name() + " defines no healthcheck and its image " + repository + " is not known to ship one";
    }

    private static boolean known(String repository, Set<String> knownImages) {
        for (String known : knownImages) {
            if (known.endsWith("*") ? repository.startsWith(known.substring(0, known.length() - 1))
                    : repository.equals(known)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> knownImages(Object option) {
        List<String> names = new ArrayList<>();
        if (option instanceof List<?> list) {
            for (Object item : list) names.add(String.valueOf(item));
        } else if (option instanceof String text) {
            names.addAll(List.of(text.split(",")));
        }
        Set<String> result = new HashSet<>();
        for (String name : names) {
            String normalized = Images.normalize(name.trim());
            if (normalized != null && !normalized.isEmpty()) result.add(normalized);
        }
        return result;
    }
}
