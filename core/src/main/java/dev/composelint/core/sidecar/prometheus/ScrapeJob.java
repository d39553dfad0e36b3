package dev.composelint.core.sidecar.prometheus;

import dev.composelint.core.Source;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A {@code scrape_configs} entry.
 *
 * @param source         the position of the job's mapping (of {@code job_name} when present)
 * @param scheme         {@code http} unless set
 * @param metricsPath    {@code /metrics} unless set
 * @param scrapeInterval the effective interval (the global one unless set)
 * @param scrapeTimeout  the explicit timeout, or null
 */
public record ScrapeJob(String name, Source source, String scheme, String metricsPath,
                        Map<String, List<String>> params, Duration scrapeInterval, Duration scrapeTimeout,
                        List<RelabelRule> relabelConfigs, Targets targets) {

    public ScrapeJob {
        params = params == null ? Map.of() : Map.copyOf(params);
        relabelConfigs = List.copyOf(relabelConfigs);
    }

    public boolean hasRelabeling() {
        return !relabelConfigs.isEmpty();
    }
}
