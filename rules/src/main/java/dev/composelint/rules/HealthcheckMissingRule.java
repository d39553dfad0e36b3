package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.dockerfile.Dockerfile;
import dev.composelint.core.dockerfile.DockerfileReader;
import dev.composelint.core.model.Build;
import dev.composelint.core.model.Dependency;
import dev.composelint.core.model.Healthcheck;
import dev.composelint.core.model.ImageRef;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Service;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;
import dev.composelint.core.rule.RuleOption;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code condition: service_healthy} on a service that can never become healthy, so {@code docker compose up}
 * fails. The target's healthcheck comes from compose, else from the {@code HEALTHCHECK} of the Dockerfile it is
 * built from (or of the Dockerfile another service builds its image with), else from a table of well-known images.
 * Error when compose or the Dockerfile switches the check off or the Dockerfile has none; a warning for an image
 * nothing is known about; info when the Dockerfile cannot be read.
 */
public final class HealthcheckMissingRule implements Rule {

    static final String IMAGES_OPTION = "images-with-healthcheck";

    /**
     * Image repositories whose official images declare a HEALTHCHECK; a trailing {@code *} matches a prefix.
     * Each was checked against the image's Dockerfile: vaultwarden ({@code /healthcheck.sh}), Pi-hole, Authelia,
     * Zipkin's images, Uptime Kuma ({@code extra/healthcheck}) and Jellyfin ({@code curl ${HEALTHCHECK_URL}}).
     */
    static final List<String> KNOWN_IMAGES = List.of("vaultwarden/server", "pihole/pihole", "authelia/authelia",
            "openzipkin/*", "ghcr.io/openzipkin/*", "louislam/uptime-kuma", "jellyfin/jellyfin");

    /**
     * Official images whose Dockerfiles declare no HEALTHCHECK (base images and the common servers); a dependency
     * on one of these without a compose healthcheck surely fails.
     */
    static final Set<String> KNOWN_WITHOUT = Set.of("alpine", "busybox", "ubuntu", "debian", "postgres", "redis",
            "mysql", "mongo", "nginx", "httpd", "memcached", "rabbitmq", "node", "python", "golang");

    private static final RuleMeta META = new RuleMeta("healthcheck-missing",
            "A service waits for a dependency to be healthy that has no healthcheck", Category.CORRECTNESS,
            Severity.ERROR, null, List.of(new RuleOption(IMAGES_OPTION, RuleOption.LIST, KNOWN_IMAGES,
            "image repositories known to define a HEALTHCHECK; replaces the built-in list")));

    private static final String HEALTHY = "service_healthy";

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** Why a target may never be healthy, how sure that is, and where the evidence is. */
    private record Problem(String why, Severity severity, Source evidence, String evidenceNote) {
    }

    @Override
    public void check(RuleContext context) {
        Set<String> knownImages = knownImages(context.option(IMAGES_OPTION, Object.class, KNOWN_IMAGES));
        Judge judge = new Judge(context, knownImages);
        for (Project project : context.workspace().projects()) {
            for (Service service : project.services().values()) {
                if (!project.analyses(service)) continue;
                for (Dependency dependency : service.dependsOn().values()) {
                    if (!HEALTHY.equals(dependency.condition())) continue;
                    Service target = project.services().get(dependency.service());
                    if (target == null) continue;
                    // An image named by a variable without a value is the user's choice at deploy time.
                    boolean imageUnknown = target.image() != null && project.isUnknown(target.image().source());
                    Problem problem = imageUnknown && target.healthcheck() == null ? null : judge.problem(project, target);
                    if (problem == null) continue;
                    String consequence = problem.severity() == Severity.ERROR ? ", so" : "; if it has none,";
                    var finding = context.at(dependency.source(), "service " + service.name() + " waits for "
                                    + target.name() + " to be healthy, but " + problem.why() + consequence
                                    + " `docker compose up` fails with \"container " + target.name()
                                    + " has no healthcheck configured\"; add a healthcheck to " + target.name()
                                    + " or use condition: service_started")
                            .severity(problem.severity())
                            .related(target.source(), "service " + target.name())
                            .profiles(service.profiles());
                    if (problem.evidence() != null) finding.related(problem.evidence(), problem.evidenceNote());
                    finding.report();
                }
            }
        }
    }

    /** Judges targets, reading each Dockerfile once. */
    private static final class Judge {
        private final RuleContext context;
        private final Set<String> knownImages;
        private final Map<Path, Optional<Dockerfile>> dockerfiles = new HashMap<>();
        private final Map<String, List<BuiltImage>> builtImages = new HashMap<>();

