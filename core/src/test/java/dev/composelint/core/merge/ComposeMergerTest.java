package dev.composelint.core.merge;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.composelint.core.merge.Trees.expected;
import static dev.composelint.core.merge.Trees.render;
import static org.assertj.core.api.Assertions.assertThat;

/** Whole-document merges: each case merges an override file onto a base file and compares the exact tree. */
class ComposeMergerTest {

    /** A document with one service {@code web} whose body is {@code body}. */
    private static String web(String body) {
        return "{services: {web: " + body + "}}";
    }

    private static Arguments merge(String name, String base, String override, String expected) {
        return Arguments.of(name, base, override, expected);
    }

    private static Arguments service(String name, String base, String override, String expected) {
        return merge(name, web(base), web(override), web(expected));
    }

    static Stream<Arguments> defaultRules() {
        return Stream.of(
                service("scalar replaced", "{image: a, restart: always}", "{image: b}",
                        "{image: b, restart: always}"),
                service("new key appended", "{image: a}", "{user: root}", "{image: a, user: root}"),
                merge("new service appended", web("{image: a}"), "{services: {db: {image: pg}}}",
                        "{services: {web: {image: a}, db: {image: pg}}}"),
                service("mappings merge recursively", "{deploy: {resources: {limits: {cpus: \"1\"}}}}",
                        "{deploy: {resources: {limits: {memory: 1g}}, replicas: 2}}",
                        "{deploy: {resources: {limits: {cpus: \"1\", memory: 1g}}, replicas: 2}}"),
                service("sequence without indexer appended with duplicates", "{security_opt: [a]}",
                        "{security_opt: [b, a]}", "{security_opt: [a, b, a]}"),
                service("external_links appended with duplicates", "{external_links: [x]}",
                        "{external_links: [x]}", "{external_links: [x, x]}"),
                service("volumes_from appended with duplicates", "{volumes_from: [db]}",
                        "{volumes_from: [db]}", "{volumes_from: [db, db]}"),
                service("null never erases", "{image: a, deploy: {replicas: 2}}", "{image: null, deploy: null}",
                        "{image: a, deploy: {replicas: 2}}"),
                service("null base takes the later value", "{deploy: null}", "{deploy: {replicas: 2}}",
                        "{deploy: {replicas: 2}}"),
                service("sequence replaced by scalar", "{sysctls_x: [a]}", "{sysctls_x: b}", "{sysctls_x: b}"),
                merge("top-level name replaced and volumes merged",
                        "{name: one, volumes: {data: {driver: local}}}",
                        "{name: two, volumes: {data: {driver_opts: {type: nfs}}, logs: {}}}",
                        "{name: two, volumes: {data: {driver: local, driver_opts: {type: nfs}}, logs: {}}}"),
                merge("top-level secrets merged per key", "{secrets: {a: {file: ./a}}}",
                        "{secrets: {a: {file: ./b}, c: {environment: C}}}",
                        "{secrets: {a: {file: ./b}, c: {environment: C}}}"),
                merge("empty base takes the file", "{}", web("{image: a}"), web("{image: a}")));
    }

    static Stream<Arguments> replacedWholesale() {
        return Stream.of(
                service("command list replaced", "{command: [echo, foo]}", "{command: [echo, bar]}",
                        "{command: [echo, bar]}"),
                service("command string replaced by list", "{command: \"echo foo\"}", "{command: [sh]}",
                        "{command: [sh]}"),
                service("command null replaces", "{command: [sh]}", "{command: null}", "{command: null}"),
                service("entrypoint replaced", "{entrypoint: [a, b]}", "{entrypoint: [c]}", "{entrypoint: [c]}"),
                service("healthcheck test replaced, rest merged",
                        "{healthcheck: {test: [CMD, a], interval: 10s}}",
                        "{healthcheck: {test: [CMD-SHELL, b], retries: 3}}",
                        "{healthcheck: {test: [CMD-SHELL, b], interval: 10s, retries: 3}}"),
                service("ulimits entry replaced, others kept", "{ulimits: {nofile: {soft: 1, hard: 2}, nproc: 10}}",
                        "{ulimits: {nofile: {soft: 3}}}", "{ulimits: {nofile: {soft: 3}, nproc: 10}}"),
                service("ulimits int replaced by mapping", "{ulimits: {nproc: 10}}",
                        "{ulimits: {nproc: {soft: 5, hard: 6}}}", "{ulimits: {nproc: {soft: 5, hard: 6}}}"));
    }

