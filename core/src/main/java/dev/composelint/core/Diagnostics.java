package dev.composelint.core;

import java.util.List;
import java.util.Optional;

/**
 * The one registry of reserved rule ids: what the loader, the sidecar parsers, the suppressions and the engine
 * report themselves, without a {@code Rule}. They are findings like any other and can be configured, suppressed
 * and explained like a rule ({@code dev.composelint.core.rule.ReservedRules} gives their {@code RuleMeta}).
 */
public final class Diagnostics {
    /** YAML syntax, duplicate keys, non-string keys, limits. */
    public static final String YAML = "yaml";
    /** Schema violations (structure and types). */
    public static final String SCHEMA = "schema";
    /** Bad interpolation syntax and required variables without a value. */
    public static final String INTERPOLATION = "interpolation";
    /** Everything else Compose itself refuses while loading: bad short syntax, extends/include errors, project names. */
    public static final String COMPOSE = "compose";
    /** Files that cannot be read: missing, unreadable, a directory, not text. */
    public static final String IO = "io";
    /** What Prometheus refuses in a mounted configuration. */
    public static final String PROMETHEUS_CONFIG = "prometheus-config";
    /** What Alertmanager refuses in a mounted configuration. */
    public static final String ALERTMANAGER_CONFIG = "alertmanager-config";
    /** What Grafana refuses in a mounted datasource provisioning file. */
    public static final String GRAFANA_CONFIG = "grafana-config";
    /** What Loki refuses in a mounted configuration. */
    public static final String LOKI_CONFIG = "loki-config";
    /** What Promtail refuses in a mounted configuration. */
    public static final String PROMTAIL_CONFIG = "promtail-config";
    /** A suppression comment that suppresses nothing. */
    public static final String UNUSED_SUPPRESSION = "unused-suppression";
    /** A rule that failed while running. */
    public static final String INTERNAL_ERROR = "internal-error";

    /** A reserved id with its one-line title and default severity. */
    public record Reserved(String id, String title, Severity defaultSeverity) {
    }

    private static final List<Reserved> ALL = List.of(
            new Reserved(YAML, "YAML syntax errors, duplicate keys and size limits", Severity.ERROR),
            new Reserved(SCHEMA, "Violations of the Compose specification schema", Severity.ERROR),
            new Reserved(INTERPOLATION, "Bad variable interpolation and required variables without a value",
                    Severity.ERROR),
            new Reserved(COMPOSE, "What Docker Compose itself refuses while loading a project", Severity.ERROR),
            new Reserved(IO, "Files that cannot be read", Severity.ERROR),
            new Reserved(PROMETHEUS_CONFIG, "Prometheus configurations that Prometheus refuses to load",
                    Severity.ERROR),
            new Reserved(ALERTMANAGER_CONFIG, "Alertmanager configurations that Alertmanager refuses to load",
                    Severity.ERROR),
            new Reserved(GRAFANA_CONFIG, "Grafana provisioning files that Grafana refuses to load", Severity.ERROR),
            new Reserved(LOKI_CONFIG, "Loki configurations that Loki refuses to load", Severity.ERROR),
            new Reserved(PROMTAIL_CONFIG, "Promtail configurations that Promtail refuses to load", Severity.ERROR),
            new Reserved(UNUSED_SUPPRESSION, "Suppression comments that suppress nothing", Severity.INFO),
            new Reserved(INTERNAL_ERROR, "A rule failed while running; please report it", Severity.ERROR));

    private Diagnostics() {
    }

    /** Every reserved id, in documentation order. */
    public static List<Reserved> all() {
        return ALL;
    }

    public static Optional<Reserved> find(String id) {
        return ALL.stream().filter(reserved -> reserved.id().equals(id)).findFirst();
    }

    public static boolean isReserved(String id) {
        return find(id).isPresent();
    }
}
