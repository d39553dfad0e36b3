package dev.composelint.core.engine;

import dev.composelint.core.load.LoadRequest;
import dev.composelint.core.load.WorkspaceLoader;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A cold JVM runs a large workspace's later steps (interpolation, merge, schema, model, topology, sidecars, rules)
 * interpreted until each method has been called often enough to be compiled. While the main thread still reads the
 * large files, this lints a small synthetic project held in memory on a daemon thread of its own, a few times, so
 * that those methods are compiled by the time the main thread gets to them. Its result is thrown away; it reads no
 * file (its files are unsaved buffers under a directory that does not exist inside the workspace) and never
 * affects the run: whatever it throws is dropped.
 */
final class WarmUp {

    /** Compose files of at least this many bytes make a run long enough for a warm-up to pay. */
    static final long MIN_BYTES = 256 * 1024;
    private static final int ROUNDS = 3;
    private static final int SERVICES = 48;

    private WarmUp() {
    }

    /** Starts warming up on a daemon thread, on a machine with more than one core. */
    static void start(Linter linter, WorkspaceLoader loader, Path workingDirectory) {
        if (Runtime.getRuntime().availableProcessors() < 2) return;
        Thread thread = new Thread(() -> run(linter, loader, workingDirectory), "composelint-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    private static void run(Linter linter, WorkspaceLoader loader, Path workingDirectory) {
        try {
            LoadRequest request = request(workingDirectory);
            for (int round = 0; round < ROUNDS; round++) linter.check(loader.load(request));
        } catch (Throwable ignored) {
            // a warm-up that fails only leaves the run as cold as it was
        }
    }

    /** The synthetic project: its files are buffers under {@code <working directory>/.composelint-warm-up}. */
    static LoadRequest request(Path workingDirectory) {
        Path root = workingDirectory.toAbsolutePath().normalize().resolve(".composelint-warm-up");
        Path compose = root.resolve("compose.yaml");
        return LoadRequest.builder().files(List.of(compose)).workingDirectory(root).environment(Map.of("TAG", "1.2"))
                .buffers(Map.of(compose, compose(), root.resolve("monitoring/prometheus.yml"), prometheus(),
                        root.resolve("monitoring/alerts.yml"), alerts(),
                        root.resolve("monitoring/datasources/prometheus.yml"), datasources(),
                        root.resolve("monitoring/alertmanager.yml"), alertmanager(),
                        root.resolve(".env"), "TAG=1.2\nLOG_LEVEL=info\n"))
                .build();
    }

    /** Services written in the shapes compose files use: short and long syntax, maps and lists, variables. */
    static String compose() {
        StringBuilder y = new StringBuilder("name: warm-up\n\nx-common: &common\n  restart: unless-stopped\n"
                + "  logging:\n    driver: json-file\n    options: {max-size: 10m}\n\nservices:\n");
        for (int i = 0; i < SERVICES; i++) {
            String name = "app-" + i;
            y.append("  ").append(name).append(":\n    <<: *common\n");
            y.append("    image: registry.example.com/team/").append(name).append(":${TAG:-latest}\n");
            if (i % 2 == 0) {
                y.append("    environment:\n      APP_NAME: ").append(name).append("\n      LOG_LEVEL: ${LOG_LEVEL}\n")
                        .append("      DATABASE_URL: postgres://db:5432/app\n      WORKERS: '4'\n");
            } else {
                y.append("    environment:\n      - APP_NAME=").append(name).append("\n      - LOG_LEVEL=${LOG_LEVEL:-info}\n")
                        .append("      - UPSTREAM=http://app-").append(i - 1).append(":8080/api\n");
            }
            if (i % 3 == 0) {
                y.append("    ports:\n      - \"127.0.0.1:").append(18000 + i).append(":8080\"\n");
            } else {
                y.append("    ports:\n      - target: 8080\n        published: \"").append(19000 + i)
                        .append("\"\n        host_ip: 127.0.0.1\n        protocol: tcp\n");
            }
            y.append("    expose: [\"9100\"]\n");
            if (i % 2 == 0) {
                y.append("    volumes:\n      - data-").append(i % 4).append(":/var/lib/app\n")
                        .append("      - ./config/app.conf:/etc/app/app.conf:ro\n");
            } else {
                y.append("    volumes:\n      - type: volume\n        source: data-").append(i % 4)
                        .append("\n        target: /var/lib/app\n      - type: tmpfs\n        target: /tmp\n");
            }
            y.append(i % 2 == 0 ? "    networks: [front, back]\n"
                    : "    networks:\n      back:\n        aliases: [svc-" + i + "]\n");
            if (i > 0) {
                y.append(i % 2 == 0 ? "    depends_on: [app-" + (i - 1) + "]\n"
                        : "    depends_on:\n      app-" + (i - 1) + ":\n        condition: service_healthy\n");
            }
            y.append("    healthcheck:\n      test: [\"CMD\", \"wget\", \"-q\", \"-O-\", \"http://localhost:8080/health\"]\n")
                    .append("      interval: 30s\n      retries: 3\n");
            y.append("    labels:\n      com.example.team: core\n      com.example.tier: \"").append(i % 3)
                    .append("\"\n");
            y.append("    command: [\"serve\", \"--port\", \"8080\"]\n");
            y.append("    deploy:\n      resources:\n        limits: {cpus: \"0.5\", memory: 256M}\n");
            if (i % 8 == 7) y.append("    profiles: [extra]\n");
            if (i % 6 == 5) y.append("    secrets: [api-key]\n    configs:\n      - source: app-config\n")
                    .append("        target: /etc/app/extra.conf\n");
        }
        y.append("""
                  prometheus:
                    image: prom/prometheus:v3.1.0
                    command: ["--config.file=/etc/prometheus/prometheus.yml", "--web.enable-lifecycle"]
                    volumes:
                      - ./monitoring/prometheus.yml:/etc/prometheus/prometheus.yml:ro
                      - ./monitoring/alerts.yml:/etc/prometheus/alerts.yml:ro
                      - prometheus-data:/prometheus
                    networks: [back]
                  alertmanager:
                    image: prom/alertmanager:v0.27.0
                    volumes:
                      - ./monitoring/alertmanager.yml:/etc/alertmanager/alertmanager.yml:ro
                    networks: [back]
                  grafana:
                    image: grafana/grafana:11.3.0
                    environment:
                      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/api-key
                    volumes:
                      - ./monitoring/datasources:/etc/grafana/provisioning/datasources:ro
                    ports: ["127.0.0.1:3000:3000"]
                    secrets: [api-key]
                    networks: [back]

                networks:
                  front: {}
                  back:
                    driver: bridge
                volumes:
                  prometheus-data: {}
                  data-0: {}
                  data-1: {}
                  data-2: {}
                  data-3: {}
                secrets:
                  api-key:
                    file: ./secrets/api-key.txt
                configs:
                  app-config:
                    file: ./config/app.conf
                """);
        return y.toString();
    }

    private static String prometheus() {
        StringBuilder y = new StringBuilder("""
                global:
                  scrape_interval: 15s
                rule_files: [alerts.yml]
                alerting:
                  alertmanagers:
                    - static_configs: [{targets: ['alertmanager:9093']}]
                scrape_configs:
                  - job_name: prometheus
                    static_configs: [{targets: ['localhost:9090']}]
                """);
        for (int i = 0; i < SERVICES; i += 4) {
            y.append("  - job_name: app-").append(i).append("\n    metrics_path: /metrics\n")
                    .append("    static_configs:\n      - targets: ['app-").append(i).append(":9100']\n");
        }
        return y.toString();
    }

    private static String alerts() {
        return """
                groups:
                  - name: apps
                    rules:
                      - alert: AppDown
                        expr: up == 0
                        for: 5m
                        labels: {severity: page}
                """;
    }

    private static String datasources() {
        return """
                apiVersion: 1
                datasources:
                  - name: Prometheus
                    type: prometheus
                    url: http://prometheus:9090
                    isDefault: true
                """;
    }

    private static String alertmanager() {
        return """
                route:
                  receiver: team
                receivers:
                  - name: team
                """;
    }
}
