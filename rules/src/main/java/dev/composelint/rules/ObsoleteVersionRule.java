package dev.composelint.rules;

import dev.composelint.core.Fix;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.fix.YamlEdits;
import dev.composelint.core.model.ComposeFile;
import dev.composelint.core.model.Located;
import dev.composelint.core.model.Project;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** A top-level {@code version:} key: Compose ignores it and warns. */
public final class ObsoleteVersionRule implements Rule {

    private static final RuleMeta META = new RuleMeta("obsolete-version",
            "The top-level version key is obsolete", Category.STYLE, Severity.WARNING);
    /** A comment line just above the key that speaks of it goes with it. */
    private static final Pattern OWN_COMMENT = Pattern.compile("(?i)version|file format");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Set<Path> seen = new HashSet<>();
        for (Project project : context.workspace().projects()) {
            for (ComposeFile file : project.files()) {
                Located<String> version = file.version();
                if (version == null || !seen.add(file.path())) continue;
                Source key = version.keySource();
                context.at(key, "the top-level `version` key is obsolete: Docker Compose v2 ignores it and warns"
                                + " on every run; remove it")
                        .fix(fix(context, version))
                        .report();
            }
        }
    }

    /** Removes the key's lines (with a comment above that belongs to it), when the key is written in block style. */
    private static Fix fix(RuleContext context, Located<String> version) {
        Source key = version.keySource();
        int last = version.source().hasEnd() ? Math.max(key.line(), version.source().endLine()) : key.line();
        if (key.column() != 1 || last != key.line()) return Fix.advice("remove the version line");
        return YamlEdits.read(context.workspace().files(), key.file())
                .filter(edits -> edits.line(key.line()).startsWith("version"))
                .map(edits -> new Fix("remove the version line",
                        List.of(edits.removeLines(key.line(), last, OWN_COMMENT))))
                .orElse(Fix.advice("remove the version line"));
    }
}
