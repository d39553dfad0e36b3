package dev.composelint.core.sidecar.prometheus;

import dev.composelint.core.fs.WorkspaceFiles;
import dev.composelint.core.Diagnostics;
import dev.composelint.core.Source;
import dev.composelint.core.model.Url;
import dev.composelint.core.sidecar.common.FieldReader;
import dev.composelint.core.sidecar.common.FileMatches;
import dev.composelint.core.sidecar.common.HttpClientChecks;
import dev.composelint.core.sidecar.common.MountMap;
import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import static dev.composelint.core.sidecar.common.FieldReader.isNull;
import static dev.composelint.core.sidecar.common.FieldReader.present;

/**
 * Parses a prometheus.yml into a {@link PrometheusConfig} and reports, as {@code prometheus-config} errors at exact
 * positions, what makes current Prometheus (v3) refuse to load it: unknown fields, missing or duplicate job names,
 * URLs as targets, bad relabel rules, bad discovery settings, bad remote endpoints and the like. Never throws.
 *
 * <p>Relabel regexes are compiled with {@link java.util.regex} after turning RE2's {@code (?P<name>} groups into
 * plain groups; Java is close to RE2 for syntax errors, and constructs only Java accepts (look-around,
 * back-references) are not reported.
 */
public final class PrometheusConfigParser {

    private static final Pattern RULE_PATH = Pattern.compile("[^*]*(\\*[^/]*)?");
    private static final Pattern SD_FILE = Pattern.compile("[^*]*(\\*[^/]*)?\\.(json|yml|yaml|JSON|YML|YAML)");
    private static final Pattern LEGACY_LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Pattern SIZE = Pattern.compile("\\d+(\\.\\d+)?\\s*([KMGTPE]i?B|[kKMGTPE]B?|B)");
    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?P?<([A-Za-z_][A-Za-z0-9_]*)>");

    private static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(1);
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private PrometheusConfigParser() {
    }

    /** Parses {@code file} from the disk, uncached; relative file patterns resolve against its host directory. */
    public static PrometheusParse parse(Path file) {
        Path dir = file.toAbsolutePath().normalize().getParent();
        return parse(file, WorkspaceFiles.unrestricted(), pattern -> MountMap.hostGlob(dir.resolve(pattern)));
    }

    /**
     * Parses {@code file} and the files it includes as the run's {@code source} holds them (editor buffers over the
     * disk), looking up the files its patterns name ({@code rule_files}, {@code scrape_config_files},
     * {@code file_sd_configs}) through {@code files}, which gets each pattern as written.
     */
    public static PrometheusParse parse(Path file, WorkspaceFiles source, Function<String, FileMatches> files) {
        Run run = new Run(file, source, files);
        try {
            return run.parse();
        } catch (RuntimeException e) {
            run.fields.error(Source.file(file), "cannot read the Prometheus configuration: " + e.getMessage());
            return new PrometheusParse(run.empty(), run.fields.findings());
        }
    }

    /** One parse: the file, its diagnostics and what it collects. */
    private static final class Run {
        private final Path file;
        private final Function<String, FileMatches> files;
        private final FieldReader fields;
        private boolean legacyNames;
        private String globalEscaping;

        Run(Path file, WorkspaceFiles source, Function<String, FileMatches> files) {
            this.file = file;
            this.files = files;
            this.fields = new FieldReader(Diagnostics.PROMETHEUS_CONFIG, source);
        }

        PrometheusConfig empty() {
            return new PrometheusConfig(file, DEFAULT_INTERVAL, DEFAULT_TIMEOUT, List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of());
        }

