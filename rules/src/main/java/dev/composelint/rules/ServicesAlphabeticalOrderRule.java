package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.ComposeFile;
import dev.composelint.core.model.FileLayout.ServiceLayout;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.List;
import java.util.TreeSet;

/** Services of a file in alphabetical order; each misplaced service names the one it belongs before. */
public final class ServicesAlphabeticalOrderRule implements Rule {

    private static final RuleMeta META = new RuleMeta("services-alphabetical-order",
            "Services are not in alphabetical order", Category.STYLE, Severity.INFO, null, List.of(),
            RuleSupport.STYLE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        OrderFixes fixes = new OrderFixes(context);
        for (ComposeFile file : RuleSupport.files(context)) {
            // the smallest earlier name that sorts after this one, by a sorted set: linear-logarithmic
            TreeSet<String> seen = new TreeSet<>(StyleOrder.ALPHABETICAL);
            for (ServiceLayout service : file.layout().services()) {
                String before = seen.higher(service.name());
                if (before != null) {
                    OrderFixes.report(context.at(service.source(), "service " + service.name()
                            + " should come before service " + before + " (services in alphabetical order)"),
                            fixes.sort(file.path(), List.of("services"), StyleOrder.ALPHABETICAL, name -> false,
                                    "sort the services alphabetically"));
                }
                seen.add(service.name());
            }
        }
    }
}