    static Stream<Arguments> keyValueFamily() {
        return Stream.of(
                service("environment map + map becomes sorted list, later wins", "{environment: {B: 2, A: 1}}",
                        "{environment: {C: 4, B: 3}}", "{environment: [A=1, B=3, C=4]}"),
                service("environment list + list de-duplicated at first position",
                        "{environment: [FOO=1, BAR=2]}", "{environment: [FOO=3]}", "{environment: [FOO=3, BAR=2]}"),
                service("environment list + map", "{environment: [Z=1]}", "{environment: {A: x}}",
                        "{environment: [Z=1, A=x]}"),
                service("environment values in Go text, null as key alone",
                        "{environment: {B: null, A: 1, C: true}}", "{environment: {D: 1.5}}",
                        "{environment: [A=1, B, C=true, D=1.5]}"),
                service("environment later key alone wins", "{environment: [FOO=bar]}", "{environment: [FOO]}",
                        "{environment: [FOO]}"),
                service("environment null later converts earlier", "{environment: {B: 2, A: 1}}",
                        "{environment: null}", "{environment: [A=1, B=2]}"),
                service("environment only in base keeps map form", "{environment: {B: 2, A: 1}}",
                        "{image: x}", "{environment: {B: 2, A: 1}, image: x}"),
                service("environment only in override keeps map form", "{image: x}",
                        "{environment: {B: 2}}", "{image: x, environment: {B: 2}}"),
                service("labels de-duplicated", "{labels: {com.example.a: x}}",
                        "{labels: [com.example.a=y, com.example.b=z]}", "{labels: [com.example.a=y, com.example.b=z]}"),
                service("annotations de-duplicated", "{annotations: {a: \"1\"}}", "{annotations: {a: \"2\"}}",
                        "{annotations: [a=2]}"),
                service("sysctls map + list", "{sysctls: {net.core.somaxconn: 1024}}",
                        "{sysctls: [net.core.somaxconn=2048]}", "{sysctls: [net.core.somaxconn=2048]}"),
                service("build.args merged", "{build: {context: ., args: {A: 1}}}",
                        "{build: {args: {B: 3, A: 2}}}", "{build: {context: ., args: [A=2, B=3]}}"),
                service("build.labels merged", "{build: {labels: [a=1]}}", "{build: {labels: {a: 2}}}",
                        "{build: {labels: [a=2]}}"),
                service("build.additional_contexts merged", "{build: {additional_contexts: {a: ./x}}}",
                        "{build: {additional_contexts: {b: ./y}}}", "{build: {additional_contexts: [a=./x, b=./y]}}"),
                service("deploy.labels merged", "{deploy: {labels: {a: x}}}", "{deploy: {labels: {a: y}}}",
                        "{deploy: {labels: [a=y]}}"),
                merge("top-level network labels de-duplicated", "{networks: {n: {labels: {a: 1}}}}",
                        "{networks: {n: {labels: {a: 2}}}}", "{networks: {n: {labels: [a=2]}}}"),
                merge("top-level volume labels appended without de-duplication", "{volumes: {v: {labels: {a: 1}}}}",
                        "{volumes: {v: {labels: {a: 2}}}}", "{volumes: {v: {labels: [a=1, a=2]}}}"),
                service("dns strings become a list", "{dns: 8.8.8.8}", "{dns: 1.1.1.1}",
                        "{dns: [8.8.8.8, 1.1.1.1]}"),
                service("dns de-duplicated", "{dns: [8.8.8.8]}", "{dns: 8.8.8.8}", "{dns: [8.8.8.8]}"),
                service("dns_opt appended and de-duplicated", "{dns_opt: [use-vc, ndots=1]}",
                        "{dns_opt: [ndots=5]}", "{dns_opt: [use-vc, ndots=5]}"),
                service("dns_search string + list", "{dns_search: a.com}", "{dns_search: [b.com, a.com]}",
                        "{dns_search: [a.com, b.com]}"),
                service("env_file string + list de-duplicated by path", "{env_file: a.env}",
                        "{env_file: [b.env, a.env]}", "{env_file: [a.env, b.env]}"),
                service("env_file long form keyed by path", "{env_file: [{path: a.env, required: false}, c.env]}",
                        "{env_file: a.env}", "{env_file: [a.env, c.env]}"),
                service("label_file appended without de-duplication", "{label_file: a.labels}",
                        "{label_file: a.labels}", "{label_file: [a.labels, a.labels]}"),
                service("tmpfs string + list de-duplicated", "{tmpfs: /run}", "{tmpfs: [/tmp, /run]}",
                        "{tmpfs: [/run, /tmp]}"),
                service("extra_hosts appended, exact duplicates of earlier dropped",
                        "{extra_hosts: [\"a:1.1.1.1\", \"b:2.2.2.2\"]}",
                        "{extra_hosts: [\"b:2.2.2.2\", \"c:3.3.3.3\", \"b:2.2.2.3\"]}",
                        "{extra_hosts: [\"a:1.1.1.1\", \"b:2.2.2.2\", \"c:3.3.3.3\", \"b:2.2.2.3\"]}"),
                service("extra_hosts map becomes host=ip", "{extra_hosts: {a: 1.1.1.1}}",
                        "{extra_hosts: [a=1.1.1.1, \"a:1.1.1.1\"]}", "{extra_hosts: [a=1.1.1.1, \"a:1.1.1.1\"]}"),
                service("extra_hosts repeats inside the later file kept", "{extra_hosts: [x=1]}",
                        "{extra_hosts: [y=2, y=2]}", "{extra_hosts: [x=1, y=2, y=2]}"),
                service("build.extra_hosts appended without duplicates", "{build: {extra_hosts: [h=1]}}",
                        "{build: {extra_hosts: [h=1, g=2]}}", "{build: {extra_hosts: [h=1, g=2]}}"));
    }

