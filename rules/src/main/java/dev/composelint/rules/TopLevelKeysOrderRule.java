package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.ComposeFile;
import dev.composelint.core.model.FileLayout.Key;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Top-level keys in dclint's order: {@code x-} extensions (alphabetically), version, name, include, services,
 * networks, volumes, secrets, configs, and models (which dclint does not know). Unknown keys are the schema's
 * business and are skipped here.
 */
public final class TopLevelKeysOrderRule implements Rule {

    private static final RuleMeta META = new RuleMeta("top-level-keys-order",
            "Top-level keys are out of the conventional order", Category.STYLE, Severity.INFO, null, List.of(),
            RuleSupport.STYLE);

    static final List<String> ORDER = List.of("version", "name", "include", "services", "networks",
            "volumes", "secrets", "configs", "models");

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** The most keys named in the expected order of a message. */
    private static final int MAX_LISTED = 20;

    @Override
    public void check(RuleContext context) {
        OrderFixes fixes = new OrderFixes(context);
        for (ComposeFile file : RuleSupport.files(context)) {
            List<Key> keys = file.layout().topLevel();
            List<String> order = new ArrayList<>();
            keys.stream().map(Key::name).filter(k -> k.startsWith("x-")).sorted().forEach(order::add);
            order.addAll(ORDER);
            Map<String, Integer> positions = StyleOrder.positions(order);
            String expected = null;
            int lastSeen = -1;
            for (Key key : keys) {
                Integer index = positions.get(key.name());
                if (index == null) continue;
                if (index < lastSeen) {
                    if (expected == null) expected = StyleOrder.expectedOrder(order, keys, MAX_LISTED);
                    // keys the order does not know stay where they are
                    OrderFixes.report(context.at(key.source(), "top-level key " + key.name() + " is out of order;"
                            + " the expected order is " + expected), fixes.sort(file.path(), List.of(),
                            Comparator.comparingInt(positions::get), name -> !positions.containsKey(name),
                            "put the top-level keys in the conventional order"));
                } else {
                    lastSeen = index;
                }
            }
        }
    }
}