        PrometheusParse parse() {
            YNode root = fields.read(file);
            if (root == null) return new PrometheusParse(empty(), fields.findings());
            if (!(root instanceof YMap top)) {
                error(root.source(), "a Prometheus configuration must be a mapping, not a " + root.kindName());
                return new PrometheusParse(empty(), fields.findings());
            }
            unknownFields(top, PrometheusFields.TOP, "top-level");
            YMap global = fields.mapping(top, "global");
            Duration interval = DEFAULT_INTERVAL;
            Duration timeout = DEFAULT_TIMEOUT;
            if (global != null) {
                unknownFields(global, PrometheusFields.GLOBAL, "global");
                legacyNames = "legacy".equals(global.text("metric_name_validation_scheme"));
                Duration i = fields.duration(global, "scrape_interval");
                Duration t = fields.duration(global, "scrape_timeout");
                if (i != null && !i.isZero()) interval = i;
                if (t != null && !t.isZero()) {
                    if (t.compareTo(interval) > 0) {
                        error(global.entry("scrape_timeout").keySource(), "the global scrape_timeout is greater "
                                + "than the scrape_interval; make the timeout at most the interval");
                    }
                    timeout = t;
                } else {
                    timeout = DEFAULT_TIMEOUT.compareTo(interval) > 0 ? interval : DEFAULT_TIMEOUT;
                }
                fields.duration(global, "evaluation_interval");
                fields.duration(global, "rule_query_offset");
                size(global, "body_size_limit");
                protocols(global, "scrape_protocols");
                choice(global, "metric_name_validation_scheme", PrometheusFields.VALIDATION_SCHEMES);
                choice(global, "metric_name_escaping_scheme", PrometheusFields.ESCAPING_SCHEMES);
                globalEscaping = global.text("metric_name_escaping_scheme");
                labels(global, "external_labels");
            }
            sectionKeys(top, "runtime", PrometheusFields.RUNTIME);
            sectionKeys(top, "storage", PrometheusFields.STORAGE);
            tracing(fields.mapping(top, "tracing"));
            List<PathPattern> ruleFiles = patterns(top, "rule_files", RULE_PATH, "rule file path");
            List<PathPattern> scrapeFiles = patterns(top, "scrape_config_files", RULE_PATH, "scrape config file path");

            List<ScrapeJob> jobs = new ArrayList<>();
            Map<String, Source> jobNames = new HashMap<>();
            scrapeConfigs(top, interval, jobs, jobNames);
            for (PathPattern pattern : scrapeFiles) {
                for (Path extra : pattern.matches().files()) {
                    YNode node = fields.read(extra);
                    if (node instanceof YMap m) {
                        unknownFields(m, Set.of("scrape_configs"), "scrape config file");
                        scrapeConfigs(m, interval, jobs, jobNames);
                    }
                }
            }
            List<AlertmanagerSet> alertmanagers = alerting(fields.mapping(top, "alerting"));
            List<RemoteEndpoint> remoteWrite = remote(top, "remote_write", PrometheusFields.REMOTE_WRITE);
            List<RemoteEndpoint> remoteRead = remote(top, "remote_read", PrometheusFields.REMOTE_READ);
            return new PrometheusParse(new PrometheusConfig(file, interval, timeout, ruleFiles, scrapeFiles, jobs,
                    alertmanagers, remoteWrite, remoteRead), fields.findings());
        }

        // ---- scrape configs ----

        private void scrapeConfigs(YMap top, Duration globalInterval, List<ScrapeJob> jobs,
                                   Map<String, Source> jobNames) {
            for (YNode item : fields.list(top, "scrape_configs")) {
                if (!(item instanceof YMap job)) {
                    if (isNull(item)) error(item.source(), "a scrape_configs entry is empty; remove it or fill it in");
                    else error(item.source(), "a scrape_configs entry must be a mapping, not a " + item.kindName());
                    continue;
                }
                ScrapeJob parsed = scrapeJob(job, globalInterval);
                if (parsed.name() == null || parsed.name().isEmpty()) continue;
                Source previous = jobNames.putIfAbsent(parsed.name(), parsed.source());
                if (previous != null) {
                    String first = previous.file().equals(parsed.source().file()) ? "line " + previous.line()
                            : previous.file().getFileName() + " line " + previous.line();
                    error(parsed.source(), "found multiple scrape configs with job name \"" + parsed.name()
                            + "\" (first at " + first + "); give each job a unique job_name");
                    continue;
                }
                jobs.add(parsed);
            }
        }

