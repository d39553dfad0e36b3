package dev.composelint.core.sidecar.prometheus;

import dev.composelint.core.fs.WorkspaceFiles;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;
import dev.composelint.core.yaml.YamlParse;
import dev.composelint.core.yaml.YamlReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Prometheus rule file with its alerting rules ({@code groups[].rules[].alert}); recording rules are not kept.
 *
 * @param readable false when the file is not a YAML mapping that could be read (its rules are then unknown)
 */
public record RuleFile(Path file, boolean readable, List<AlertRule> alerts) {

    public RuleFile {
        alerts = List.copyOf(alerts);
    }

    /** Reads {@code file} as the run's {@code files} hold it (an editor buffer over the disk); never throws. */
    public static RuleFile read(Path file, WorkspaceFiles files) {
        YamlParse parse = new YamlReader().read(file, files);
        if (parse.hasDiagnostics() || parse.documents().isEmpty()
                || !(parse.documents().get(0) instanceof YMap top)) {
            return new RuleFile(file, false, List.of());
        }
        List<AlertRule> alerts = new ArrayList<>();
        YSeq groups = top.seq("groups");
        if (groups != null) {
            for (YNode group : groups.items()) {
                YSeq rules = group instanceof YMap g ? g.seq("rules") : null;
                if (rules == null) continue;
                for (YNode rule : rules.items()) {
                    YScalar alert = rule instanceof YMap r ? r.scalar("alert") : null;
                    if (alert != null && !alert.isNull()) alerts.add(new AlertRule(alert.asText(), alert.source()));
                }
            }
        }
        return new RuleFile(file, true, alerts);
    }
}
