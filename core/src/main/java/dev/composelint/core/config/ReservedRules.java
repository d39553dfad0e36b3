package dev.composelint.core.config;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Severity;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.RuleMeta;
import dev.composelint.core.sidecar.alertmanager.AlertmanagerConfigParser;
import dev.composelint.core.sidecar.prometheus.PrometheusConfigParser;
import dev.composelint.core.suppress.Suppressions;

import java.util.List;
import java.util.Optional;

/**
 * The rule ids that belong to no {@link dev.composelint.core.rule.Rule}: the loader's diagnostics, unused
 * suppressions and a failing rule. They can be configured, suppressed and explained like any rule.
 */
public final class ReservedRules {

    public static final String INTERNAL_ERROR = "internal-error";

    private static final List<RuleMeta> ALL = List.of(
            meta(Diagnostics.YAML, "YAML syntax errors, duplicate keys and size limits", Severity.ERROR),
            meta(Diagnostics.SCHEMA, "Violations of the Compose specification schema", Severity.ERROR),
            meta(Diagnostics.INTERPOLATION, "Bad variable interpolation and required variables without a value",
                    Severity.ERROR),
            meta(Diagnostics.COMPOSE, "What Docker Compose itself refuses while loading a project", Severity.ERROR),
            meta(Diagnostics.IO, "Files that cannot be read", Severity.ERROR),
            meta(PrometheusConfigParser.DIAGNOSTIC_ID, "Prometheus configurations that Prometheus refuses to load",
                    Severity.ERROR),
            meta(AlertmanagerConfigParser.DIAGNOSTIC_ID, "Alertmanager configurations that Alertmanager refuses to "
                    + "load", Severity.ERROR),
            meta(Suppressions.UNUSED_SUPPRESSION, "Suppression comments that suppress nothing", Severity.INFO),
            meta(INTERNAL_ERROR, "A rule failed while running; please report it", Severity.ERROR));

    private ReservedRules() {
    }

    public static List<RuleMeta> all() {
        return ALL;
    }

    public static Optional<RuleMeta> find(String id) {
        return ALL.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    private static RuleMeta meta(String id, String title, Severity severity) {
        return new RuleMeta(id, title, Category.CORRECTNESS, severity);
    }
}
