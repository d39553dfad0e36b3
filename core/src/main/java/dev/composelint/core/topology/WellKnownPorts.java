package dev.composelint.core.topology;

import dev.composelint.core.model.ImageRef;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Container ports that well-known images listen on without being told, keyed by the last image path segment. */
final class WellKnownPorts {

    private static final Map<String, List<Integer>> BY_IMAGE = Map.ofEntries(
            Map.entry("prometheus", List.of(9090)),
            Map.entry("loki", List.of(3100, 9095)),
            Map.entry("promtail", List.of(9080)),
            Map.entry("alloy", List.of(12345)),
            Map.entry("tempo", List.of(3200, 4317, 4318)),
            Map.entry("alertmanager", List.of(9093)),
            Map.entry("node-exporter", List.of(9100)),
            Map.entry("cadvisor", List.of(8080)),
            Map.entry("pushgateway", List.of(9091)),
            Map.entry("blackbox-exporter", List.of(9115)),
            Map.entry("postgres-exporter", List.of(9187)),
            Map.entry("redis_exporter", List.of(9121)),
            Map.entry("redis-exporter", List.of(9121)),
            Map.entry("postgres", List.of(5432)),
            Map.entry("postgis", List.of(5432)),
            Map.entry("redis", List.of(6379)),
            Map.entry("valkey", List.of(6379)),
            Map.entry("mysql", List.of(3306)),
            Map.entry("mariadb", List.of(3306)),
            Map.entry("mongo", List.of(27017)),
            Map.entry("rabbitmq", List.of(5672, 15672, 15692)),
            Map.entry("elasticsearch", List.of(9200, 9300)),
            Map.entry("minio", List.of(9000, 9001)),
            Map.entry("nginx", List.of(80)),
            Map.entry("cockroach", List.of(26257, 8080)),
            Map.entry("cassandra", List.of(9042)),
            Map.entry("jaeger", List.of(16686, 14268, 4317, 4318)),
            Map.entry("all-in-one", List.of(16686, 14268, 14250, 4317, 4318)),
            Map.entry("opentelemetry-collector", List.of(4317, 4318, 8888, 8889)),
            Map.entry("opentelemetry-collector-contrib", List.of(4317, 4318, 8888, 8889)),
            Map.entry("otel-collector", List.of(4317, 4318, 8888, 8889)),
            Map.entry("zipkin", List.of(9411)),
            Map.entry("kafka", List.of(9092)),
            Map.entry("zookeeper", List.of(2181)),
            Map.entry("memcached", List.of(11211)),
            Map.entry("clickhouse-server", List.of(8123, 9000)),
            Map.entry("mimir", List.of(8080, 9009)),
            Map.entry("victoria-metrics", List.of(8428)));

    private static final int GRAFANA_PORT = 3000;

    private WellKnownPorts() {
    }

    /** The default container ports of an image such as {@code prom/prometheus}, or an empty set. */
    static Set<Integer> of(ImageRef image) {
        if (image == null) return Set.of();
        if (image.isGrafana()) return Set.of(GRAFANA_PORT);
        List<Integer> ports = BY_IMAGE.get(image.lastComponent());
        return ports == null ? Set.of() : Set.copyOf(ports);
    }
}
