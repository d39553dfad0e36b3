package dev.composelint.core;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One problem found: which rule, how severe, what is wrong and what to do, where, and where else it shows.
 * {@code profiles} names the profiles a service must be enabled by for the finding to apply (empty: always).
 */
public record Finding(String ruleId, Severity severity, String message, Source source,
                      List<Related> related, Fix fix, List<String> profiles) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::source)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
        related = related == null ? List.of() : List.copyOf(related);
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
    }

    public Finding(String ruleId, Severity severity, String message, Source source) {
        this(ruleId, severity, message, source, List.of(), null, List.of());
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, message, source, related, fix, profiles);
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
