package dev.composelint.core.sidecar.prometheus;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The keys current Prometheus (v3) accepts in the sections the parser checks strictly. */
final class PrometheusFields {

    static final Set<String> TOP = Set.of("global", "runtime", "alerting", "rule_files", "scrape_config_files",
            "scrape_configs", "storage", "tracing", "remote_write", "remote_read", "otlp");

    static final Set<String> GLOBAL = Set.of("scrape_interval", "scrape_timeout", "scrape_protocols",
            "evaluation_interval", "rule_query_offset", "query_log_file", "scrape_failure_log_file", "external_labels",
            "body_size_limit", "sample_limit", "target_limit", "label_limit", "label_name_length_limit",
            "label_value_length_limit", "keep_dropped_targets", "metric_name_validation_scheme",
            "metric_name_escaping_scheme", "scrape_native_histograms", "convert_classic_histograms_to_nhcb",
            "always_scrape_classic_histograms", "extra_scrape_metrics");

    /** prometheus/common's HTTPClientConfig, inlined into scrape, Alertmanager, remote and many SD configs. */
    static final Set<String> HTTP_CLIENT = Set.of("basic_auth", "authorization", "oauth2", "bearer_token",
            "bearer_token_file", "tls_config", "follow_redirects", "enable_http2", "proxy_url", "no_proxy",
            "proxy_from_environment", "proxy_connect_header", "http_headers");

    /** Discovery mechanisms, by their key without {@code _sd_configs}. */
    static final Set<String> SD_KINDS = Set.of("aws", "azure", "consul", "digitalocean", "docker", "dockerswarm",
            "dns", "ec2", "eureka", "file", "gce", "hetzner", "http", "ionos", "kubernetes", "kuma", "lightsail",
            "linode", "marathon", "nerve", "nomad", "oci", "openstack", "outscale", "ovhcloud", "puppetdb",
            "scaleway", "serverset", "stackit", "triton", "uyuni", "vultr");

    static final Set<String> SCRAPE = union(List.of("job_name", "honor_labels", "honor_timestamps",
            "track_timestamps_staleness", "params", "scrape_interval", "scrape_timeout", "scrape_protocols",
            "fallback_scrape_protocol", "scrape_native_histograms", "always_scrape_classic_histograms",
            "convert_classic_histograms_to_nhcb", "scrape_failure_log_file", "metrics_path", "scheme",
            "enable_compression", "body_size_limit", "sample_limit", "target_limit", "label_limit",
            "label_name_length_limit", "label_value_length_limit", "native_histogram_bucket_limit",
            "native_histogram_min_bucket_factor", "keep_dropped_targets", "metric_name_validation_scheme",
            "metric_name_escaping_scheme", "extra_scrape_metrics", "relabel_configs", "metric_relabel_configs",
            "static_configs"), HTTP_CLIENT, sdKeys());

    static final Set<String> ALERTMANAGER = union(List.of("static_configs", "sigv4", "scheme", "path_prefix",
            "timeout", "api_version", "relabel_configs", "alert_relabel_configs"), HTTP_CLIENT, sdKeys());

    static final Set<String> ALERTING = Set.of("alert_relabel_configs", "alertmanagers");

    static final Set<String> STATIC = Set.of("targets", "labels");
    static final Set<String> FILE_SD = Set.of("files", "refresh_interval");
    static final Set<String> DNS_SD = Set.of("names", "type", "port", "refresh_interval");
    static final Set<String> RELABEL = Set.of("source_labels", "separator", "regex", "modulus", "target_label",
            "replacement", "action");

    static final Set<String> REMOTE_WRITE = union(List.of("url", "remote_timeout", "headers",
            "write_relabel_configs", "name", "send_exemplars", "send_native_histograms", "round_robin_dns",
            "protobuf_message", "queue_config", "metadata_config", "sigv4", "azuread", "google_iam"), HTTP_CLIENT,
            Set.of());

    static final Set<String> REMOTE_READ = union(List.of("url", "remote_timeout", "chunked_read_limit", "headers",
            "read_recent", "name", "required_matchers", "filter_external_labels"), HTTP_CLIENT, Set.of());

    static final Set<String> TRACING = Set.of("client_type", "endpoint", "sampling_fraction", "insecure",
            "tls_config", "headers", "compression", "timeout");

    static final Set<String> STORAGE = Set.of("tsdb", "exemplars");
    static final Set<String> RUNTIME = Set.of("gogc");

    static final Set<String> RELABEL_ACTIONS = Set.of("replace", "keep", "drop", "keepequal", "dropequal",
            "hashmod", "labelmap", "labeldrop", "labelkeep", "lowercase", "uppercase");

    static final Set<String> SCRAPE_PROTOCOLS = Set.of("PrometheusProto", "OpenMetricsText0.0.1",
            "OpenMetricsText1.0.0", "PrometheusText1.0.0", "PrometheusText0.0.4");
    static final Set<String> VALIDATION_SCHEMES = Set.of("legacy", "utf8");
    static final Set<String> ESCAPING_SCHEMES = Set.of("allow-utf-8", "underscores", "dots", "values");

    /** Headers Prometheus sets itself on remote requests (lower case). */
    static final Set<String> RESERVED_HEADERS = Set.of("host", "content-encoding", "content-length",
            "content-type", "user-agent", "connection", "keep-alive", "proxy-authenticate", "proxy-authorization",
            "www-authenticate", "accept-encoding", "x-prometheus-remote-write-version",
            "x-prometheus-remote-read-version", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256");

    private PrometheusFields() {
    }

    private static Set<String> sdKeys() {
        Set<String> keys = new HashSet<>();
        for (String kind : SD_KINDS) keys.add(kind + "_sd_configs");
        return keys;
    }

    private static Set<String> union(List<String> own, Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(own);
        all.addAll(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
