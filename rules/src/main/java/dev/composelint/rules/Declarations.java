package dev.composelint.rules;

import dev.composelint.core.Fix;
import dev.composelint.core.Source;
import dev.composelint.core.fix.YamlEdits;
import dev.composelint.core.model.ComposeFile;
import dev.composelint.core.model.FileLayout;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Workspace;
import dev.composelint.core.rule.RuleContext;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fixes that declare missing top-level resources (volumes, networks, secrets, configs) in the file that uses them.
 * All names missing from one file go into one fix, so the findings of that file share it and the fixer applies it
 * once.
 */
final class Declarations {

    private final Workspace workspace;
    private final Project project;
    private final String topKey;
    private final boolean safe;
    /** file, then name, then the entry's settings. */
    private final Map<Path, Map<String, Map<String, String>>> missing = new LinkedHashMap<>();
    private final Map<Path, Optional<Fix>> fixes = new LinkedHashMap<>();

    Declarations(Workspace workspace, Project project, String topKey, boolean safe) {
        this.workspace = workspace;
        this.project = project;
        this.topKey = topKey;
        this.safe = safe;
    }

    /**
     * Adds {@code name: <name>} before the first top-level key that the conventional order puts after it, in the
     * project's main file, when no file of the project names it; else advice.
     */
    static Fix nameFix(RuleContext context, Project project, String name, boolean safe, String description,
                       String advice) {
        Fix none = Fix.advice(advice);
        if (!YamlEdits.plainName(name) || project.files().stream().anyMatch(f -> f.name() != null)) return none;
        ComposeFile main = project.files().stream().filter(f -> f.path().equals(project.mainFile())).findFirst()
                .orElse(null);
        if (main == null) return none;
        int nameIndex = TopLevelKeysOrderRule.ORDER.indexOf("name");
        int firstKey = main.layout().topLevel().stream()
                .filter(k -> TopLevelKeysOrderRule.ORDER.indexOf(k.name()) > nameIndex)
                .mapToInt(k -> k.source().line()).findFirst().orElse(0);
        if (firstKey == 0) return none;
        return YamlEdits.read(context.workspace().files(), main.path())
                .filter(edits -> !edits.line(firstKey).startsWith(" "))
                .map(edits -> new Fix(description, List.of(edits.insertTopLevel(firstKey, "name", name)), safe))
                .orElse(none);
    }

    /** Notes that {@code name}, used at {@code at}, is missing; false when the name cannot be declared as written. */
    boolean add(String name, Source at, Map<String, String> settings) {
        if (!YamlEdits.plainName(name)) return false;
        missing.computeIfAbsent(at.file(), f -> new LinkedHashMap<>()).putIfAbsent(name, settings);
        return true;
    }

    /** The fix declaring every missing name of {@code file}, or advice when it cannot be written there. */
    Fix fix(Path file, String name, String advice) {
        Map<String, Map<String, String>> names = missing.get(file);
        Optional<Fix> fix = names == null || !names.containsKey(name) ? Optional.empty()
                : fixes.computeIfAbsent(file, f -> build(f, names));
        return fix.orElse(Fix.advice(advice));
    }

    private Optional<Fix> build(Path file, Map<String, Map<String, String>> names) {
        int keyLine = keyLine(file);
        if (keyLine < 0) return Optional.empty();
        int beforeLine = keyLine == 0 ? firstLaterKey(file) : 0;
        String description = "declare " + String.join(", ", names.keySet()) + " under the top-level `" + topKey
                + ":` key";
        return YamlEdits.read(workspace.files(), file)
                .flatMap(edits -> edits.declare(topKey, keyLine, beforeLine, names))
                .map(edit -> new Fix(description, List.of(edit), safe));
    }

    /** The line of the first top-level key that comes after {@code topKey} in the conventional order, else 0. */
    private int firstLaterKey(Path file) {
        List<String> order = TopLevelKeysOrderRule.ORDER;
        for (ComposeFile composeFile : project.files()) {
            if (!composeFile.path().equals(file)) continue;
            for (FileLayout.Key key : composeFile.layout().topLevel()) {
                if (order.indexOf(key.name()) > order.indexOf(topKey)) return key.source().line();
            }
        }
        return 0;
    }

    /** The line of the top-level key in {@code file}, 0 when absent, -1 when the file is not one of the project's. */
    private int keyLine(Path file) {
        for (ComposeFile composeFile : project.files()) {
            if (!composeFile.path().equals(file)) continue;
            for (FileLayout.Key key : composeFile.layout().topLevel()) {
                if (key.name().equals(topKey)) return key.source().line();
            }
            return composeFile.layout().topLevel().isEmpty() ? -1 : 0;
        }
        return -1;
    }
}