        private ScrapeJob scrapeJob(YMap job, Duration globalInterval) {
            unknownFields(job, PrometheusFields.SCRAPE, "scrape config");
            String name = fields.string(job, "job_name");
            Source source = job.has("job_name") ? job.get("job_name").source() : job.source();
            if (name == null || name.isEmpty()) {
                error(source, "the scrape config has no job_name; give every scrape config a unique job_name");
            }
            boolean jobLegacy = legacyNames;
            String scheme = job.text("metric_name_validation_scheme");
            if (scheme != null && !scheme.isEmpty()) jobLegacy = "legacy".equals(scheme);
            Duration interval = fields.duration(job, "scrape_interval");
            Duration timeout = fields.duration(job, "scrape_timeout");
            Duration effective = interval == null || interval.isZero() ? globalInterval : interval;
            if (timeout != null && timeout.compareTo(effective) > 0) {
                error(job.entry("scrape_timeout").keySource(), "scrape timeout greater than scrape interval for "
                        + "scrape config with job name \"" + name + "\"; make the timeout at most the interval");
            }
            size(job, "body_size_limit");
            protocols(job, "scrape_protocols");
            choice(job, "fallback_scrape_protocol", PrometheusFields.SCRAPE_PROTOCOLS);
            boolean validationKnown = choice(job, "metric_name_validation_scheme", PrometheusFields.VALIDATION_SCHEMES);
            boolean escapingKnown = choice(job, "metric_name_escaping_scheme", PrometheusFields.ESCAPING_SCHEMES);
            if (validationKnown && escapingKnown) escapingConflict(job, scheme, jobLegacy);
            HttpClientChecks.check(job, "", fields);
            List<RelabelRule> relabel = relabelRules(job, "relabel_configs",
                    "a target relabeling rule of the scrape config is empty");
            relabelRules(job, "metric_relabel_configs", "a metric relabeling rule of the scrape config is empty");
            boolean saved = legacyNames;
            legacyNames = jobLegacy;
            Targets targets = discovery(job, relabel.isEmpty());
            legacyNames = saved;
            Map<String, List<String>> params = new LinkedHashMap<>();
            YMap paramMap = fields.mapping(job, "params");
            if (paramMap != null) {
                for (YEntry e : paramMap.entries()) {
                    List<String> values = new ArrayList<>();
                    for (YScalar v : fields.strings(paramMap, e.key(), "params value")) values.add(v.asText());
                    params.put(e.key(), values);
                }
            }
            String httpScheme = job.text("scheme");
            String metricsPath = job.text("metrics_path");
            return new ScrapeJob(name, source, httpScheme == null ? "http" : httpScheme,
                    metricsPath == null ? "/metrics" : metricsPath, params, effective, timeout, relabel, targets);
        }

        // ---- discovery ----

        private Targets discovery(YMap owner, boolean checkAddresses) {
            List<Target> targets = new ArrayList<>();
            List<FileSd> fileSd = new ArrayList<>();
            List<DnsSd> dnsSd = new ArrayList<>();
            List<OtherSd> other = new ArrayList<>();
            for (YNode item : fields.list(owner, "static_configs")) {
                if (!(item instanceof YMap group)) {
                    if (isNull(item)) error(item.source(), "empty or null section in static_configs; remove it");
                    else error(item.source(), "a static_configs entry must be a mapping, not a " + item.kindName());
                    continue;
                }
                unknownFields(group, PrometheusFields.STATIC, "static_configs entry");
                Map<String, String> labels = labels(group, "labels");
                for (YNode t : fields.list(group, "targets")) {
                    Target target = target(t, labels, Target.Origin.STATIC, checkAddresses);
                    if (target != null) targets.add(target);
                }
            }
            for (YEntry entry : owner.entries()) {
                String key = entry.key();
                if (!key.endsWith("_sd_configs")) continue;
                String kind = key.substring(0, key.length() - "_sd_configs".length());
                if (!PrometheusFields.SD_KINDS.contains(kind)) continue;
                for (YNode item : fields.list(owner, key)) {
                    if (!(item instanceof YMap sd)) {
                        if (!isNull(item)) error(item.source(), "a " + key + " entry must be a mapping, not a "
                                + item.kindName());
                        continue;
                    }
                    switch (kind) {
                        case "file" -> fileSd.add(fileSd(sd, targets, checkAddresses));
                        case "dns" -> {
                            DnsSd dns = dnsSd(sd);
                            dnsSd.add(dns);
                            if (dns.namesHosts() && dns.port() != null) {
                                for (DnsSd.Name n : dns.names()) {
                                    targets.add(new Target(n.name() + ":" + dns.port(), n.name(), dns.port(),
                                            n.source(), Map.of("__meta_dns_name", n.name()), Target.Origin.DNS_SD));
                                }
                            }
                        }
                        default -> {
                            SdChecks.check(kind, sd, this::error);
                            HttpClientChecks.check(sd, kind + "_sd: ", fields);
                            other.add(new OtherSd(kind, sd.source()));
                        }
                    }
                }
            }
            return new Targets(targets, fileSd, dnsSd, other);
        }

