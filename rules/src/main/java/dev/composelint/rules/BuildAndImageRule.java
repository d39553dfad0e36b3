package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.List;

/**
 * A service with both {@code build} and {@code image} and no {@code pull_policy}: whether the image is pulled or
 * built is left to Compose's defaults. With {@code pull_policy} set the intent is explicit (as in dclint).
 */
public final class BuildAndImageRule implements Rule {

    private static final RuleMeta META = new RuleMeta("build-and-image",
            "A service has both build and image without a pull_policy", Category.STYLE, Severity.INFO, null,
            List.of(), RuleSupport.STYLE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        RuleSupport.services(context, (project, service) -> {
            if (service.build() == null || service.image() == null || service.pullPolicy() != null) return;
            if (service.image().value().isBlank()) return;
            context.at(service.build().source(), "service " + service.name() + " has both build and image ("
                            + service.image().value() + ") without pull_policy, so whether `up` pulls the image or"
                            + " builds it depends on what the registry holds; set `pull_policy: build` to always"
                            + " build, or another policy to state the intent")
                    .related(service.image().source(), "the image")
                    .profiles(service.profiles())
                    .report();
        });
    }
}
