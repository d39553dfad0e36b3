package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.ImageRef;
import dev.composelint.core.model.Located;
import dev.composelint.core.model.Project;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;
import dev.composelint.core.rule.RuleOption;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An image pulled without a tag or with {@code latest}: every pull may bring another version. A digest always pins.
 * Services that also {@code build}, or that use an image another service of the project builds, are skipped: the
 * image is then the name of a local build.
 */
public final class UnpinnedImageRule implements Rule {

    static final String REQUIRE_DIGEST = "require-digest";

    private static final RuleMeta META = new RuleMeta("unpinned-image",
            "An image has no tag, or the latest tag", Category.SECURITY, Severity.WARNING, null,
            List.of(new RuleOption(REQUIRE_DIGEST, "boolean", false,
                    "also report images pinned by a tag only, not by a digest (@sha256:...)")),
            RuleSupport.SECURITY_RECOMMENDED);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        boolean requireDigest = Boolean.TRUE.equals(context.option(REQUIRE_DIGEST, Boolean.class, false));
        Map<Project, Set<String>> builtImages = new IdentityHashMap<>();
        RuleSupport.services(context, (project, service) -> {
            Located<String> image = service.image();
            if (image == null || service.build() != null) return;
            ImageRef parsed = service.imageRef();
            if (parsed == null || parsed.digest() != null
                    || builtImages.computeIfAbsent(project, UnpinnedImageRule::builtImages)
                            .contains(parsed.canonical())) {
                return;
            }
            String ref = parsed.text();
            String tag = parsed.tag();
            if (tag != null && tag.isEmpty()) return;   // an unset tag variable; interpolation reports it
            String problem;
            if (tag == null) {
                problem = "has no tag, so it means `latest`";
            } else if (tag.equals("latest")) {
                problem = "uses the `latest` tag";
            } else if (requireDigest) {
                problem = "is pinned by the tag " + tag + " only, which can be moved to another image";
            } else {
                return;
            }
            context.at(image.source(), "image " + ref + " of service " + service.name() + " " + problem
                            + ", so each pull may bring another version; pin a version tag"
                            + (requireDigest ? " and its digest (image:tag@sha256:...)" : " (or a digest)"))
                    .profiles(service.profiles())
                    .report();
        });
    }

    /** The canonical images services of the project build (such a name is a local build, not a pull). */
    private static Set<String> builtImages(Project project) {
        return project.services().values().stream().filter(s -> s.build() != null && s.imageRef() != null)
                .map(s -> s.imageRef().canonical()).collect(Collectors.toSet());
    }
}