        private Target target(YNode node, Map<String, String> labels, Target.Origin origin, boolean checkAddress) {
            if (!(node instanceof YScalar scalar) || scalar.isNull()) {
                if (node != null && !isNull(node)) error(node.source(), "a target must be a string, not a "
                        + node.kindName());
                return null;
            }
            String address = scalar.asText();
            if (checkAddress && address.contains("/")) {
                error(scalar.source(), "\"" + address + "\" is not a valid hostname; a target is host:port, so "
                        + "put the scheme in scheme: and the path in metrics_path:");
            }
            Url.HostPort parts = Url.hostPort(address);
            return new Target(address, parts.host(), parts.portNumber(), scalar.source(), labels, origin);
        }

        private FileSd fileSd(YMap sd, List<Target> targets, boolean checkAddresses) {
            unknownFields(sd, PrometheusFields.FILE_SD, "file_sd_configs entry");
            fields.duration(sd, "refresh_interval");
            List<PathPattern> patterns = new ArrayList<>();
            for (YScalar s : fields.strings(sd, "files", "file_sd file pattern")) {
                String pattern = s.asText();
                if (!SD_FILE.matcher(pattern).matches()) {
                    error(s.source(), "path name \"" + pattern + "\" is not valid for file discovery; name .json, "
                            + ".yml or .yaml files, with at most one * in the last path segment");
                    patterns.add(new PathPattern(pattern, s.source(), FileMatches.unknowable("invalid pattern")));
                    continue;
                }
                FileMatches matches = files.apply(pattern);
                patterns.add(new PathPattern(pattern, s.source(), matches));
                for (Path path : matches.files()) targets.addAll(fileTargets(path, checkAddresses));
            }
            if (patterns.isEmpty() && !sd.has("files")) {
                error(sd.source(), "a file_sd_configs entry needs files:; list the target files to read");
            }
            return new FileSd(patterns, sd.source());
        }

        /** The targets of one file_sd file: a list of {targets, labels} groups in JSON or YAML. */
        private List<Target> fileTargets(Path path, boolean checkAddresses) {
            List<Target> result = new ArrayList<>();
            YNode root = fields.read(path);
            if (root == null || isNull(root)) return result;
            if (!(root instanceof YSeq groups)) {
                error(root.source(), "a file_sd file must hold a list of target groups, not a " + root.kindName());
                return result;
            }
            for (YNode g : groups.items()) {
                if (!(g instanceof YMap group)) {
                    error(g.source(), "a target group must be a mapping with targets: and labels:, not a "
                            + g.kindName());
                    continue;
                }
                unknownFields(group, PrometheusFields.STATIC, "target group");
                Map<String, String> labels = new LinkedHashMap<>(labels(group, "labels"));
                labels.put("__meta_filepath", path.toString());
                for (YNode t : fields.list(group, "targets")) {
                    Target target = target(t, labels, Target.Origin.FILE_SD, checkAddresses);
                    if (target != null) result.add(target);
                }
            }
            return result;
        }

