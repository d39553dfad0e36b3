package dev.composelint.rules;

import dev.composelint.core.Fix;
import dev.composelint.core.Severity;
import dev.composelint.core.fix.YamlEdits;
import dev.composelint.core.model.FileLayout.Item;
import dev.composelint.core.model.FileLayout.Quote;
import dev.composelint.core.model.FileLayout.ServiceLayout;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.List;

/**
 * Short-syntax {@code volumes} entries written in quotes (dclint's convention: no quotes). Entries YAML would read
 * differently without quotes (an indicator character first, {@code ": "} or {@code " #"} inside) are left alone.
 */
public final class NoQuotesInVolumesRule implements Rule {

    private static final RuleMeta META = new RuleMeta("no-quotes-in-volumes",
            "A volume entry is quoted", Category.STYLE, Severity.INFO, null, List.of(), RuleSupport.STYLE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        YamlEdits.Cache files = new YamlEdits.Cache(context.workspace().files());
        RuleSupport.serviceLayouts(context, service -> {
            for (Item item : service.volumes()) {
                if (item.text() == null || item.quote() != Quote.SINGLE && item.quote() != Quote.DOUBLE
                        || needsQuotes(item.text())) {
                    continue;
                }
                context.at(item.source(), "volumes entry " + item.text() + " of service " + service.name()
                        + " is quoted; write it without quotes")
                        .fix(files.get(item.source().file())
                                .flatMap(edits -> edits.requote(item.source(), item.text(), item.quote(), Quote.NONE))
                                .map(edit -> new Fix("remove the quotes", List.of(edit)))
                                .orElse(null))
                        .report();
            }
        });
    }

    /** Text that YAML would read differently unquoted: an indicator first, {@code ": "} or {@code " #"} inside. */
    static boolean needsQuotes(String text) {
        if (text.isEmpty() || !text.equals(text.strip())) return true;
        if (text.contains(": ") || text.contains(" #") || text.endsWith(":")) return true;
        return "-?:,[]{}#&*!|>'\"%@`".indexOf(text.charAt(0)) >= 0;
    }
}
