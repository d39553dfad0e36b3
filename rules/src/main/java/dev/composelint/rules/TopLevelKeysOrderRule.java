package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.ComposeFile;
import dev.composelint.core.model.FileLayout.Key;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.ArrayList;
import java.util.List;

/**
 * Top-level keys in dclint's order: {@code x-} extensions (alphabetically), version, name, include, services,
 * networks, volumes, secrets, configs, and models (which dclint does not know). Unknown keys are the schema's
 * business and are skipped here.
 */
public final class TopLevelKeysOrderRule implements Rule {

    private static final RuleMeta META = new RuleMeta("top-level-keys-order",
            "Top-level keys are out of the conventional order", Category.STYLE, Severity.INFO, null, List.of(),
            RuleSupport.STYLE);

    private static final List<String> ORDER = List.of("version", "name", "include", "services", "networks",
            "volumes", "secrets", "configs", "models");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (ComposeFile file : RuleSupport.files(context)) {
            List<Key> keys = file.layout().topLevel();
            List<String> order = new ArrayList<>();
            keys.stream().map(Key::name).filter(k -> k.startsWith("x-")).sorted().forEach(order::add);
            order.addAll(ORDER);
            List<String> present = order.stream().filter(k -> keys.stream().anyMatch(key -> key.name().equals(k)))
                    .toList();
            int lastSeen = -1;
            for (Key key : keys) {
                int index = order.indexOf(key.name());
                if (index < 0) continue;
                if (index < lastSeen) {
                    context.at(key.source(), "top-level key " + key.name() + " is out of order; the expected order"
                            + " is " + String.join(", ", present)).report();
                } else {
                    lastSeen = index;
                }
            }
        }
    }
}