        private DnsSd dnsSd(YMap sd) {
            unknownFields(sd, PrometheusFields.DNS_SD, "dns_sd_configs entry");
            fields.duration(sd, "refresh_interval");
            List<DnsSd.Name> names = new ArrayList<>();
            for (YScalar s : fields.strings(sd, "names", "DNS-SD name")) {
                names.add(new DnsSd.Name(s.asText(), s.source()));
            }
            if (names.isEmpty()) {
                error(sd.source(), "a dns_sd_configs entry needs at least one name in names:");
            }
            String type = sd.text("type");
            String upper = type == null || type.isEmpty() ? "SRV" : type.toUpperCase(Locale.ROOT);
            if (!Set.of("SRV", "A", "AAAA", "MX", "NS").contains(upper)) {
                error(sd.get("type").source(), "invalid DNS-SD records type " + type + "; use SRV, A, AAAA, MX or NS");
            }
            Integer port = null;
            YScalar portNode = sd.scalar("port");
            if (portNode != null && !portNode.isNull()) {
                if (portNode.value() instanceof Long l && l > 0 && l <= 65535) port = l.intValue();
                else if (!(portNode.value() instanceof Long l && l == 0)) {
                    error(portNode.source(), "port of dns_sd_configs must be a port number, not "
                            + portNode.asText());
                }
            }
            if (port == null && !"SRV".equals(upper)) {
                error(sd.has("type") ? sd.get("type").source() : sd.source(), "a port is required in DNS-SD configs "
                        + "for all record types except SRV; add port:");
            }
            return new DnsSd(names, upper, port, sd.source());
        }

        // ---- alerting ----

        private List<AlertmanagerSet> alerting(YMap alerting) {
            List<AlertmanagerSet> sets = new ArrayList<>();
            if (alerting == null) return sets;
            unknownFields(alerting, PrometheusFields.ALERTING, "alerting");
            relabelRules(alerting, "alert_relabel_configs", "an alert relabeling rule is empty");
            for (YNode item : fields.list(alerting, "alertmanagers")) {
                if (!(item instanceof YMap am)) {
                    if (!isNull(item)) error(item.source(), "an alertmanagers entry must be a mapping, not a "
                            + item.kindName());
                    continue;
                }
                unknownFields(am, PrometheusFields.ALERTMANAGER, "alertmanagers entry");
                fields.duration(am, "timeout");
                HttpClientChecks.check(am, "", fields);
                YScalar api = am.scalar("api_version");
                if (api != null && !api.isNull() && !"v2".equals(api.asText())) {
                    error(api.source(), "expected Alertmanager api version to be one of [v2] but got "
                            + api.asText() + "; use api_version: v2 (v1 is gone in Prometheus 3)");
                }
                List<RelabelRule> relabel = relabelRules(am, "relabel_configs",
                        "an Alertmanager target relabeling rule is empty");
                relabelRules(am, "alert_relabel_configs", "an Alertmanager alert relabeling rule is empty");
                Targets targets = discovery(am, relabel.isEmpty());
                String scheme = am.text("scheme");
                String prefix = am.text("path_prefix");
                sets.add(new AlertmanagerSet(am.source(), scheme == null ? "http" : scheme,
                        prefix == null ? "/" : prefix, relabel, targets));
            }
            return sets;
        }

        // ---- remote write / read, tracing ----

        private List<RemoteEndpoint> remote(YMap top, String key, Set<String> known) {
            List<RemoteEndpoint> endpoints = new ArrayList<>();
            Map<String, Source> names = new HashMap<>();
            String kind = key.equals("remote_write") ? "remote write" : "remote read";
            for (YNode item : fields.list(top, key)) {
                if (!(item instanceof YMap rc)) {
                    if (isNull(item)) error(item.source(), "empty or null " + kind + " config section; remove it");
                    else error(item.source(), "a " + key + " entry must be a mapping, not a " + item.kindName());
                    continue;
                }
                unknownFields(rc, known, key + " entry");
                fields.duration(rc, "remote_timeout");
                HttpClientChecks.check(rc, "", fields);
                headers(rc, "authorization header must be changed via the basic_auth, authorization, oauth2, "
                        + "sigv4, azuread or google_iam parameter");
                String name = rc.text("name");
                if (name != null && !name.isEmpty()) {
                    Source previous = names.putIfAbsent(name, rc.get("name").source());
                    if (previous != null) {
                        error(rc.get("name").source(), "found multiple " + kind + " configs with job name \""
                                + name + "\"; give each a unique name");
                    }
                }
                if (key.equals("remote_write")) {
                    relabelRules(rc, "write_relabel_configs", "a relabeling rule in the remote write config is empty");
                    String message = rc.text("protobuf_message");
                    if (message != null && !Set.of("prometheus.WriteRequest", "io.prometheus.write.v2.Request")
                            .contains(message)) {
                        error(rc.get("protobuf_message").source(), "invalid protobuf_message value " + message
                                + "; use prometheus.WriteRequest or io.prometheus.write.v2.Request");
                    }
                }
                YScalar url = rc.scalar("url");
                if (url == null || url.isNull() || url.asText().isEmpty()) {
                    error(rc.has("url") ? rc.get("url").source() : rc.source(), "url for " + key
                            + " is empty; set url: to the endpoint");
                    continue;
                }
                Url parsed = Url.parse(url.asText());
                String problem = parsed.goParseProblem();
                if (problem != null) {
                    error(url.source(), "the " + key + " url \"" + parsed.redacted() + "\" cannot be parsed: "
                            + Url.redact(problem));
                    continue;
                }
                endpoints.add(new RemoteEndpoint(parsed, url.source()));
            }
            return endpoints;
        }