    static Stream<Arguments> convertedToMappings() {
        return Stream.of(
                service("networks list + list", "{networks: [front]}", "{networks: [back]}",
                        "{networks: {front: null, back: null}}"),
                service("networks list + map", "{networks: [front]}", "{networks: {front: {aliases: [web]}}}",
                        "{networks: {front: {aliases: [web]}}}"),
                service("networks map + list", "{networks: {front: {ipv4_address: 10.0.0.2}}}",
                        "{networks: [back]}", "{networks: {front: {ipv4_address: 10.0.0.2}, back: null}}"),
                service("networks null later converts earlier", "{networks: [front]}", "{networks: null}",
                        "{networks: {front: null}}"),
                service("network aliases appended and de-duplicated", "{networks: {front: {aliases: [a, b]}}}",
                        "{networks: {front: {aliases: [b, c]}}}", "{networks: {front: {aliases: [a, b, c]}}}"),
                service("network link_local_ips de-duplicated", "{networks: {n: {link_local_ips: [169.254.0.1]}}}",
                        "{networks: {n: {link_local_ips: [169.254.0.1]}}}",
                        "{networks: {n: {link_local_ips: [169.254.0.1]}}}"),
                service("depends_on list + list", "{depends_on: [db]}", "{depends_on: [cache]}",
                        "{depends_on: {db: {condition: service_started, required: true},"
                                + " cache: {condition: service_started, required: true}}}"),
                service("depends_on list + map", "{depends_on: [db]}", "{depends_on: {db: {condition: service_healthy}}}",
                        "{depends_on: {db: {condition: service_healthy, required: true}}}"),
                service("depends_on map + map", "{depends_on: {db: {condition: service_healthy, restart: true}}}",
                        "{depends_on: {db: {required: false}}}",
                        "{depends_on: {db: {condition: service_healthy, restart: true, required: false}}}"),
                service("depends_on null later converts earlier", "{depends_on: [db]}", "{depends_on: null}",
                        "{depends_on: {db: {condition: service_started, required: true}}}"),
                service("models list + list", "{models: [llm]}", "{models: [embed]}",
                        "{models: {llm: null, embed: null}}"),
                service("build string + string", "{build: ./a}", "{build: ./b}", "{build: {context: ./b}}"),
                service("build string + map", "{build: ./a}", "{build: {dockerfile: Dockerfile.dev}}",
                        "{build: {context: ./a, dockerfile: Dockerfile.dev}}"),
                service("build map + string", "{build: {context: ., target: dev}}", "{build: ./b}",
                        "{build: {context: ./b, target: dev}}"),
                service("build tags de-duplicated", "{build: {tags: [\"a:1\", b]}}", "{build: {tags: [\"a:1\"]}}",
                        "{build: {tags: [\"a:1\", b]}}"));
    }

