package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.Located;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;
import dev.composelint.core.rule.RuleOption;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A {@code container_name} that does not match the configured naming {@code pattern}. Names Docker itself refuses
 * (outside {@code [a-zA-Z0-9][a-zA-Z0-9_.-]+}, dclint's default pattern) are already errors of the {@code schema}
 * check, so this rule only adds the project's own convention and is quiet until a pattern is configured.
 */
public final class ContainerNamePatternRule implements Rule {

    static final String PATTERN = "pattern";
    private static final Pattern DOCKER = Pattern.compile("/?[a-zA-Z0-9][a-zA-Z0-9_.-]+");

    private static final RuleMeta META = new RuleMeta("container-name-pattern",
            "A container name breaks the naming convention", Category.STYLE, Severity.WARNING, null,
            List.of(new RuleOption(PATTERN, "string", null,
                    "a regular expression every container_name must match as a whole, e.g. shop-[a-z0-9-]+")),
            RuleSupport.STYLE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Pattern pattern = compile(context.option(PATTERN, String.class, null));
        if (pattern == null) return;
        RuleSupport.services(context, (project, service) -> {
            Located<String> name = service.containerName();
            if (name == null || !DOCKER.matcher(name.value()).matches()) return;
            if (pattern.matcher(name.value()).matches()) return;
            context.at(name.source(), "container_name " + name.value() + " of service " + service.name()
                            + " does not match the configured pattern " + pattern.pattern())
                    .profiles(service.profiles())
                    .report();
        });
    }

    private static Pattern compile(String pattern) {
        if (pattern == null || pattern.isBlank()) return null;
        try {
            return Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }
}
