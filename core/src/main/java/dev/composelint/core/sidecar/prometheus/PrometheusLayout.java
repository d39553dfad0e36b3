package dev.composelint.core.sidecar.prometheus;

import dev.composelint.core.fs.WorkspaceFiles;
import dev.composelint.core.Source;
import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YamlParse;
import dev.composelint.core.yaml.YamlReader;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the top-level keys of a prometheus.yml are written, and the rule files its {@code rule_files} matched:
 * what a rule about alerting needs beyond {@link PrometheusConfig}.
 *
 * @param topLevelKeys the top-level keys in file order with the positions of the keys
 * @param ruleFiles    every file the {@code rule_files} patterns matched, read, in pattern order
 */
public record PrometheusLayout(Path file, Map<String, Source> topLevelKeys, List<RuleFile> ruleFiles) {

    public PrometheusLayout {
        topLevelKeys = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(topLevelKeys));
        ruleFiles = List.copyOf(ruleFiles);
    }

    /**
     * Reads the layout of {@code config}'s file and the files its rule patterns matched as the run's {@code files}
     * hold them (editor buffers over the disk); never throws.
     */
    public static PrometheusLayout read(PrometheusConfig config, WorkspaceFiles files) {
        Map<String, Source> keys = new LinkedHashMap<>();
        YamlParse parse = new YamlReader().read(config.file(), files);
        if (!parse.documents().isEmpty() && parse.documents().get(0) instanceof YMap top) {
            for (YEntry entry : top.entries()) keys.put(entry.key(), entry.keySource());
        }
        List<RuleFile> ruleFiles = config.ruleFiles().stream()
                .flatMap(pattern -> pattern.matches().files().stream())
                .distinct()
                .map(file -> RuleFile.read(file, files))
                .toList();
        return new PrometheusLayout(config.file(), keys, ruleFiles);
    }

    /** The position of a top-level key, or null when it is absent. */
    public Source key(String name) {
        return topLevelKeys.get(name);
    }

    /** The first top-level key, or the start of the file when it has none. */
    public Source start() {
        return topLevelKeys.isEmpty() ? Source.file(file) : topLevelKeys.values().iterator().next();
    }
}
