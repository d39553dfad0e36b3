package dev.composelint.core.load;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.model.Build;
import dev.composelint.core.model.ComposeFile;
import dev.composelint.core.model.Dependency;
import dev.composelint.core.model.EnvFileRef;
import dev.composelint.core.model.EnvVar;
import dev.composelint.core.model.Healthcheck;
import dev.composelint.core.model.ExposedPort;
import dev.composelint.core.model.ExtraHost;
import dev.composelint.core.model.ImageRef;
import dev.composelint.core.model.Located;
import dev.composelint.core.model.Mount;
import dev.composelint.core.model.MountType;
import dev.composelint.core.model.NameOrigin;
import dev.composelint.core.model.Network;
import dev.composelint.core.model.NetworkAttachment;
import dev.composelint.core.model.PortMapping;
import dev.composelint.core.model.PortRange;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Resource;
import dev.composelint.core.model.ResourceRef;
import dev.composelint.core.model.Service;
import dev.composelint.core.model.Volume;
import dev.composelint.core.syntax.YTrees;
import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YSeq;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.composelint.core.syntax.YTrees.l;
import static dev.composelint.core.syntax.YTrees.m;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ModelBuilderTest {

    private static final Path DIR = Path.of("/project");

    private final YTrees trees = new YTrees();

    private static ModelBuilder.Context context(Set<String> profiles, Map<String, String> env) {
        return new ModelBuilder.Context("p", NameOrigin.DIRECTORY, DIR,
                List.of(new ComposeFile(YTrees.FILE, null, null)), env, profiles,
                Map.of("UNSET", Source.of(YTrees.FILE, 9, 9)));
    }

    private ModelBuilder.Result build(YMap document) {
        return ModelBuilder.build(document, context(Set.of(), Map.of("HOME", "/home/me", "FROM_ENV", "shell")));
    }

    private Project project(Object document) {
        ModelBuilder.Result result = build(trees.map(document));
        assertThat(result.diagnostics()).isEmpty();
        return result.project();
    }

    private Service service(Object definition) {
        return project(m("services", m("web", definition))).services().get("web");
    }

    // ---- project and order

    @Test
    void projectCarriesTheContext() {
        Project project = project(m("services", m("web", m("image", "nginx"))));
        assertThat(project.name()).isEqualTo("p");
        assertThat(project.nameOrigin()).isEqualTo(NameOrigin.DIRECTORY);
        assertThat(project.directory()).isEqualTo(DIR);
        assertThat(project.files()).extracting(ComposeFile::path).containsExactly(YTrees.FILE);
        assertThat(project.environment()).containsEntry("FROM_ENV", "shell");
        assertThat(project.unsetVariables()).containsOnlyKeys("UNSET");
    }

    @Test
    void servicesNetworksAndVolumesKeepDocumentOrder() {
        Project project = project(m(
                "services", m("zeta", m("image", "a"), "alpha", m("image", "b"), "mid", m("image", "c")),
                "networks", m("z", null, "a", null),
                "volumes", m("v2", null, "v1", null)));
        assertThat(project.services().keySet()).containsExactly("zeta", "alpha", "mid");
        assertThat(project.networks().keySet()).containsExactly("z", "a", "default");
        assertThat(project.volumes().keySet()).containsExactly("v2", "v1");
    }

    @Test
    void imageIsLocatedAtKeyAndValue() {
        YMap document = trees.map(m("services", m("web", m("image", "nginx:1.25"))));
        YEntry imageEntry = document.map("services").map("web").entry("image");
        Service web = build(document).project().services().get("web");
        assertThat(web.image()).isEqualTo(new Located<>("nginx:1.25", imageEntry.keySource(),
                imageEntry.value().source()));
        assertThat(web.source()).isEqualTo(document.map("services").entry("web").keySource());
        assertThat(web.imageRef()).isEqualTo(new ImageRef("nginx:1.25", "docker.io", "library/nginx", "1.25", null));
    }

    // ---- networks

    @Test
    void serviceWithoutNetworksGetsTheImplicitDefaultNetwork() {
        Project project = project(m("services", m("web", m("image", "nginx"))));
        Service web = project.services().get("web");
        assertThat(web.networks()).containsOnlyKeys("default");
        assertThat(web.networks().get("default")).isEqualTo(
                new NetworkAttachment("default", List.of(), null, null, web.source()));
        assertThat(project.networks().get("default")).isEqualTo(
                new Network("default", "p_default", false, false, null, true, web.source(), null));
    }

    @Test
    void emptyNetworksAlsoMeansDefault() {
        assertThat(service(m("image", "x", "networks", l())).networks()).containsOnlyKeys("default");
    }

    @Test
    void networkModeMeansNoDefaultNetwork() {
        Project project = project(m("services", m("web", m("image", "x", "network_mode", "host"))));
        assertThat(project.services().get("web").networks()).isEmpty();
        assertThat(project.services().get("web").networkMode().value()).isEqualTo("host");
        assertThat(project.networks()).isEmpty();
    }

    @Test
    void declaredDefaultNetworkIsNotImplicit() {
        Project project = project(m("services", m("web", m("image", "x")),
                "networks", m("default", m("name", "shared"))));
        assertThat(project.networks().get("default").name()).isEqualTo("shared");
        assertThat(project.networks().get("default").implicit()).isFalse();
        assertThat(project.networks().get("default").nameExplicit()).isTrue();
    }

    @Test
    void serviceNetworksAsListAndMap() {
        Project project = project(m("services", m(
                "a", m("image", "x", "networks", l("front", "back")),
                "b", m("image", "x", "networks", m("front", null, "back", m("aliases", l("db", "database"),
                        "ipv4_address", "172.16.0.5", "ipv6_address", "2001:db8::5"))))));
        assertThat(project.services().get("a").networks()).containsOnlyKeys("front", "back");
        NetworkAttachment back = project.services().get("b").networks().get("back");
        assertThat(back.aliases()).containsExactly("db", "database");
        assertThat(back.ipv4Address()).isEqualTo("172.16.0.5");
        assertThat(back.ipv6Address()).isEqualTo("2001:db8::5");
        assertThat(project.services().get("b").networks().get("front").aliases()).isEmpty();
        assertThat(project.networks()).doesNotContainKey("default");
    }

    @Test
    void topLevelNetworkNames() {
        Project project = project(m("networks", m(
                "ext", m("external", true),
                "named", m("name", "CustomName"),
                "mynet", m(),
                "bare", null,
                "extstr", m("external", "true"),
                "extnamed", m("external", true, "name", "other_net"),
                "withdriver", m("driver", "overlay"))));
        assertThat(project.networks().values()).extracting(Network::key, Network::name, Network::external,
                Network::nameExplicit).containsExactly(
                tuple("ext", "ext", true, false),
                tuple("named", "CustomName", false, true),
                tuple("mynet", "p_mynet", false, false),
                tuple("bare", "p_bare", false, false),
                tuple("extstr", "extstr", true, false),
                tuple("extnamed", "other_net", true, true),
                tuple("withdriver", "p_withdriver", false, false));
        assertThat(project.networks().get("withdriver").driver()).isEqualTo("overlay");
    }

    @Test
    void networkSourcesPointAtKeyAndName() {
        YMap document = trees.map(m("networks", m("named", m("name", "CustomName"))));
        YEntry entry = document.map("networks").entry("named");
        Network network = build(document).project().networks().get("named");
        assertThat(network.source()).isEqualTo(entry.keySource());
        assertThat(network.nameSource()).isEqualTo(((YMap) entry.value()).get("name").source());
    }

    @Test
    void legacyExternalNameIsExternalWithAWarning() {
        YMap document = trees.map(m("networks", m("foo", m("external", m("name", "shared_net")))));
        YEntry external = document.map("networks").map("foo").entry("external");
        ModelBuilder.Result result = build(document);
        Network foo = result.project().networks().get("foo");
        assertThat(foo.external()).isTrue();
        assertThat(foo.name()).isEqualTo("shared_net");
        assertThat(foo.nameExplicit()).isTrue();
        assertThat(result.diagnostics()).containsExactly(new Finding(Diagnostics.COMPOSE, Severity.WARNING,
                "networks.foo: external.name is deprecated. Please set name and external: true",
                external.keySource()));
    }

    @Test
    void legacyExternalNameConflictingWithName() {
        ModelBuilder.Result result = build(trees.map(m("volumes", m("foo",
                m("name", "a", "external", m("name", "b"))))));
        assertThat(result.project().volumes().get("foo").name()).isEqualTo("a");
        assertThat(result.diagnostics()).extracting(Finding::severity, Finding::message).containsExactly(
                tuple(Severity.WARNING,
                        "volumes.foo: external.name is deprecated. Please set name and external: true"),
                tuple(Severity.ERROR,
                        "volumes.foo: name and external.name conflict; only use name"));
    }

    @Test
    void topLevelVolumeNames() {
        Project project = project(m("volumes", m(
                "data", null,
                "ext", m("external", true),
                "named", m("name", "pinned", "driver", "local"))));
        assertThat(project.volumes().get("data")).isEqualTo(new Volume("data", "p_data", false, false, null,
                project.volumes().get("data").source()));
        assertThat(project.volumes().get("ext").name()).isEqualTo("ext");
        assertThat(project.volumes().get("named").name()).isEqualTo("pinned");
        assertThat(project.volumes().get("named").driver()).isEqualTo("local");
    }

    @Test
    void configsAndSecretsAreResources() {
        Project project = project(m(
                "configs", m("app", m("file", "./conf/app.yml"), "ext", m("external", true)),
                "secrets", m("token", m("environment", "TOKEN"), "key", m("file", "/etc/key", "name", "k"))));
        Resource app = project.configs().get("app");
        assertThat(app.file()).isEqualTo(Path.of("/project/conf/app.yml"));
        assertThat(app.name()).isEqualTo("p_app");
        assertThat(project.configs().get("ext").name()).isEqualTo("ext");
        assertThat(project.configs().get("ext").external()).isTrue();
        assertThat(project.secrets().get("token").environment()).isEqualTo("TOKEN");
        assertThat(project.secrets().get("token").file()).isNull();
        assertThat(project.secrets().get("key").file()).isEqualTo(Path.of("/etc/key"));
        assertThat(project.secrets().get("key").name()).isEqualTo("k");
    }

    // ---- dependencies

    @Test
    void dependsOnList() {
        Service web = service(m("image", "x", "depends_on", l("db", "cache")));
        assertThat(web.dependsOn().values()).extracting(Dependency::service, Dependency::condition,
                Dependency::required, Dependency::restart, Dependency::kind).containsExactlyInAnyOrder(
                tuple("db", "service_started", true, false,
                        Dependency.Kind.DEPENDS_ON),
                tuple("cache", "service_started", true, false,
                        Dependency.Kind.DEPENDS_ON));
    }

    @Test
    void dependsOnMap() {
        YMap document = trees.map(m("services", m("web", m("image", "x", "depends_on", m(
                "db", m("condition", "service_healthy", "restart", true),
                "init", m("condition", "service_completed_successfully", "required", false),
                "cache", m("condition", "service_started", "required", "false"))))));
        YEntry dbEntry = document.map("services").map("web").map("depends_on").entry("db");
        Service web = build(document).project().services().get("web");
        assertThat(web.dependsOn().get("db")).isEqualTo(new Dependency("db", "service_healthy", true, true,
                Dependency.Kind.DEPENDS_ON, dbEntry.keySource()));
        assertThat(web.dependsOn().get("init").condition()).isEqualTo("service_completed_successfully");
        assertThat(web.dependsOn().get("init").required()).isFalse();
        assertThat(web.dependsOn().get("cache").required()).isFalse();
    }

    @Test
    void implicitDependencies() {
        Service web = service(m("image", "x",
                "links", l("db:database", "cache"),
                "volumes_from", l("data:ro", "container:other", "logs"),
                "network_mode", "service:vpn",
                "pid", "service:monitor"));
        assertThat(web.dependsOn().values()).extracting(Dependency::service, Dependency::restart,
                Dependency::kind).containsExactlyInAnyOrder(
                tuple("db", true, Dependency.Kind.LINKS),
                tuple("cache", true, Dependency.Kind.LINKS),
                tuple("data", false, Dependency.Kind.VOLUMES_FROM),
                tuple("logs", false, Dependency.Kind.VOLUMES_FROM),
                tuple("vpn", true, Dependency.Kind.NETWORK_MODE),
                tuple("monitor", true, Dependency.Kind.NETWORK_MODE));
        assertThat(web.dependsOn().values()).allMatch(d -> d.required() && d.condition().equals("service_started"));
        assertThat(web.networks()).isEmpty();
    }

    @Test
    void explicitDependsOnWinsOverImplicit() {
        Service web = service(m("image", "x", "depends_on", m("db", m("condition", "service_healthy")),
                "links", l("db"), "volumes_from", l("db")));
        assertThat(web.dependsOn()).hasSize(1);
        assertThat(web.dependsOn().get("db").kind()).isEqualTo(Dependency.Kind.DEPENDS_ON);
        assertThat(web.dependsOn().get("db").condition()).isEqualTo("service_healthy");
    }

    // ---- environment

    @Test
    void environmentMap() {
        YMap document = trees.map(m("services", m("web", m("image", "x", "environment", m(
                "PLAIN", "v",
                "PORT", 8080,
                "DEBUG", true,
                "RATIO", 1.5,
                "BIG", 1.0e8,
                "FROM_ENV", null,
                "MISSING", null,
                "PASSWORD", new YTrees.Raw("admin", "${DB_PASSWORD:-admin}"))))));
        YEntry plain = document.map("services").map("web").map("environment").entry("PLAIN");
        Map<String, EnvVar> env = build(document).project().services().get("web").environment();
        assertThat(env.keySet()).containsExactly("PLAIN", "PORT", "DEBUG", "RATIO", "BIG", "FROM_ENV", "MISSING",
                "PASSWORD");
        assertThat(env.get("PLAIN")).isEqualTo(new EnvVar("PLAIN", "v", "v", plain.keySource(),
                plain.value().source()));
        assertThat(env.values()).extracting(EnvVar::value).containsExactly("v", "8080", "true", "1.5", "1e+08",
                "shell", null, "admin");
        assertThat(env.get("PASSWORD").rawValue()).isEqualTo("${DB_PASSWORD:-admin}");
        assertThat(env.get("FROM_ENV").rawValue()).isNull();
    }

    @Test
    void environmentList() {
        Service web = service(m("image", "x", "environment", l("A=1", "FROM_ENV", "MISSING", "EMPTY=",
                "EQ=x=y", new YTrees.Raw("PW=secret", "PW=${PW:-secret}"))));
        assertThat(web.environment().values()).extracting(EnvVar::name, EnvVar::value, EnvVar::rawValue)
                .containsExactly(
                        tuple("A", "1", "1"),
                        tuple("FROM_ENV", "shell", null),
                        tuple("MISSING", null, null),
                        tuple("EMPTY", "", ""),
                        tuple("EQ", "x=y", "x=y"),
                        tuple("PW", "secret", "${PW:-secret}"));
        assertThat(web.env("A")).isEqualTo("1");
    }

    @Test
    void environmentKeyWithTrailingSpaceIsAnError() {
        YMap document = trees.map(m("services", m("web", m("image", "x", "environment", l("KEY =v", "OK=1")))));
        YSeq list = document.map("services").map("web").seq("environment");
        ModelBuilder.Result result = build(document);
        assertThat(result.diagnostics()).containsExactly(new Finding(Diagnostics.COMPOSE, Severity.ERROR,
                "environment variable KEY  is declared with a trailing space", list.get(0).source()));
        assertThat(result.project().services().get("web").environment()).containsOnlyKeys("OK");
    }

    @Test
    void envFiles() {
        Service web = service(m("image", "x", "env_file", l("./.env", "~/common.env",
                m("path", "opt.env", "required", false))));
        assertThat(web.envFiles()).extracting(EnvFileRef::path, EnvFileRef::rawPath, EnvFileRef::required)
                .containsExactly(
                        tuple(Path.of("/project/.env"), "./.env", true),
                        tuple(Path.of("/home/me/common.env"), "~/common.env", true),
                        tuple(Path.of("/project/opt.env"), "opt.env", false));
        assertThat(service(m("image", "x", "env_file", "app.env")).envFiles())
                .extracting(EnvFileRef::path).containsExactly(Path.of("/project/app.env"));
    }

    // ---- healthcheck, profiles, replicas

    @Test
    void healthcheckStringTestIsCmdShell() {
        YMap document = trees.map(m("services", m("web", m("image", "x",
                "healthcheck", m("test", "curl -f http://localhost", "interval", "10s")))));
        YEntry entry = document.map("services").map("web").entry("healthcheck");
        assertThat(build(document).project().services().get("web").healthcheck()).isEqualTo(
                new Healthcheck(List.of("CMD-SHELL", "curl -f http://localhost"), false, entry.keySource()));
    }

    @Test
    void healthcheckListAndDisable() {
        Healthcheck list = service(m("image", "x", "healthcheck", m("test", l("CMD", "pg_isready")))).healthcheck();
        assertThat(list.test()).containsExactly("CMD", "pg_isready");
        assertThat(list.isOff()).isFalse();
        Healthcheck none = service(m("image", "x", "healthcheck", m("test", l("NONE")))).healthcheck();
        assertThat(none.isOff()).isTrue();
        Healthcheck disabled = service(m("image", "x", "healthcheck", m("disable", true))).healthcheck();
        assertThat(disabled.disabled()).isTrue();
        assertThat(disabled.test()).isEmpty();
        assertThat(service(m("image", "x")).healthcheck()).isNull();
    }

    @ParameterizedTest(name = "profiles [{0}] active [{1}] -> {2}")
    @CsvSource(delimiter = '|', value = {
            "''         | ''        | true",
            "''         | debug     | true",
            "debug      | ''        | false",
            "debug      | debug     | true",
            "debug      | other     | false",
            "debug,test | test      | true",
            "debug,test | a,b       | false",
            "debug      | *         | true",
    })
    void profilesDecideEnabled(String profiles, String active, boolean enabled) {
        List<Object> declared = profiles.isEmpty() ? null : Arrays.asList((Object[]) profiles.split(","));
        Map<String, Object> definition = declared == null ? m("image", "x") : m("image", "x", "profiles", declared);
        Set<String> activeProfiles = active.isEmpty() ? Set.of() : new LinkedHashSet<>(List.of(active.split(",")));
        Service web = ModelBuilder.build(trees.map(m("services", m("web", definition))),
                context(activeProfiles, Map.of())).project().services().get("web");
        assertThat(web.enabled()).isEqualTo(enabled);
        assertThat(web.profiles()).containsExactly(profiles.isEmpty() ? new String[0] : profiles.split(","));
    }

    @Test
    void replicasFromDeployThenScale() {
        YMap document = trees.map(m("services", m(
                "a", m("image", "x", "deploy", m("replicas", 3), "scale", 5),
                "b", m("image", "x", "scale", "2"),
                "c", m("image", "x"))));
        YEntry replicas = document.map("services").map("a").map("deploy").entry("replicas");
        Map<String, Service> services = build(document).project().services();
        assertThat(services.get("a").replicas()).isEqualTo(new Located<>(3, replicas.keySource(),
                replicas.value().source()));
        assertThat(services.get("b").replicas().value()).isEqualTo(2);
        assertThat(services.get("c").replicas()).isNull();
    }

    // ---- other service fields

    @Test
    void secretsAndConfigsDefaultTargets() {
        Service web = service(m("image", "x",
                "secrets", l("db_password", m("source", "api_key", "target", "/etc/key"), m("source", "tls")),
                "configs", l("app", m("source", "nginx", "target", "/etc/nginx/nginx.conf"))));
        assertThat(web.secrets()).extracting(ResourceRef::source, ResourceRef::target).containsExactly(
                tuple("db_password", "/run/secrets/db_password"),
                tuple("api_key", "/etc/key"),
                tuple("tls", "/run/secrets/tls"));
        assertThat(web.configs()).extracting(ResourceRef::source, ResourceRef::target).containsExactly(
                tuple("app", "/app"),
                tuple("nginx", "/etc/nginx/nginx.conf"));
    }

    @Test
    void buildStringAndMap() {
        YMap document = trees.map(m("services", m(
                "a", m("build", "./app"),
                "b", m("build", m("context", "svc", "dockerfile", "Dockerfile.dev")),
                "c", m("build", m("dockerfile_inline", "FROM alpine")),
                "d", m("build", m("args", m("X", "1"))))));
        Map<String, Service> services = build(document).project().services();
        assertThat(services.get("a").build()).isEqualTo(new Build("./app", "Dockerfile",
                document.map("services").map("a").entry("build").keySource()));
        assertThat(services.get("b").build().dockerfile()).isEqualTo("Dockerfile.dev");
        assertThat(services.get("b").build().context()).isEqualTo("svc");
        assertThat(services.get("c").build().dockerfile()).isNull();
        assertThat(services.get("d").build().context()).isEqualTo(".");
        assertThat(services.get("d").build().dockerfile()).isEqualTo("Dockerfile");
        assertThat(services.get("a").image()).isNull();
    }

    @Test
    void portsExposeAndMounts() {
        YMap document = trees.map(m("services", m("web", m("image", "x",
                "ports", l("8080:80", m("target", 443, "published", "8443")),
                "expose", l(3000, "8080-8085/tcp"),
                "volumes", l("data:/data", "./html:/usr/share/nginx/html:ro"),
                "tmpfs", l("/run", "/tmp")))));
        YSeq ports = document.map("services").map("web").seq("ports");
        Service web = build(document).project().services().get("web");
        assertThat(web.ports()).containsExactly(
                new PortMapping(null, PortRange.single(8080), PortRange.single(80), "tcp", "ingress", null,
                        ports.get(0).source()),
                new PortMapping(null, PortRange.single(8443), PortRange.single(443), "tcp", "ingress", null,
                        ports.get(1).source()));
        assertThat(web.expose()).extracting(ExposedPort::text, ExposedPort::ports, ExposedPort::protocol)
                .containsExactly(tuple("3000", PortRange.single(3000), "tcp"),
                        tuple("8080-8085/tcp", new PortRange(8080, 8085), "tcp"));
        assertThat(service(m("image", "x", "expose", l("${PORT}", "53/UDP", "9-1"))).expose())
                .extracting(ExposedPort::ports, ExposedPort::protocol)
                .containsExactly(tuple(null, "tcp"), tuple(PortRange.single(53), "udp"), tuple(null, "tcp"));
        assertThat(web.mounts()).extracting(Mount::type, Mount::source, Mount::target).containsExactly(
                tuple(MountType.VOLUME, "data", "/data"),
                tuple(MountType.BIND, "/project/html", "/usr/share/nginx/html"),
                tuple(MountType.TMPFS, null, "/run"),
                tuple(MountType.TMPFS, null, "/tmp"));
        assertThat(service(m("image", "x", "tmpfs", "/run")).mounts()).extracting(Mount::target)
                .containsExactly("/run");
    }

    @Test
    void bindMountHomeComesFromTheEnvironment() {
        assertThat(service(m("image", "x", "volumes", l("~/data:/data"))).mounts().get(0).source())
                .isEqualTo("/home/me/data");
    }

    @Test
    void commandAndEntrypoint() {
        Service list = service(m("image", "x", "command", l("npm", "start"), "entrypoint", l()));
        assertThat(list.command()).containsExactly("npm", "start");
        assertThat(list.entrypoint()).isEmpty();
        Service string = service(m("image", "x", "command", "sh -c 'echo hi && sleep 1'"));
        assertThat(string.command()).containsExactly("sh", "-c", "echo hi && sleep 1");
        assertThat(string.entrypoint()).isNull();
    }

    @Test
    void labelsMapAndList() {
        assertThat(service(m("image", "x", "labels", m("a", "1", "b", 2, "c", null))).labels())
                .containsExactly(Map.entry("a", "1"), Map.entry("b", "2"), Map.entry("c", ""));
        assertThat(service(m("image", "x", "labels", l("a=1", "b", "c=x=y"))).labels())
                .containsExactly(Map.entry("a", "1"), Map.entry("b", ""), Map.entry("c", "x=y"));
    }

    @Test
    void extraHostsListAndMap() {
        assertThat(service(m("image", "x", "extra_hosts", l("host.docker.internal:host-gateway", "v6=::1",
                "db:10.0.0.3", "no-separator"))).extraHosts())
                .extracting(ExtraHost::host, ExtraHost::address).containsExactly(
                        tuple("host.docker.internal", "host-gateway"), tuple("v6", "::1"), tuple("db", "10.0.0.3"));
        assertThat(service(m("image", "x", "extra_hosts", m("a", "10.0.0.1", "b", l("10.0.0.2", "::1"))))
                .extraHosts()).extracting(ExtraHost::host, ExtraHost::address)
                .containsExactly(tuple("a", "10.0.0.1"), tuple("b", "10.0.0.2"), tuple("b", "::1"));
        assertThat(ExtraHost.parse("Host.Docker.Internal:host-gateway", null).names("host.docker.internal"))
                .isTrue();
    }

    @Test
    void scalarsOfAService() {
        Service web = service(m("image", "x", "container_name", "web1", "hostname", "web", "privileged", "true"));
        assertThat(web.containerName().value()).isEqualTo("web1");
        assertThat(web.hostname().value()).isEqualTo("web");
        assertThat(web.privileged()).isTrue();
        assertThat(service(m("image", "x")).privileged()).isFalse();
        assertThat(service(m("image", "x")).containerName()).isNull();
    }

    // ---- bad input

    @Test
    void wrongTypedFieldsAreSkippedAndTheRestLoads() {
        ModelBuilder.Result result = build(trees.map(m(
                "services", m(
                        "bad", "not a mapping",
                        "nulled", null,
                        "web", m("image", "nginx", "ports", 80, "environment", 5, "volumes", "data:/data",
                                "depends_on", "db", "networks", "front", "healthcheck", "CMD true",
                                "labels", l(m("a", "b")), "profiles", "p", "deploy", l(), "build", 3,
                                "command", 42, "secrets", m("s", "t"), "image_extra", l())),
                "networks", l("front"),
                "volumes", "data",
                "secrets", m("s", "file"))));
        assertThat(result.diagnostics()).isEmpty();
        Project project = result.project();
        assertThat(project.services()).containsOnlyKeys("web");
        Service web = project.services().get("web");
        assertThat(web.image().value()).isEqualTo("nginx");
        assertThat(web.ports()).isEmpty();
        assertThat(web.environment()).isEmpty();
        assertThat(web.mounts()).isEmpty();
        assertThat(web.dependsOn()).isEmpty();
        assertThat(web.networks()).containsOnlyKeys("default");
        assertThat(web.healthcheck()).isNull();
        assertThat(web.labels()).isEmpty();
        assertThat(web.profiles()).isEmpty();
        assertThat(web.replicas()).isNull();
        assertThat(web.build()).isNull();
        assertThat(web.command()).isNull();
        assertThat(web.secrets()).isEmpty();
        assertThat(project.networks()).containsOnlyKeys("default");
        assertThat(project.volumes()).isEmpty();
        assertThat(project.secrets()).isEmpty();
    }

    @Test
    void badPortAndVolumeSpecsAreComposeErrorsAtTheEntry() {
        YMap document = trees.map(m("services", m("web", m("image", "x",
                "ports", l("8080:80", "8080:80-81", "99999"),
                "volumes", l("data::/x", "data:/data", m("type", "bind", "target", "/b"))))));
        YMap web = document.map("services").map("web");
        ModelBuilder.Result result = build(document);
        assertThat(result.diagnostics()).containsExactly(
                new Finding(Diagnostics.COMPOSE, Severity.ERROR,
                        "invalid ranges specified for container and host Ports: 80-81 and 8080",
                        web.seq("ports").get(1).source()),
                new Finding(Diagnostics.COMPOSE, Severity.ERROR, "invalid containerPort: 99999",
                        web.seq("ports").get(2).source()),
                new Finding(Diagnostics.COMPOSE, Severity.ERROR,
                        "invalid spec: data::/x: empty section between colons", web.seq("volumes").get(0).source()),
                new Finding(Diagnostics.COMPOSE, Severity.ERROR,
                        "invalid mount config for type \"bind\": field Source must not be empty",
                        web.seq("volumes").get(2).source()));
        Service service = result.project().services().get("web");
        assertThat(service.ports()).extracting(p -> p.target().start()).containsExactly(80);
        assertThat(service.mounts()).extracting(Mount::source).containsExactly("data");
    }

    @Test
    void emptyDocumentGivesAnEmptyProject() {
        Project project = project(m());
        assertThat(project.services()).isEmpty();
        assertThat(project.networks()).isEmpty();
        assertThat(project.volumes()).isEmpty();
        assertThat(project.configs()).isEmpty();
        assertThat(project.secrets()).isEmpty();
    }
}
