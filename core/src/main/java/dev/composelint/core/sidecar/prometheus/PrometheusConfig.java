package dev.composelint.core.sidecar.prometheus;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A typed, positioned view of a prometheus.yml: what the linter needs to cross-check it against the compose model.
 * Jobs from {@code scrape_config_files} follow the jobs of the main file, with positions in their own files.
 *
 * @param scrapeInterval the global scrape interval (default 1m)
 * @param scrapeTimeout  the global scrape timeout (default 10s, at most the interval)
 */
public record PrometheusConfig(Path file, Duration scrapeInterval, Duration scrapeTimeout, List<PathPattern> ruleFiles,
                               List<PathPattern> scrapeConfigFiles, List<ScrapeJob> jobs,
                               List<AlertmanagerSet> alertmanagers, List<RemoteEndpoint> remoteWrite,
                               List<RemoteEndpoint> remoteRead) {

    public PrometheusConfig {
        ruleFiles = List.copyOf(ruleFiles);
        scrapeConfigFiles = List.copyOf(scrapeConfigFiles);
        jobs = List.copyOf(jobs);
        alertmanagers = List.copyOf(alertmanagers);
        remoteWrite = List.copyOf(remoteWrite);
        remoteRead = List.copyOf(remoteRead);
    }
}
