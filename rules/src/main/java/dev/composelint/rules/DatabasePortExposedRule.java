package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.ImageRef;
import dev.composelint.core.model.PortMapping;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A datastore's own port published on every host interface (a fixed or a random host port). The datastore is
 * recognised by its image, the port by the container side of the mapping (the host port alone says nothing).
 */
public final class DatabasePortExposedRule implements Rule {

    private static final RuleMeta META = new RuleMeta("database-port-exposed",
            "A datastore port is published on every host interface", Category.SECURITY, Severity.WARNING, null,
            List.of(), RuleSupport.SECURITY_RECOMMENDED);

    private record Datastore(String name, Set<Integer> ports) {
    }

    private static final Datastore POSTGRES = new Datastore("PostgreSQL", Set.of(5432));
    private static final Datastore MYSQL = new Datastore("MySQL", Set.of(3306));
    private static final Datastore MARIADB = new Datastore("MariaDB", Set.of(3306));
    private static final Datastore MONGODB = new Datastore("MongoDB", Set.of(27017));
    private static final Datastore REDIS = new Datastore("Redis", Set.of(6379));
    private static final Datastore ELASTICSEARCH = new Datastore("Elasticsearch", Set.of(9200, 9300));
    private static final Datastore OPENSEARCH = new Datastore("OpenSearch", Set.of(9200, 9300));

    /** By the last segment of the image repository. */
    private static final Map<String, Datastore> BY_IMAGE = Map.ofEntries(
            Map.entry("postgres", POSTGRES), Map.entry("postgresql", POSTGRES), Map.entry("postgis", POSTGRES),
            Map.entry("timescaledb", POSTGRES), Map.entry("timescaledb-ha", POSTGRES),
            Map.entry("mysql", MYSQL), Map.entry("mysql-server", MYSQL), Map.entry("percona-server", MYSQL),
            Map.entry("percona", MYSQL), Map.entry("mariadb", MARIADB),
            Map.entry("mongo", MONGODB), Map.entry("mongodb", MONGODB),
            Map.entry("mongodb-community-server", MONGODB),
            Map.entry("redis", REDIS), Map.entry("redis-stack", REDIS), Map.entry("redis-stack-server", REDIS),
            Map.entry("valkey", REDIS), Map.entry("keydb", REDIS),
            Map.entry("elasticsearch", ELASTICSEARCH), Map.entry("opensearch", OPENSEARCH),
            Map.entry("rabbitmq", new Datastore("RabbitMQ", Set.of(5672))),
            Map.entry("memcached", new Datastore("Memcached", Set.of(11211))),
            Map.entry("etcd", new Datastore("etcd", Set.of(2379, 2380))),
            Map.entry("cassandra", new Datastore("Cassandra", Set.of(9042))),
            Map.entry("couchdb", new Datastore("CouchDB", Set.of(5984))),
            Map.entry("influxdb", new Datastore("InfluxDB", Set.of(8086))),
            Map.entry("clickhouse-server", new Datastore("ClickHouse", Set.of(8123, 9000))),
            Map.entry("clickhouse", new Datastore("ClickHouse", Set.of(8123, 9000))));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        RuleSupport.services(context, (project, service) -> {
            ImageRef image = service.imageRef();
            Datastore datastore = image == null ? null : BY_IMAGE.get(image.lastComponent());
            if (datastore == null) return;
            for (PortMapping port : service.ports()) {
                if (!port.onEveryInterface()) continue;
                Integer own = datastore.ports().stream().filter(p -> port.target().contains(p)).findFirst()
                        .orElse(null);
                if (own == null) continue;
                String published = port.isPublished() ? port.published().toString() : "";
                context.at(port.source(), "service " + service.name() + " publishes the " + datastore.name()
                                + " port " + own + " on every host interface" + (port.isPublished() ? ""
                                : " (on a random host port)") + ", so anyone who reaches the host can try to log in"
                                + " or read data; bind it to 127.0.0.1 (`127.0.0.1:" + published + ":"
                                + port.target() + "`), or drop `ports:` and connect over the project network")
                        .profiles(service.profiles())
                        .report();
            }
        });
    }
}
