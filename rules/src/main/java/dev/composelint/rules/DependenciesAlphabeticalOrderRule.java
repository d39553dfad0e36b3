package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.ComposeFile;
import dev.composelint.core.model.FileLayout.Key;
import dev.composelint.core.model.FileLayout.ServiceLayout;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.List;

/** A service's {@code depends_on} entries (list items or map keys) in alphabetical order. */
public final class DependenciesAlphabeticalOrderRule implements Rule {

    private static final RuleMeta META = new RuleMeta("dependencies-alphabetical-order",
            "depends_on entries are not in alphabetical order", Category.STYLE, Severity.INFO, null, List.of(),
            RuleSupport.STYLE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        OrderFixes fixes = new OrderFixes(context);
        for (ComposeFile file : RuleSupport.files(context)) {
            for (ServiceLayout service : file.layout().services()) {
                List<String> names = service.dependsOn().stream().map(Key::name).toList();
                int at = StyleOrder.firstOutOfOrder(names, StyleOrder.ALPHABETICAL);
                if (at < 0) continue;
                OrderFixes.report(context.at(service.dependsOn().get(at).source(), "depends_on of service "
                        + service.name() + " is not in alphabetical order: " + names.get(at) + " comes after "
                        + names.get(at - 1)), fixes.sort(file.path(), List.of("services", service.name(),
                        "depends_on"), StyleOrder.ALPHABETICAL, name -> false,
                        "sort depends_on of service " + service.name() + " alphabetically"));
            }
        }
    }
}
