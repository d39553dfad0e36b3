package dev.composelint.core.sidecar.alertmanager;

import dev.composelint.core.Finding;

import java.util.List;

/**
 * A parsed alertmanager.yml and what makes Alertmanager refuse it ({@code alertmanager-config} findings, in file
 * order). {@code config} is null when the file is not a YAML mapping.
 */
public record AlertmanagerParse(AlertmanagerConfig config, List<Finding> diagnostics) {

    public AlertmanagerParse {
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when Alertmanager would refuse to start with this file. */
    public boolean fails() {
        return config == null || !diagnostics.isEmpty();
    }
}