    static Stream<Arguments> loggingAndIpam() {
        return Stream.of(
                service("logging same driver merges options",
                        "{logging: {driver: json-file, options: {max-size: 10m}}}",
                        "{logging: {driver: json-file, options: {max-file: \"3\"}}}",
                        "{logging: {driver: json-file, options: {max-size: 10m, max-file: \"3\"}}}"),
                service("logging different driver replaces",
                        "{logging: {driver: json-file, options: {max-size: 10m}}}",
                        "{logging: {driver: syslog, options: {tag: x}}}",
                        "{logging: {driver: syslog, options: {tag: x}}}"),
                service("logging earlier without driver merges", "{logging: {options: {a: 1}}}",
                        "{logging: {driver: syslog, options: {b: 2}}}",
                        "{logging: {options: {a: 1, b: 2}, driver: syslog}}"),
                service("logging later without driver merges", "{logging: {driver: syslog, options: {a: 1}}}",
                        "{logging: {options: {b: 2}}}", "{logging: {driver: syslog, options: {a: 1, b: 2}}}"),
                merge("ipam pools with the same subnet merge",
                        "{networks: {n: {ipam: {config: [{subnet: 10.0.0.0/24, gateway: 10.0.0.1}]}}}}",
                        "{networks: {n: {ipam: {config: [{subnet: 10.0.0.0/24, ip_range: 10.0.0.0/25}]}}}}",
                        "{networks: {n: {ipam: {config: [{subnet: 10.0.0.0/24, gateway: 10.0.0.1,"
                                + " ip_range: 10.0.0.0/25}]}}}}"),
                merge("ipam keeps the later pools only, in their order",
                        "{networks: {n: {ipam: {config: [{subnet: 10.0.1.0/24, gateway: 10.0.1.1},"
                                + " {subnet: 10.0.2.0/24}]}}}}",
                        "{networks: {n: {ipam: {config: [{subnet: 10.0.3.0/24}, {subnet: 10.0.1.0/24,"
                                + " aux_addresses: {a: 10.0.1.5}}]}}}}",
                        "{networks: {n: {ipam: {config: [{subnet: 10.0.3.0/24}, {subnet: 10.0.1.0/24,"
                                + " gateway: 10.0.1.1, aux_addresses: {a: 10.0.1.5}}]}}}}"),
                merge("ipam empty earlier list keeps the later pools", "{networks: {n: {ipam: {config: []}}}}",
                        "{networks: {n: {ipam: {config: [{subnet: 10.0.0.0/24}]}}}}",
                        "{networks: {n: {ipam: {config: [{subnet: 10.0.0.0/24}]}}}}"),
                merge("ipam driver replaced, options list de-duplicated",
                        "{networks: {n: {ipam: {driver: default, options: [a=1, b=2]}}}}",
                        "{networks: {n: {ipam: {driver: other, options: [a=3]}}}}",
                        "{networks: {n: {ipam: {driver: other, options: [a=3, b=2]}}}}"));
    }

