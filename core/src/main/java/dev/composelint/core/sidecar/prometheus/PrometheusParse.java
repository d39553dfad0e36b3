package dev.composelint.core.sidecar.prometheus;

import dev.composelint.core.Finding;

import java.util.List;

/** A parsed config and what is wrong with it ({@code prometheus-config} findings, in file order). */
public record PrometheusParse(PrometheusConfig config, List<Finding> diagnostics) {

    public PrometheusParse {
        diagnostics = List.copyOf(diagnostics);
    }
}
