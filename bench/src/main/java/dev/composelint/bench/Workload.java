package dev.composelint.bench;

import dev.composelint.core.Finding;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.invocation.InvocationException;
import dev.composelint.core.invocation.LintInvocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A deterministic, clean benchmark workspace: one compose file with N services, Prometheus and Alertmanager. Each
 * service has an explicitly tagged image, depends on the two previous services, mounts a declared named volume
 * and a config file the generator writes, sets ten environment keys, publishes one unique loopback port and joins
 * two of eleven networks. Prometheus scrapes every tenth service over the shared network and sends the alerts of
 * its mounted rule file to an Alertmanager service. Same N, same bytes.
 *
 * <p>Usage: {@code Workload <services> <directory> [--check]}; {@code --check} lints the result with every rule and
 * fails when anything is found.
 */
public final class Workload {

    /** Container port of every service; Prometheus scrapes it. */
    static final int SERVICE_PORT = 8080;
    static final int FIRST_HOST_PORT = 20_000;
    static final int NETWORKS = 10;

    private Workload() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3 || (args.length == 3 && !args[2].equals("--check"))) {
            System.err.println("usage: Workload <services> <directory> [--check]");
            System.exit(2);
        }
        int services = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        Path compose = write(dir, services);
        System.out.printf("wrote %s: %d services, %d bytes%n", compose, services, size(compose));
        if (args.length == 3) {
            List<Finding> findings = lint(dir).findings();
            findings.forEach(f -> System.out.println(f.source() + ": " + f.ruleId() + ": " + f.message()));
            if (!findings.isEmpty()) {
                System.err.println(findings.size() + " findings in a workload that must be clean");
                System.exit(1);
            }
            System.out.println("clean: no findings with every rule");
        }
    }

    /** Writes the workspace into {@code dir} (created when missing) and returns its compose file. */
    public static Path write(Path dir, int services) {
        if (services < 1 || services > 40_000) throw new IllegalArgumentException("services must be 1..40000");
        try {
            Files.createDirectories(dir.resolve("config"));
            Files.createDirectories(dir.resolve("prometheus"));
            for (int i = 1; i <= services; i++) {
                Files.writeString(dir.resolve("config").resolve(name(i) + ".conf"),
                        "name = " + name(i) + "\nlisten = 0.0.0.0:" + SERVICE_PORT + "\n", StandardCharsets.UTF_8);
            }
            Files.writeString(dir.resolve("prometheus/prometheus.yml"), prometheus(services), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("prometheus/alerts.yml"), ALERTS, StandardCharsets.UTF_8);
            Path compose = dir.resolve("compose.yaml");
            Files.writeString(compose, compose(services), StandardCharsets.UTF_8);
            return compose;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code dir} and everything in it (a benchmark's temporary workspace). */
    public static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** Lints the workspace in {@code dir} as {@code composelint dir} does (the default presets). */
    public static LintResult lint(Path dir) {
        return invocation(dir).lint();
    }

    /** The command line {@code composelint dir}, run from {@code dir}, with an empty environment. */
    public static LintInvocation invocation(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        try {
            return LintInvocation.builder(abs).load(request -> request.environment(Map.of()).paths(List.of(abs)))
                    .build();
        } catch (InvocationException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static String name(int i) {
        return String.format("svc-%04d", i);
    }

    static String compose(int services) {
        StringBuilder y = new StringBuilder(services * 640);
        y.append("name: bench\n\nservices:\n");
        y.append("  alertmanager:\n")
                .append("    image: prom/alertmanager:v0.27.0\n")
                .append("    ports:\n")
                .append("      - '127.0.0.1:9093:9093'\n")
                .append("    networks:\n")
                .append("      - shared\n");
        y.append("  prometheus:\n")
                .append("    image: prom/prometheus:v3.1.0\n")
                .append("    volumes:\n")
                .append("      - prometheus-data:/prometheus\n")
                .append("      - ./prometheus/prometheus.yml:/etc/prometheus/prometheus.yml:ro\n")
                .append("      - ./prometheus/alerts.yml:/etc/prometheus/alerts.yml:ro\n")
                .append("    ports:\n")
                .append("      - '127.0.0.1:9090:9090'\n")
                .append("    networks:\n")
                .append("      - shared\n");
        for (int i = 1; i <= services; i++) {
            String n = name(i);
            y.append("  ").append(n).append(":\n");
            y.append("    image: registry.example.com/bench/").append(n).append(":1.").append(i % 7).append('.')
                    .append(i % 13).append('\n');
            if (i > 1) {
                y.append("    depends_on:\n");
                if (i > 2) y.append("      - ").append(name(i - 2)).append('\n');
                y.append("      - ").append(name(i - 1)).append('\n');
            }
            y.append("    volumes:\n")
                    .append("      - ").append(n).append("-data:/var/lib/app\n")
                    .append("      - ./config/").append(n).append(".conf:/etc/app/app.conf:ro\n");
            y.append("    environment:\n")
                    .append("      APP_NAME: ").append(n).append('\n')
                    .append("      APP_ENV: production\n")
                    .append("      LOG_LEVEL: info\n")
                    .append("      LOG_FORMAT: json\n")
                    .append("      HTTP_PORT: '").append(SERVICE_PORT).append("'\n")
                    .append("      WORKERS: '").append(1 + i % 8).append("'\n")
                    .append("      TIMEOUT_SECONDS: '30'\n")
                    .append("      CACHE_SIZE_MB: '").append(64 << (i % 3)).append("'\n")
                    .append("      REGION: eu-west-").append(1 + i % 3).append('\n')
                    .append("      SHARD: '").append(i).append("'\n");
            y.append("    ports:\n")
                    .append("      - '127.0.0.1:").append(FIRST_HOST_PORT + i).append(':').append(SERVICE_PORT)
                    .append("'\n");
            y.append("    networks:\n")
                    .append("      - net-").append(i % NETWORKS).append('\n')
                    .append("      - shared\n");
        }
        y.append("\nnetworks:\n");
        // only the networks some service joins: fewer than ten services leave some unused
        for (int k = 0; k < NETWORKS; k++) {
            if (services >= NETWORKS || (k >= 1 && k <= services)) y.append("  net-").append(k).append(":\n");
        }
        y.append("  shared:\n");
        y.append("\nvolumes:\n  prometheus-data:\n");
        for (int i = 1; i <= services; i++) y.append("  ").append(name(i)).append("-data:\n");
        return y.toString();
    }

    static final String ALERTS = """
            groups:
              - name: bench
                rules:
                  - alert: ServiceDown
                    expr: up == 0
                    for: 5m
                    labels:
                      severity: page
                    annotations:
                      summary: '{{ $labels.job }} target {{ $labels.instance }} is down'
            """;

    /**
     * Scrapes every tenth service on its container port, by service name over the shared network; loads the
     * alerting rules and sends alerts to the Alertmanager service.
     */
    static String prometheus(int services) {
        StringBuilder p = new StringBuilder("global:\n  scrape_interval: 15s\n\n");
        p.append("rule_files:\n  - alerts.yml\n\n");
        p.append("alerting:\n  alertmanagers:\n    - static_configs:\n        - targets: ['alertmanager:9093']\n\n");
        p.append("scrape_configs:\n");
        p.append("  - job_name: prometheus\n    static_configs:\n      - targets: ['localhost:9090']\n");
        p.append("  - job_name: services\n    static_configs:\n      - targets:\n");
        for (int i = 10; i <= services; i += 10) {
            p.append("          - '").append(name(i)).append(':').append(SERVICE_PORT).append("'\n");
        }
        if (services < 10) p.append("          - '").append(name(1)).append(':').append(SERVICE_PORT).append("'\n");
        return p.toString();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
