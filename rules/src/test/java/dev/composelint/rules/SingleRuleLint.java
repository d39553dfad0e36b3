package dev.composelint.rules;

import dev.composelint.core.Finding;
import dev.composelint.core.engine.Linter;
import dev.composelint.core.engine.RuleSettings;
import dev.composelint.core.load.LoadRequest;
import dev.composelint.core.rule.Rule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Lints compose files written into a directory with one rule, returning only that rule's findings. */
final class SingleRuleLint {

    private SingleRuleLint() {
    }

    static List<Finding> lint(Rule rule, Path dir, String composeYaml) throws IOException {
        return lint(rule, dir, Map.of("compose.yaml", composeYaml), Map.of());
    }

    static List<Finding> lint(Rule rule, Path dir, Map<String, String> files, Map<String, Object> options)
            throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = dir.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        Linter linter = Linter.builder().rule(rule)
                .settings(rule.meta().id(), new RuleSettings(true, null, options)).build();
        return linter.lint(LoadRequest.of(dir).withEnvironment(Map.of()).withWorkingDirectory(dir)).findings()
                .stream().filter(f -> f.ruleId().equals(rule.meta().id())).toList();
    }
}