    static Stream<Arguments> unicity() {
        return Stream.of(
                service("ports with different published ports are two", "{ports: [\"8080:80\"]}",
                        "{ports: [\"9090:80\"]}", "{ports: [\"8080:80\", \"9090:80\"]}"),
                service("same short port is one", "{ports: [\"8080:80\", \"443:443\"]}", "{ports: [\"8080:80\"]}",
                        "{ports: [\"8080:80\", \"443:443\"]}"),
                service("int and string port with the same text are one", "{ports: [80, \"81\"]}",
                        "{ports: [\"80\"]}", "{ports: [\"80\", \"81\"]}"),
                service("long ports with the same key: later at the earlier position",
                        "{ports: [{target: 80, published: 8080}, \"443:443\"]}",
                        "{ports: [{target: 80, published: \"8080\", host_ip: 0.0.0.0, protocol: tcp, mode: host}]}",
                        "{ports: [{target: 80, published: \"8080\", host_ip: 0.0.0.0, protocol: tcp, mode: host},"
                                + " \"443:443\"]}"),
                service("long ports with different protocols are two", "{ports: [{target: 53, published: 53}]}",
                        "{ports: [{target: 53, published: 53, protocol: udp}]}",
                        "{ports: [{target: 53, published: 53}, {target: 53, published: 53, protocol: udp}]}"),
                service("short and long form of one port are two", "{ports: [\"8080:80\"]}",
                        "{ports: [{target: 80, published: 8080}]}",
                        "{ports: [\"8080:80\", {target: 80, published: 8080}]}"),
                service("volumes keyed by target", "{volumes: [\"./a:/data\", \"logs:/logs\"]}",
                        "{volumes: [\"./b:/data:ro\"]}", "{volumes: [\"./b:/data:ro\", \"logs:/logs\"]}"),
                service("short and long volume with one target are one", "{volumes: [\"data:/var/lib\"]}",
                        "{volumes: [{type: volume, source: other, target: /var/lib}]}",
                        "{volumes: [{type: volume, source: other, target: /var/lib}]}"),
                service("anonymous and named volume on one target are one", "{volumes: [/data]}",
                        "{volumes: [\"db:/data\"]}", "{volumes: [\"db:/data\"]}"),
                service("colon inside ${} is not a separator", "{volumes: [\"${SRC:-./a}:/data\"]}",
                        "{volumes: [\"./b:/data\"]}", "{volumes: [\"./b:/data\"]}"),
                service("windows drive letter is not a separator", "{volumes: [\"C:/src:/data\"]}",
                        "{volumes: [\"./x:/data\"]}", "{volumes: [\"./x:/data\"]}"),
                service("volume targets are not cleaned at merge time", "{volumes: [\"./a:/data\"]}",
                        "{volumes: [\"./a:/data/\"]}", "{volumes: [\"./a:/data\", \"./a:/data/\"]}"),
                service("secret short form equals its default target", "{secrets: [db_pass]}",
                        "{secrets: [{source: db_pass, target: /run/secrets/db_pass, mode: 256}]}",
                        "{secrets: [{source: db_pass, target: /run/secrets/db_pass, mode: 256}]}"),
                service("secret on another target is another entry", "{secrets: [a]}",
                        "{secrets: [{source: a, target: /etc/a}]}", "{secrets: [a, {source: a, target: /etc/a}]}"),
                service("config short form equals target /<source>", "{configs: [cfg]}",
                        "{configs: [{source: cfg, target: /cfg}]}", "{configs: [{source: cfg, target: /cfg}]}"),
                service("config long form without target keyed by source", "{configs: [{source: x, mode: 288}]}",
                        "{configs: [x]}", "{configs: [x]}"),
                service("devices keyed by container path", "{devices: [\"/dev/sda:/dev/xvda:rwm\", /dev/fuse]}",
                        "{devices: [\"/dev/sdb:/dev/xvda\", /dev/fuse]}",
                        "{devices: [\"/dev/sdb:/dev/xvda\", /dev/fuse]}"),
                service("expose keyed by text", "{expose: [3000, \"8080-8085/tcp\"]}", "{expose: [\"3000\"]}",
                        "{expose: [\"3000\", \"8080-8085/tcp\"]}"),
                service("cap_add and cap_drop de-duplicated", "{cap_add: [NET_ADMIN], cap_drop: [ALL]}",
                        "{cap_add: [NET_ADMIN, SYS_TIME], cap_drop: [ALL]}",
                        "{cap_add: [NET_ADMIN, SYS_TIME], cap_drop: [ALL]}"),
                service("links keyed by whole text", "{links: [db]}", "{links: [\"db:database\", db]}",
                        "{links: [db, \"db:database\"]}"),
                service("profiles de-duplicated", "{profiles: [dev, test]}", "{profiles: [dev]}",
                        "{profiles: [dev, test]}"),
                merge("unicity applies to a single file", "{}", web("{ports: [80, 80], cap_add: [A, A]}"),
                        web("{ports: [80], cap_add: [A]}")),
                merge("dotted service name escapes the per-service rules, as in Compose",
                        "{services: {web.v2: {command: [a], ports: [80]}}}",
                        "{services: {web.v2: {command: [b], ports: [80]}}}",
                        "{services: {web.v2: {command: [a, b], ports: [80, 80]}}}"));
    }