        Judge(RuleContext context, Set<String> knownImages) {
            this.context = context;
            this.knownImages = knownImages;
            for (Project project : context.workspace().projects()) {
                for (Service service : project.services().values()) {
                    if (service.build() != null && service.imageRef() != null) {
                        builtImages.computeIfAbsent(service.imageRef().canonical(), k -> new ArrayList<>())
                                .add(new BuiltImage(project, service.build()));
                    }
                }
            }
        }

        /** The build of {@code image} in the project or in a project that runs with it, or null. */
        private BuiltImage builder(Project project, ImageRef image) {
            for (BuiltImage built : builtImages.getOrDefault(image.canonical(), List.of())) {
                if (context.topology().runTogether(project, built.project())) return built;
            }
            return null;
        }

        Problem problem(Project project, Service target) {
            Healthcheck healthcheck = target.healthcheck();
            if (healthcheck != null && healthcheck.isOff()) {
                return new Problem("its healthcheck is disabled", Severity.ERROR, null, null);
            }
            if (healthcheck != null) return null;
            if (target.build() != null) return fromBuild(target.name(), new BuiltImage(project, target.build()), 0);
            ImageRef image = target.imageRef();
            if (image == null || image.hasUnknownPart()) return null;
            BuiltImage builder = builder(project, image);
            if (builder != null) return fromBuild(target.name(), builder, 0);
            return fromImage(target.name(), image, null);
        }

        private Problem fromImage(String target, ImageRef image, Source dockerfileSource) {
            String repository = image.familiarName();
            if (image.hasUnknownPart() || known(repository, knownImages)) return null;
            if (dockerfileSource != null) {
                return new Problem(target + " defines no healthcheck and its Dockerfile declares none (its base "
                        + "image " + repository + " is not known to ship one)", Severity.ERROR, dockerfileSource,
                        "final stage of the Dockerfile");
            }
            if (KNOWN_WITHOUT.contains(repository)) {
                return new Problem(target + " defines no healthcheck and its image " + repository + " declares none",
                        Severity.ERROR, null, null);
            }
            return new Problem(target + " defines no healthcheck and its image " + repository + " is not known to"
                    + " ship one (composelint cannot verify images it does not know)", Severity.WARNING, null, null);
        }

        private Problem fromBuild(String target, BuiltImage build, int depth) {
            Path file = dockerfilePath(build.project().directory(), build.build());
            Optional<Dockerfile> dockerfile = file == null ? Optional.empty()
                    : dockerfiles.computeIfAbsent(file, f -> DockerfileReader.read(context.workspace().files(), f));
            if (dockerfile.isEmpty()) {
                return new Problem(target + " defines no healthcheck and its Dockerfile cannot be read here, so"
                        + " composelint cannot verify that the image declares one", Severity.INFO, null, null);
            }
            Dockerfile.Verdict verdict = dockerfile.get().verdict(null);
            if (verdict.decided()) {
                if (!verdict.healthcheck().none()) return null;
                return new Problem(target + " defines no healthcheck and its Dockerfile says HEALTHCHECK NONE",
                        Severity.ERROR, verdict.healthcheck().source(), "HEALTHCHECK NONE");
            }
            String base = verdict.baseImage();
            if (base == null || base.isEmpty() || base.contains("$")) {
                return new Problem(target + " defines no healthcheck and its Dockerfile declares none; its base image"
                        + " is set by a build argument, so composelint cannot verify it", Severity.WARNING,
                        verdict.stage() == null ? null : verdict.stage().source(), "final stage of the Dockerfile");
            }
            if (base.equalsIgnoreCase("scratch")) {
                return new Problem(target + " defines no healthcheck and its Dockerfile declares none",
                        Severity.ERROR, verdict.stage().source(), "final stage of the Dockerfile");
            }
            ImageRef baseImage = ImageRef.parse(base);
            BuiltImage builder = builder(build.project(), baseImage);
            if (builder != null && builder.build() != build.build() && depth < 8) return fromBuild(target, builder, depth + 1);
            return fromImage(target, baseImage, verdict.stage().source());
        }
    }

    /** A build and the project whose directory its relative context resolves against. */
    private record BuiltImage(Project project, Build build) {
    }

    /** The Dockerfile of a local build context, or null for a remote context or an inline Dockerfile. */
    static Path dockerfilePath(Path projectDirectory, Build build) {
        if (build.dockerfile() == null || build.context() == null) return null;
        String context = build.context();
        if (context.contains("://") || context.startsWith("git@") || context.contains("$")
                || build.dockerfile().contains("$")) {
            return null;
        }
        try {
            return projectDirectory.resolve(context).resolve(build.dockerfile()).normalize();
        } catch (RuntimeException e) {
            return null;
        }
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
            ImageRef image = ImageRef.parse(name);
            if (image != null) result.add(image.familiarName());
        }
        return result;
    }
}