        private void tracing(YMap tracing) {
            if (tracing == null) return;
            unknownFields(tracing, PrometheusFields.TRACING, "tracing");
            fields.duration(tracing, "timeout");
            headers(tracing, "custom authorization header configuration is not yet supported for tracing");
            String endpoint = tracing.text("endpoint");
            if (endpoint == null || endpoint.isEmpty()) {
                error(tracing.source(), "tracing endpoint must be set; add endpoint:");
            }
            String compression = tracing.text("compression");
            if (compression != null && !compression.isEmpty() && !compression.equals("gzip")) {
                error(tracing.get("compression").source(), "invalid compression type " + compression
                        + " provided; the only valid option is gzip");
            }
            String client = tracing.text("client_type");
            if (client != null && !client.equals("http") && !client.equals("grpc")) {
                error(tracing.get("client_type").source(), "expected tracing client type to be http or grpc, "
                        + "but got " + client);
            }
        }

        private void headers(YMap owner, String authorizationMessage) {
            YMap headers = fields.mapping(owner, "headers");
            if (headers == null) return;
            for (YEntry e : headers.entries()) {
                String lower = e.key().toLowerCase(Locale.ROOT);
                if (lower.equals("authorization")) error(e.keySource(), authorizationMessage);
                else if (PrometheusFields.RESERVED_HEADERS.contains(lower)) {
                    error(e.keySource(), e.key() + " is a reserved header. It must not be changed; remove it");
                }
            }
        }

        // ---- relabeling ----

        private List<RelabelRule> relabelRules(YMap owner, String key, String nullMessage) {
            List<RelabelRule> rules = new ArrayList<>();
            for (YNode item : fields.list(owner, key)) {
                if (!(item instanceof YMap rule)) {
                    if (isNull(item)) error(item.source(), nullMessage + "; remove it or fill it in");
                    else error(item.source(), "a " + key + " entry must be a mapping, not a " + item.kindName());
                    continue;
                }
                RelabelRule parsed = relabelRule(rule);
                if (parsed != null) rules.add(parsed);
            }
            return rules;
        }

