package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.model.ComposeFile;
import dev.composelint.core.model.NameOrigin;
import dev.composelint.core.model.Project;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.List;

/**
 * A project whose files set no top-level {@code name:}: its name then depends on the directory it is run from.
 * Reported once per project, at the first top-level key of its first file (override files need no name).
 */
public final class RequireProjectNameRule implements Rule {

    private static final RuleMeta META = new RuleMeta("require-project-name",
            "A project has no top-level name", Category.STYLE, Severity.INFO, null, List.of(), RuleSupport.STYLE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (Project project : context.workspace().projects()) {
            if (project.files().isEmpty() || project.files().stream().anyMatch(f -> f.name() != null)) continue;
            if (project.nameOrigin() == NameOrigin.OPTION) continue;
            ComposeFile main = project.files().get(0);
            Source at = main.layout().topLevel().isEmpty() ? Source.file(main.path())
                    : main.layout().topLevel().get(0).source();
            context.at(at, "the project has no top-level `name:`, so its name (" + project.name() + ") comes from"
                    + (project.nameOrigin() == NameOrigin.ENVIRONMENT ? " COMPOSE_PROJECT_NAME"
                    : " the directory") + " and changes with where it is run; add `name: " + project.name() + "`")
                    .fix(Declarations.nameFix(context, project, project.name(),
                            project.nameOrigin() != NameOrigin.ENVIRONMENT,
                            "add `name: " + project.name() + "`, the name it has now",
                            "add `name: " + project.name() + "`"))
                    .report();
        }
    }
}