    static Stream<Arguments> tags() {
        return Stream.of(
                merge("reset removes a whole service",
                        "{services: {web: {image: a}, db: {image: pg}}}", "{services: {web: !reset {}}}",
                        "{services: {db: {image: pg}}}"),
                service("reset empties ports", "{image: a, ports: [\"80:80\"]}", "{ports: !reset []}",
                        "{image: a}"),
                service("reset one environment key of a mapping",
                        "{environment: {FOO: \"1\", BAR: \"2\"}}", "{environment: {FOO: !reset null, BAZ: \"3\"}}",
                        "{environment: [BAR=2, BAZ=3]}"),
                service("reset of a mapping key does not reach list-form entries", "{environment: [FOO=1]}",
                        "{environment: {FOO: !reset null}}", "{environment: [FOO=1]}"),
                service("reset of a depends_on key does not reach the list form", "{depends_on: [db]}",
                        "{depends_on: {db: !reset}}",
                        "{depends_on: {db: {condition: service_started, required: true}}}"),
                service("reset nested mapping key", "{deploy: {replicas: 2, resources: {limits: {cpus: \"1\"}}}}",
                        "{deploy: {resources: !reset {}}}", "{deploy: {replicas: 2}}"),
                service("reset of an absent key is dropped", "{image: a}", "{ports: !reset [\"80:80\"]}",
                        "{image: a}"),
                merge("reset of a top-level volume", "{volumes: {data: {}, logs: {}}}", "{volumes: {data: !reset}}",
                        "{volumes: {logs: {}}}"),
                merge("reset in the first file removes the key", "{}",
                        web("{image: a, ports: !reset [\"80:80\"], environment: {A: !reset x, B: y}}"),
                        web("{image: a, environment: {B: y}}")),
                service("reset on a sequence item only loses its tag", "{cap_add: [A]}", "{cap_add: [!reset B]}",
                        "{cap_add: [A, B]}"),
                service("override replaces ports", "{ports: [\"8080:80\", \"443:443\"]}",
                        "{ports: !override [\"9090:80\"]}", "{ports: [\"9090:80\"]}"),
                merge("override replaces a whole service (appended after the others)",
                        "{services: {web: {image: a, ports: [\"80:80\"]}, db: {image: pg}}}",
                        "{services: {web: !override {image: b}}}",
                        "{services: {db: {image: pg}, web: {image: b}}}"),
                service("override keeps the map form", "{environment: {A: \"1\"}}",
                        "{environment: !override {B: \"2\"}}", "{environment: {B: \"2\"}}"),
                service("override of a scalar", "{image: a, user: root}", "{image: !override b}",
                        "{user: root, image: b}"),
                service("tags inside an override value are cleared, not applied", "{image: a}",
                        "{deploy: !override {replicas: !reset 2}}", "{image: a, deploy: {replicas: 2}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"defaultRules", "replacedWholesale", "keyValueFamily", "convertedToMappings", "loggingAndIpam",
            "unicity", "tags"})
    void mergesLikeCompose(String name, String base, String override, String expected) {
        assertThat(render(ComposeMerger.merge(Trees.base(base), Trees.override(override))))
                .isEqualTo(expected(expected));
    }
}
