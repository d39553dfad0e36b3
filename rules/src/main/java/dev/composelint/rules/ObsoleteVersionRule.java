package dev.composelint.rules;

import dev.composelint.core.Fix;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.model.ComposeFile;
import dev.composelint.core.model.Located;
import dev.composelint.core.model.Project;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A top-level {@code version:} key: Compose ignores it and warns. */
public final class ObsoleteVersionRule implements Rule {

    private static final RuleMeta META = new RuleMeta("obsolete-version",
            "The top-level version key is obsolete", Category.STYLE, Severity.WARNING);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Set<java.nio.file.Path> seen = new HashSet<>();
        for (Project project : context.workspace().projects()) {
            for (ComposeFile file : project.files()) {
                Located<String> version = file.version();
                if (version == null || !seen.add(file.path())) continue;
                Source key = version.keySource();
                Source line = new Source(key.file(), key.line(), 1, key.line() + 1, 1);
                context.at(key, "the top-level `version` key is obsolete: Docker Compose v2 ignores it and warns"
                                + " on every run; remove it")
                        .fix(new Fix("remove the version line", List.of(new Fix.Edit(line, ""))))
                        .report();
            }
        }
    }
}
