package dev.composelint.core.rule;

import dev.composelint.core.Severity;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a rule is: a stable kebab-case id, a one-line title, a category, a default severity, its documentation page
 * (relative to the repository, {@code docs/rules/<id>.md} by default), its options and the presets it belongs to
 * ({@link #RECOMMENDED} when none are named).
 */
public record RuleMeta(String id, String title, Category category, Severity defaultSeverity, String docPath,
                       List<RuleOption> options, Set<String> presets) {

    public static final String RECOMMENDED = "recommended";

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    public static final String DOCS_BASE = "https://github.com/composelint/composelint/blob/main/";

    public RuleMeta {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must be kebab-case: " + id);
        }
        docPath = docPath == null ? "docs/rules/" + id + ".md" : docPath;
        options = options == null ? List.of() : List.copyOf(options);
        presets = presets == null || presets.isEmpty() ? Set.of(RECOMMENDED) : Set.copyOf(presets);
    }

    public RuleMeta(String id, String title, Category category, Severity defaultSeverity, String docPath,
                    List<RuleOption> options) {
        this(id, title, category, defaultSeverity, docPath, options, null);
    }

    public RuleMeta(String id, String title, Category category, Severity defaultSeverity) {
        this(id, title, category, defaultSeverity, null, List.of());
    }

    /** The page's web address. */
    public String docUrl() {
        return docPath.startsWith("http") ? docPath : DOCS_BASE + docPath;
    }
}