        private RelabelRule relabelRule(YMap rule) {
            unknownFields(rule, PrometheusFields.RELABEL, "relabel_configs entry");
            List<String> sourceLabels = new ArrayList<>();
            YNode sources = rule.get("source_labels");
            if (sources instanceof YScalar sc && !sc.isNull()) {
                error(sc.source(), "source_labels must be a list of label names");
            } else {
                for (YScalar label : fields.strings(rule, "source_labels", "source label")) {
                    sourceLabels.add(label.asText());
                }
            }
            String separator = textOr(rule, "separator", RelabelRule.DEFAULT_SEPARATOR);
            String regex = textOr(rule, "regex", RelabelRule.DEFAULT_REGEX);
            String targetLabel = textOr(rule, "target_label", "");
            String replacement = textOr(rule, "replacement", RelabelRule.DEFAULT_REPLACEMENT);
            Long modulusValue = fields.unsigned(rule, "modulus");
            long modulus = modulusValue == null ? 0 : modulusValue;
            String action = RelabelRule.DEFAULT_ACTION;
            YScalar actionNode = rule.scalar("action");
            Source at = rule.source();
            if (actionNode != null) {
                action = actionNode.isNull() ? "" : actionNode.asText().toLowerCase(Locale.ROOT);
                at = actionNode.source();
                if (action.isEmpty()) {
                    error(actionNode.source(), "relabel action cannot be empty; set one such as replace or keep");
                    return null;
                }
                if (!PrometheusFields.RELABEL_ACTIONS.contains(action)) {
                    error(actionNode.source(), "unknown relabel action \"" + actionNode.asText() + "\"; use one of "
                            + String.join(", ", new TreeSet<>(PrometheusFields.RELABEL_ACTIONS)));
                    return null;
                }
            }
            if (rule.has("regex")) {
                String problem = regexProblem(regex);
                if (problem != null) {
                    error(rule.get("regex").source(), "error parsing regexp: " + problem + ": `" + regex + "`");
                }
            }
            boolean needsTarget = Set.of("replace", "hashmod", "lowercase", "uppercase", "keepequal", "dropequal")
                    .contains(action);
            boolean modulusMalformed = modulusValue == null && present(rule, "modulus");
            if (action.equals("hashmod") && modulus == 0 && !modulusMalformed) {
                error(at, "relabel configuration for hashmod requires non-zero modulus");
            }
            if (needsTarget && targetLabel.isEmpty()) {
                error(at, "relabel configuration for " + action + " action requires 'target_label' value");
            }
            if (Set.of("lowercase", "uppercase").contains(action)
                    && !replacement.equals(RelabelRule.DEFAULT_REPLACEMENT)) {
                error(rule.get("replacement").source(), "'replacement' can not be set for " + action + " action");
            }
            if (Set.of("keepequal", "dropequal").contains(action) && (!regex.equals(RelabelRule.DEFAULT_REGEX)
                    || modulus != 0 || !separator.equals(RelabelRule.DEFAULT_SEPARATOR)
                    || !replacement.equals(RelabelRule.DEFAULT_REPLACEMENT))) {
                error(at, action + " action requires only 'source_labels' and `target_label`, and no other fields");
            }
            if (Set.of("labeldrop", "labelkeep").contains(action) && (!sourceLabels.isEmpty()
                    || !targetLabel.isEmpty() || modulus != 0 || !separator.equals(RelabelRule.DEFAULT_SEPARATOR)
                    || !replacement.equals(RelabelRule.DEFAULT_REPLACEMENT))) {
                error(at, action + " action requires only 'regex', and no other fields");
            }
            return new RelabelRule(sourceLabels, separator, regex, modulus, targetLabel, replacement, action,
                    rule.source());
        }

        // ---- small value checks ----

        private List<PathPattern> patterns(YMap owner, String key, Pattern valid, String what) {
            List<PathPattern> result = new ArrayList<>();
            for (YScalar s : fields.strings(owner, key, what)) {
                String pattern = s.asText();
                if (!valid.matcher(pattern).matches()) {
                    error(s.source(), "invalid " + what + " \"" + pattern + "\"; only the last path segment may "
                            + "hold a *");
                    result.add(new PathPattern(pattern, s.source(), FileMatches.unknowable("invalid pattern")));
                    continue;
                }
                result.add(new PathPattern(pattern, s.source(), files.apply(pattern)));
            }
            return result;
        }

        private Map<String, String> labels(YMap owner, String key) {
            Map<String, String> labels = new LinkedHashMap<>();
            YMap map = fields.mapping(owner, key);
            if (map == null) return labels;
            for (YEntry e : map.entries()) {
                if (e.key().isEmpty() || legacyNames && !LEGACY_LABEL.matcher(e.key()).matches()) {
                    error(e.keySource(), "\"" + e.key() + "\" is not a valid label name");
                }
                if (e.value() instanceof YScalar s) {
                    labels.put(e.key(), s.asText());
                } else {
                    error(e.value().source(), "the value of label " + e.key() + " must be a string, not a "
                            + e.value().kindName());
                    labels.put(e.key(), "");
                }
            }
            return labels;
        }

