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
import dev.composelint.core.rule.RuleOption;

import java.util.List;
import java.util.Locale;

/**
 * Short-syntax {@code ports} and {@code expose} entries in quotes of the configured kind: unquoted, YAML 1.1 reads
 * {@code 22:22} as a base-60 number.
 */
public final class QuotesInPortsRule implements Rule {

    static final String QUOTE_TYPE = "quote-type";

    private static final RuleMeta META = new RuleMeta("quotes-in-ports",
            "A port entry is not quoted", Category.STYLE, Severity.INFO, null,
            List.of(new RuleOption(QUOTE_TYPE, "string", "single", "the quotes required: single or double")),
            RuleSupport.STYLE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        String option = context.option(QUOTE_TYPE, String.class, "single");
        Quote wanted = "double".equals(option == null ? "" : option.trim().toLowerCase(Locale.ROOT))
                ? Quote.DOUBLE : Quote.SINGLE;
        String quotes = wanted == Quote.SINGLE ? "single" : "double";
        YamlEdits.Cache files = new YamlEdits.Cache(context.workspace().files());
        RuleSupport.serviceLayouts(context, service -> {
            check(context, files, service, "ports", service.ports(), wanted, quotes);
            check(context, files, service, "expose", service.expose(), wanted, quotes);
        });
    }

    private static void check(RuleContext context, YamlEdits.Cache files, ServiceLayout service, String section,
                              List<Item> items, Quote wanted, String quotes) {
        for (Item item : items) {
            if (item.text() == null || item.quote() == wanted) continue;
            context.at(item.source(), section + " entry " + item.text() + " of service " + service.name()
                    + " should be in " + quotes + " quotes" + (item.quote() == Quote.NONE
                    ? ": unquoted, YAML 1.1 parsers read values like 22:22 as base-60 numbers" : ""))
                    .fix(files.get(item.source().file())
                            .flatMap(edits -> edits.requote(item.source(), item.text(), item.quote(), wanted))
                            .map(edit -> new Fix("write it in " + quotes + " quotes", List.of(edit)))
                            .orElse(null))
                    .report();
        }
    }
}
