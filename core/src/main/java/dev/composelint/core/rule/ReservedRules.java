package dev.composelint.core.rule;

import dev.composelint.core.Diagnostics;

import java.util.List;
import java.util.Optional;

/**
 * The {@link RuleMeta} of the reserved ids of {@link Diagnostics}, which belong to no {@link Rule}. They are in
 * no preset: they are on unless configured off.
 */
public final class ReservedRules {

    private static final List<RuleMeta> ALL = Diagnostics.all().stream()
            .map(reserved -> new RuleMeta(reserved.id(), reserved.title(), Category.CORRECTNESS,
                    reserved.defaultSeverity()))
            .toList();

    private ReservedRules() {
    }

    public static List<RuleMeta> all() {
        return ALL;
    }

    public static Optional<RuleMeta> find(String id) {
        return ALL.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