        private void size(YMap owner, String key) {
            YNode node = owner.get(key);
            if (node == null || isNull(node)) return;
            String text = node instanceof YScalar s ? s.asText() : "";
            if (!text.equals("0") && !SIZE.matcher(text).matches()) {
                error(node.source(), "units: unknown unit in " + text + "; write a size with a unit such as 10MB");
            }
        }

        /** Reports a value outside {@code allowed}; true when the value is absent or allowed. */
        private boolean choice(YMap owner, String key, Set<String> allowed) {
            YNode node = owner.get(key);
            if (node == null || isNull(node)) return true;
            String value = node instanceof YScalar s ? s.asText() : "";
            if (value.isEmpty() || allowed.contains(value)) return true;
            error(node.source(), "unknown " + key + " \"" + value + "\"; use one of "
                    + String.join(", ", new TreeSet<>(allowed)));
            return false;
        }

        private void protocols(YMap owner, String key) {
            if (!owner.has(key) || isNull(owner.get(key))) return;
            List<YNode> items = fields.list(owner, key);
            if (items.isEmpty() && owner.get(key) instanceof YSeq) {
                error(owner.get(key).source(), key + " cannot be empty; list at least one protocol");
            }
            Set<String> seen = new HashSet<>();
            for (YNode item : items) {
                String value = item instanceof YScalar s ? s.asText() : "";
                if (!PrometheusFields.SCRAPE_PROTOCOLS.contains(value)) {
                    error(item.source(), "unknown scrape protocol " + value + " in " + key + "; use one of "
                            + String.join(", ", new TreeSet<>(PrometheusFields.SCRAPE_PROTOCOLS)));
                } else if (!seen.add(value.toLowerCase(Locale.ROOT))) {
                    error(item.source(), "duplicated protocol " + value + " in " + key + "; list each once");
                }
            }
        }

        /** UTF-8 escaping requested while the job validates names the legacy way (Prometheus refuses it). */
        private void escapingConflict(YMap job, String validation, boolean legacy) {
            String escaping = job.text("metric_name_escaping_scheme");
            if (escaping == null || escaping.isEmpty()) {
                boolean unset = validation == null || validation.isEmpty();
                if (!unset) return;
                escaping = globalEscaping != null && !globalEscaping.isEmpty() ? globalEscaping
                        : legacyNames ? "underscores" : "allow-utf-8";
            }
            if (escaping.equals("allow-utf-8") && legacy) {
                Source at = job.has("metric_name_escaping_scheme") ? job.get("metric_name_escaping_scheme").source()
                        : job.has("job_name") ? job.get("job_name").source() : job.source();
                error(at, "utf8 metric names requested but validation scheme is not set to UTF8; set "
                        + "metric_name_validation_scheme: utf8 or another metric_name_escaping_scheme");
            }
        }

        private void sectionKeys(YMap top, String key, Set<String> known) {
            YMap section = fields.mapping(top, key);
            if (section != null) unknownFields(section, known, key);
        }

        private void unknownFields(YMap map, Set<String> known, String section) {
            for (YEntry e : map.entries()) {
                if (!known.contains(e.key())) {
                    error(e.keySource(), "field " + e.key() + " is not a Prometheus " + section + " setting; check "
                            + "its spelling and indentation");
                }
            }
        }

        private String textOr(YMap owner, String key, String fallback) {
            String text = fields.string(owner, key);
            return text == null ? fallback : text;
        }

        void error(Source source, String message) {
            fields.error(source, message);
        }
    }

    // ---- helpers shared with the discovery checks ----

    /** Why a relabel regex does not compile (anchored like Prometheus), or null when it does. */
    static String regexProblem(String regex) {
        String java = NAMED_GROUP.matcher(regex).replaceAll("(");
        try {
            Pattern.compile("^(?:" + java + ")$");
            return null;
        } catch (PatternSyntaxException e) {
            String description = e.getDescription();
            // RE2 takes a brace that starts no valid repetition literally; Java refuses it.
            if (description != null && description.contains("Illegal repetition")) return null;
            return description == null ? "invalid regular expression" : lowerFirst(description);
        }
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
