package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.ComposeFile;
import dev.composelint.core.model.FileLayout.ServiceLayout;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.ArrayList;
import java.util.List;

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
        for (ComposeFile file : RuleSupport.files(context)) {
            List<String> seen = new ArrayList<>();
            for (ServiceLayout service : file.layout().services()) {
                String before = null;
                for (String earlier : seen) {
                    if (StyleOrder.ALPHABETICAL.compare(earlier, service.name()) > 0
                            && (before == null || StyleOrder.ALPHABETICAL.compare(earlier, before) < 0)) {
                        before = earlier;
                    }
                }
                if (before != null) {
                    context.at(service.source(), "service " + service.name() + " should come before service "
                            + before + " (services in alphabetical order)").report();
                }
                seen.add(service.name());
            }
        }
    }
}
