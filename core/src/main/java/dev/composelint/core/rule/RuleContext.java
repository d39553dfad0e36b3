package dev.composelint.core.rule;

import dev.composelint.core.Fix;
import dev.composelint.core.Related;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.model.Workspace;
import dev.composelint.core.sidecar.Sidecars;
import dev.composelint.core.topology.Topology;

import java.util.List;

/** What a rule sees while it runs, and how it reports. */
public interface RuleContext {

    Workspace workspace();

    Topology topology();

    /** The configuration files services mount (Prometheus), found through mounts and parsed once per run. */
    Sidecars sidecars();

    /** Questions about host files (existence, git-ignore), answered once per run. */
    HostFiles hostFiles();

    /** The configured severity of this rule (its default unless configured). */
    Severity severity();

    /** An option's configured value, or {@code defaultValue}. */
    <T> T option(String name, Class<T> type, T defaultValue);

    /** Starts a finding of this rule at {@code source} with the configured severity; call {@code report()}. */
    FindingBuilder at(Source source, String message);

    interface FindingBuilder {
        FindingBuilder severity(Severity severity);

        FindingBuilder related(Source source, String message);

        FindingBuilder related(List<Related> related);

        FindingBuilder fix(Fix fix);

        FindingBuilder profiles(List<String> profiles);

        void report();
    }
}
