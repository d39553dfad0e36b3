package dev.composelint.rules;

import dev.composelint.core.Fix;
import dev.composelint.core.fix.Reorder;
import dev.composelint.core.fix.YamlEdits;
import dev.composelint.core.rule.RuleContext;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The fixes of the ordering style rules: one {@link Reorder} edit per out-of-order collection, shared by every
 * finding in it (the fixer applies it once). Safe: the edit is only offered when the file keeps its data.
 */
final class OrderFixes {

    private final YamlEdits.Cache files;
    private final Map<List<Object>, Optional<Fix>> fixes = new HashMap<>();

    OrderFixes(RuleContext context) {
        this.files = new YamlEdits.Cache(context.workspace().files());
    }

    /**
     * The fix sorting the collection at {@code path} of {@code file} by {@code order}, leaving the {@code pinned}
     * entries in place; empty when it cannot be reordered safely.
     */
    Optional<Fix> sort(Path file, List<String> path, Comparator<String> order, Predicate<String> pinned,
                       String description) {
        return fixes.computeIfAbsent(List.of(file, path), k -> files.get(file)
                .flatMap(edits -> Reorder.entries(edits, path, order, pinned))
                .map(edit -> new Fix(description, List.of(edit))));
    }

    /** Reports the finding with the fix when there is one. */
    static void report(RuleContext.FindingBuilder finding, Optional<Fix> fix) {
        fix.ifPresent(finding::fix);
        finding.report();
    }
}
