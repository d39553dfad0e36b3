package dev.composelint.core.load;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.model.Build;
import dev.composelint.core.model.ComposeFile;
import dev.composelint.core.model.Confinement;
import dev.composelint.core.model.Dependency;
import dev.composelint.core.model.EnvFileRef;
import dev.composelint.core.model.EnvVar;
import dev.composelint.core.model.ExposedPort;
import dev.composelint.core.model.ExtraHost;
import dev.composelint.core.model.Healthcheck;
import dev.composelint.core.model.Located;
import dev.composelint.core.model.Mount;
import dev.composelint.core.model.NameOrigin;
import dev.composelint.core.model.Network;
import dev.composelint.core.model.NetworkAttachment;
import dev.composelint.core.model.PortMapping;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Resource;
import dev.composelint.core.model.ResourceRef;
import dev.composelint.core.model.Service;
import dev.composelint.core.model.Volume;
import dev.composelint.core.syntax.HostPaths;
import dev.composelint.core.syntax.PortSyntax;
import dev.composelint.core.syntax.ShellWords;
import dev.composelint.core.syntax.Values;
import dev.composelint.core.syntax.VolumeSyntax;
import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one merged, interpolated compose document into the typed {@link Project}, applying Compose's defaults and
 * normalization: short syntax to long form, implicit {@code default} network and dependencies, resource names,
 * paths made absolute, value-less environment entries looked up, profiles.
 *
 * <p>Wrong-typed elements are skipped without a finding (the schema validator reports structure); only Compose's own
 * parse errors (port and volume specs, bind mounts without source, environment keys) become findings.
 * A string {@code command}/{@code entrypoint} is split into words as Compose does ({@link ShellWords}).
 * Service-level {@code networks} are kept as written even with {@code network_mode} (Compose refuses that
 * combination; a rule reports it).
 */
public final class ModelBuilder {

    /** What the loader knows about the project besides the document. */
    public record Context(String projectName, NameOrigin nameOrigin, Path projectDirectory, List<ComposeFile> files,
                          Map<String, String> environment, Set<String> activeProfiles,
                          Map<String, Source> unsetVariables) {

        public Context {
            files = files == null ? List.of() : List.copyOf(files);
            environment = environment == null ? Map.of() : environment;
            activeProfiles = activeProfiles == null ? Set.of() : Set.copyOf(activeProfiles);
            unsetVariables = unsetVariables == null ? Map.of() : unsetVariables;
        }
    }

    /** The project and the findings made while building it. */
    public record Result(Project project, List<Finding> diagnostics) {

        public Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private static final String DEFAULT_NETWORK = "default";
    private static final String STARTED = "service_started";
    private static final String SERVICE_PREFIX = "service:";

    private final Context context;
    private final String home;
    private final List<Finding> findings = new ArrayList<>();

    private ModelBuilder(Context context) {
        this.context = context;
        String envHome = context.environment().get("HOME");
        this.home = envHome == null || envHome.isEmpty() ? System.getProperty("user.home") : envHome;
    }

    public static Result build(YMap document, Context context) {
        return new ModelBuilder(context).run(document);
    }

    private Result run(YMap document) {
        Map<String, Service> services = new LinkedHashMap<>();
        for (YEntry entry : entries(document.map("services"))) {
            if (entry.value() instanceof YMap definition) {
                services.put(entry.key(), service(entry.key(), entry.keySource(), definition));
            }
        }
        Map<String, Network> networks = new LinkedHashMap<>();
        for (YEntry entry : resourceEntries(document, "networks")) {
            YMap definition = definition(entry);
            Naming naming = naming("networks", entry, definition);
            networks.put(entry.key(), new Network(entry.key(), naming.name, naming.external, naming.explicit,
                    Values.text(definition.get("driver")), false, entry.keySource(), naming.nameSource));
        }
        if (!networks.containsKey(DEFAULT_NETWORK)) {
            services.values().stream()
                    .filter(service -> service.networks().containsKey(DEFAULT_NETWORK))
                    .findFirst()
                    .ifPresent(user -> networks.put(DEFAULT_NETWORK, new Network(DEFAULT_NETWORK,
                            context.projectName() + "_" + DEFAULT_NETWORK, false, false, null, true,
                            user.source(), null)));
        }
        Map<String, Volume> volumes = new LinkedHashMap<>();
        for (YEntry entry : resourceEntries(document, "volumes")) {
            YMap definition = definition(entry);
            Naming naming = naming("volumes", entry, definition);
            volumes.put(entry.key(), new Volume(entry.key(), naming.name, naming.external, naming.explicit,
                    Values.text(definition.get("driver")), entry.keySource()));
        }
        Map<String, Resource> configs = resources(document, "configs");
        Map<String, Resource> secrets = resources(document, "secrets");
        Project project = new Project(context.projectName(), context.nameOrigin(), context.projectDirectory(),
                context.files(), context.environment(), context.activeProfiles(), services, networks, volumes,
                configs, secrets, context.unsetVariables());
        return new Result(project, findings);
    }

    // ---- services

    private Service service(String name, Source source, YMap svc) {
        Located<String> networkMode = located(svc, "network_mode");
        List<String> profiles = texts(svc.get("profiles"));
        return new Service(
                name,
                source,
                located(svc, "image"),
                build(svc.entry("build")),
                ports(svc.seq("ports")),
                expose(svc.seq("expose")),
                mounts(svc),
                networks(svc, source, networkMode),
                dependencies(svc),
                envFiles(svc.get("env_file")),
                environment(svc.get("environment")),
                healthcheck(svc.entry("healthcheck")),
                profiles,
                enabled(profiles),
                replicas(svc),
                located(svc, "container_name"),
                located(svc, "hostname"),
                networkMode,
                words(svc.get("command")),
                words(svc.get("entrypoint")),
                references(svc.seq("secrets"), "/run/secrets/"),
                references(svc.seq("configs"), "/"),
                labels(svc.get("labels")),
                extraHosts(svc.get("extra_hosts")),
                Values.bool(svc.get("privileged"), false),
                confinement(svc),
                keyValues(svc.get("labels")),
                located(svc, "pull_policy"),
                deployMode(svc));
    }

    private static Located<String> deployMode(YMap svc) {
        YMap deploy = svc.map("deploy");
        return deploy == null ? null : located(deploy, "mode");
    }

    private static Confinement confinement(YMap svc) {
        YEntry privilegedEntry = svc.entry("privileged");
        Boolean privileged = privilegedEntry == null ? null : Values.bool(privilegedEntry.value());
        Map<String, Located<String>> namespaces = new LinkedHashMap<>();
        for (String key : List.of("pid", "ipc", "uts", "userns_mode", "cgroup")) {
            Located<String> value = located(svc, key);
            if (value != null) namespaces.put(key, value);
        }
        Located<String> memory = located(svc, "mem_limit");
        YMap deploy = svc.map("deploy");
        YMap resources = deploy == null ? null : deploy.map("resources");
        YMap limits = resources == null ? null : resources.map("limits");
        if (memory == null && limits != null) memory = located(limits, "memory");
        return new Confinement(privileged == null ? null : new Located<>(privileged, privilegedEntry.keySource(),
                privilegedEntry.value().source()), namespaces, locatedTexts(svc.seq("cap_add")),
                locatedTexts(svc.seq("security_opt")), memory);
    }

    /**
     * A {@code KEY: value} mapping or {@code KEY=value} list as entries with raw values and positions, without
     * looking up value-less entries (their value is null).
     */
    private static List<EnvVar> keyValues(YNode node) {
        List<EnvVar> entries = new ArrayList<>();
        if (node instanceof YMap map) {
            for (YEntry entry : map.entries()) {
                if (!(entry.value() instanceof YScalar scalar)) continue;
                entries.add(new EnvVar(entry.key(), scalar.isNull() ? null : scalar.asText(),
                        scalar.isNull() ? null : scalar.text(), entry.keySource()));
            }
        } else if (node instanceof YSeq seq) {
            for (YNode item : seq.items()) {
                if (!(item instanceof YScalar scalar) || scalar.isNull()) continue;
                String text = scalar.asText();
                int eq = text.indexOf('=');
                int rawEq = scalar.text().indexOf('=');
                entries.add(new EnvVar(eq < 0 ? text : text.substring(0, eq), eq < 0 ? null : text.substring(eq + 1),
                        eq < 0 || rawEq < 0 ? null : scalar.text().substring(rawEq + 1), item.source()));
            }
        }
        return entries;
    }

    private static Build build(YEntry entry) {
        if (entry == null) return null;
        if (entry.value() instanceof YScalar scalar && scalar.isString()) {
            return new Build(scalar.asText(), "Dockerfile", entry.keySource());
        }
        if (!(entry.value() instanceof YMap map)) return null;
        String buildContext = Values.text(map.get("context"));
        String dockerfile = Values.text(map.get("dockerfile"));
        if (dockerfile == null && !map.has("dockerfile_inline")) dockerfile = "Dockerfile";
        return new Build(buildContext == null ? "." : buildContext, dockerfile, entry.keySource(),
                keyValues(map.get("args")),
                references(map.seq("secrets"), "/run/secrets/").stream().map(ResourceRef::source).toList());
    }

    /** The most port mappings one service expands to (ranges give one mapping per port, as in Compose). */
    static final int MAX_SERVICE_PORTS = 65_536;
    /** The most port mappings of a whole project. */
    static final int MAX_PROJECT_PORTS = 1 << 20;
    private int projectPorts;

    private List<PortMapping> ports(YSeq seq) {
        List<PortMapping> ports = new ArrayList<>();
        for (YNode item : items(seq)) {
            PortSyntax.Parsed parsed = PortSyntax.parse(item);
            if (parsed.failed()) {
                error(parsed.error(), item.source());
            } else if (ports.size() + parsed.ports().size() > MAX_SERVICE_PORTS
                    || projectPorts + parsed.ports().size() > MAX_PROJECT_PORTS) {
                findings.add(new Finding(Diagnostics.COMPOSE, Severity.WARNING, "the ports of this service expand to"
                        + " more than " + MAX_SERVICE_PORTS + " mappings (or the project's to more than "
                        + MAX_PROJECT_PORTS + "); this one and the rest are not checked", item.source()));
                break;
            } else {
                ports.addAll(parsed.ports());
                projectPorts += parsed.ports().size();
            }
        }
        return ports;
    }

    private List<Mount> mounts(YMap svc) {
        List<Mount> mounts = new ArrayList<>();
        for (YNode item : items(svc.seq("volumes"))) {
            VolumeSyntax.Parsed parsed = VolumeSyntax.parse(item, context.projectDirectory(), home);
            if (parsed.failed()) {
                error(parsed.error(), item.source());
            } else if (parsed.mount() != null) {
                mounts.add(parsed.mount());
            }
        }
        for (YNode item : stringOrList(svc.get("tmpfs"))) {
            Mount mount = VolumeSyntax.tmpfs(item);
            if (mount != null) mounts.add(mount);
        }
        return mounts;
    }

    private static Map<String, NetworkAttachment> networks(YMap svc, Source serviceSource,
                                                           Located<String> networkMode) {
        Map<String, NetworkAttachment> networks = new LinkedHashMap<>();
        YNode node = svc.get("networks");
        if (node instanceof YSeq seq) {
            for (YNode item : seq.items()) {
                String key = Values.text(item);
                if (key != null) networks.put(key, new NetworkAttachment(key, List.of(), null, null, item.source()));
            }
        } else if (node instanceof YMap map) {
            for (YEntry entry : map.entries()) {
                YMap options = entry.value() instanceof YMap m ? m : YMap.empty(entry.keySource());
                networks.put(entry.key(), new NetworkAttachment(entry.key(), texts(options.get("aliases")),
                        Values.text(options.get("ipv4_address")), Values.text(options.get("ipv6_address")),
                        entry.keySource()));
            }
        }
        if (networks.isEmpty() && networkMode == null && !svc.has("provider")) {
            networks.put(DEFAULT_NETWORK, new NetworkAttachment(DEFAULT_NETWORK, List.of(), null, null,
                    serviceSource));
        }
        return networks;
    }

    /** Explicit depends_on, then the implicit ones Compose adds when missing: links, namespaces, volumes_from. */
    private static Map<String, Dependency> dependencies(YMap svc) {
        Map<String, Dependency> dependencies = new LinkedHashMap<>();
        YNode node = svc.get("depends_on");
        if (node instanceof YSeq seq) {
            for (YNode item : seq.items()) {
                String name = Values.text(item);
                if (name != null) {
                    dependencies.put(name, new Dependency(name, STARTED, true, false, Dependency.Kind.DEPENDS_ON,
                            item.source()));
                }
            }
        } else if (node instanceof YMap map) {
            for (YEntry entry : map.entries()) {
                YMap options = entry.value() instanceof YMap m ? m : YMap.empty(entry.keySource());
                String condition = Values.text(options.get("condition"));
                dependencies.put(entry.key(), new Dependency(entry.key(), condition == null ? STARTED : condition,
                        Values.bool(options.get("required"), true), Values.bool(options.get("restart"), false),
                        Dependency.Kind.DEPENDS_ON, entry.keySource()));
            }
        }
        for (YNode item : items(svc.seq("links"))) {
            String link = Values.text(item);
            if (link == null) continue;
            String[] parts = link.split(":", -1);
            String name = parts.length == 2 ? parts[0] : link;
            dependencies.putIfAbsent(name, new Dependency(name, STARTED, true, true, Dependency.Kind.LINKS,
                    item.source()));
        }
        for (String key : List.of("network_mode", "ipc", "pid", "uts", "cgroup")) {
            YNode value = svc.get(key);
            String mode = Values.text(value);
            if (mode != null && mode.startsWith(SERVICE_PREFIX)) {
                String name = mode.substring(SERVICE_PREFIX.length());
                dependencies.putIfAbsent(name, new Dependency(name, STARTED, true, true,
                        Dependency.Kind.NETWORK_MODE, value.source()));
            }
        }
        for (YNode item : items(svc.seq("volumes_from"))) {
            String from = Values.text(item);
            if (from == null || from.startsWith("container:")) continue;
            String name = from.split(":", -1)[0];
            dependencies.putIfAbsent(name, new Dependency(name, STARTED, true, false, Dependency.Kind.VOLUMES_FROM,
                    item.source()));
        }
        return dependencies;
    }

    private List<EnvFileRef> envFiles(YNode node) {
        List<EnvFileRef> refs = new ArrayList<>();
        for (YNode entry : stringOrList(node)) {
            String raw;
            boolean required = true;
            if (entry instanceof YMap map) {
                raw = Values.text(map.get("path"));
                required = Values.bool(map.get("required"), true);
            } else {
                raw = entry instanceof YScalar scalar && scalar.isString() ? scalar.asText() : null;
            }
            if (raw == null) continue;
            Path path = HostPaths.resolvePath(raw, context.projectDirectory(), home);
            if (path != null) refs.add(new EnvFileRef(path, raw, required, entry.source()));
        }
        return refs;
    }

    private Map<String, EnvVar> environment(YNode node) {
        Map<String, EnvVar> environment = new LinkedHashMap<>();
        if (node instanceof YMap map) {
            for (YEntry entry : map.entries()) {
                if (!(entry.value() instanceof YScalar scalar)) continue;
                String value = scalar.isNull() ? context.environment().get(entry.key()) : scalar.asText();
                String raw = scalar.isNull() ? null : scalar.text();
                environment.put(entry.key(), new EnvVar(entry.key(), value, raw, entry.keySource(),
                        scalar.source()));
            }
        } else if (node instanceof YSeq seq) {
            for (YNode item : seq.items()) {
                if (!(item instanceof YScalar scalar) || scalar.isNull()) continue;
                String text = scalar.asText();
                int eq = text.indexOf('=');
                String name = eq < 0 ? text : text.substring(0, eq);
                if (!name.equals(name.stripTrailing())) {
                    error("environment variable " + name + " is declared with a trailing space", item.source());
                    continue;
                }
                String value = eq < 0 ? context.environment().get(name) : text.substring(eq + 1);
                int rawEq = scalar.text().indexOf('=');
                String raw = eq < 0 ? null : rawEq < 0 ? value : scalar.text().substring(rawEq + 1);
                environment.put(name, new EnvVar(name, value, raw, item.source()));
            }
        }
        return environment;
    }

    private static Healthcheck healthcheck(YEntry entry) {
        if (entry == null || !(entry.value() instanceof YMap map)) return null;
        YNode test = map.get("test");
        List<String> words = test instanceof YScalar scalar && scalar.isString()
                ? List.of("CMD-SHELL", scalar.asText())
                : texts(test);
        return new Healthcheck(words, Values.bool(map.get("disable"), false), entry.keySource());
    }

    /** Compose's profile test; with no active profile only services without profiles are enabled. */
    private boolean enabled(List<String> profiles) {
        if (profiles.isEmpty()) return true;
        Set<String> active = context.activeProfiles();
        return active.contains("*") || profiles.stream().anyMatch(active::contains);
    }

    private static Located<Integer> replicas(YMap svc) {
        YMap deploy = svc.map("deploy");
        YEntry entry = deploy == null ? null : deploy.entry("replicas");
        if (entry == null || Values.integer(entry.value()) == null) entry = svc.entry("scale");
        if (entry == null) return null;
        Integer count = Values.integer(entry.value());
        return count == null ? null : new Located<>(count, entry.keySource(), entry.value().source());
    }

    /** A list as is, a string split into words, else null. */
    private static List<String> words(YNode node) {
        if (node instanceof YSeq seq) return texts(seq);
        if (node instanceof YScalar scalar && scalar.isString()) return ShellWords.split(scalar.asText());
        return null;
    }

    private static List<ResourceRef> references(YSeq seq, String defaultTargetPrefix) {
        List<ResourceRef> refs = new ArrayList<>();
        for (YNode item : items(seq)) {
            String source = item instanceof YMap map ? Values.text(map.get("source")) : Values.text(item);
            if (source == null) continue;
            String target = item instanceof YMap map ? Values.text(map.get("target")) : null;
            if (target == null || target.isEmpty()) {
                target = defaultTargetPrefix + source;
            }
            refs.add(new ResourceRef(source, target, item.source()));
        }
        return refs;
    }

    private static Map<String, String> labels(YNode node) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (node instanceof YMap map) {
            for (YEntry entry : map.entries()) {
                if (entry.value() instanceof YScalar scalar) labels.put(entry.key(), scalar.asText());
            }
        } else if (node instanceof YSeq seq) {
            for (YNode item : seq.items()) {
                String text = Values.text(item);
                if (text == null) continue;
                int eq = text.indexOf('=');
                labels.put(eq < 0 ? text : text.substring(0, eq), eq < 0 ? "" : text.substring(eq + 1));
            }
        }
        return labels;
    }

    private static List<ExposedPort> expose(YSeq seq) {
        return locatedTexts(seq).stream().map(entry -> ExposedPort.parse(entry.value(), entry.source())).toList();
    }

    /** List entries parsed; map entries one per address. */
    private static List<ExtraHost> extraHosts(YNode node) {
        List<ExtraHost> hosts = new ArrayList<>();
        if (node instanceof YSeq seq) {
            for (Located<String> entry : locatedTexts(seq)) {
                ExtraHost host = ExtraHost.parse(entry.value(), entry.source());
                if (host != null) hosts.add(host);
            }
        } else if (node instanceof YMap map) {
            for (YEntry entry : map.entries()) {
                List<YNode> addresses = entry.value() instanceof YSeq seq ? seq.items() : List.of(entry.value());
                for (YNode address : addresses) {
                    String ip = Values.text(address);
                    if (ip != null) {
                        hosts.add(new ExtraHost(entry.key().trim(), ip, address.source()));
                    }
                }
            }
        }
        return hosts;
    }

    // ---- top-level resources

    /** A resource's actual name and where it comes from. */
    private record Naming(String name, boolean external, boolean explicit, Source nameSource) {
    }

    /** Compose's naming: {@code name:} verbatim, else the key when external, else {@code <project>_<key>}. */
    private Naming naming(String section, YEntry entry, YMap definition) {
        String path = section + "." + entry.key();
        YEntry nameEntry = definition.entry("name");
        String name = nameEntry == null ? null : Values.text(nameEntry.value());
        Source nameSource = name == null || name.isEmpty() ? null : nameEntry.value().source();
        boolean external;
        YEntry externalEntry = definition.entry("external");
        if (externalEntry != null && externalEntry.value() instanceof YMap legacy) {
            external = true;
            YEntry legacyName = legacy.entry("name");
            String legacyText = legacyName == null ? null : Values.text(legacyName.value());
            if (legacyText != null && !legacyText.isEmpty()) {
                warning(path + ": external.name is deprecated. Please set name and external: true",
                        externalEntry.keySource());
                if (name != null && !name.isEmpty() && !name.equals(legacyText)) {
                    error(path + ": name and external.name conflict; only use name", externalEntry.keySource());
                } else if (nameSource == null) {
                    name = legacyText;
                    nameSource = legacyName.value().source();
                }
            }
        } else {
            external = externalEntry != null && Values.bool(externalEntry.value(), false);
        }
        if (nameSource != null) return new Naming(name, external, true, nameSource);
        // An empty name (a variable without a value) falls back to the key, as in Compose; its place is kept.
        Source written = nameEntry == null ? null : nameEntry.value().source();
        return new Naming(external ? entry.key() : context.projectName() + "_" + entry.key(), external, false, written);
    }

    private Map<String, Resource> resources(YMap document, String section) {
        Map<String, Resource> resources = new LinkedHashMap<>();
        for (YEntry entry : resourceEntries(document, section)) {
            YMap definition = definition(entry);
            Naming naming = naming(section, entry, definition);
            String file = Values.text(definition.get("file"));
            Path path = file == null ? null : HostPaths.resolvePath(file, context.projectDirectory(), home);
            resources.put(entry.key(), new Resource(entry.key(), naming.name, naming.external, path,
                    Values.text(definition.get("environment")), entry.keySource()));
        }
        return resources;
    }

    /** The entries of a top-level section whose value is a mapping or null (wrong types are skipped). */
    private static List<YEntry> resourceEntries(YMap document, String section) {
        List<YEntry> entries = new ArrayList<>();
        for (YEntry entry : entries(document.map(section))) {
            if (entry.value() instanceof YMap || entry.value() instanceof YScalar scalar && scalar.isNull()) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private static YMap definition(YEntry entry) {
        return entry.value() instanceof YMap map ? map : YMap.empty(entry.keySource());
    }

    // ---- helpers

    private static List<YEntry> entries(YMap map) {
        return map == null ? List.of() : map.entries();
    }

    private static List<YNode> items(YSeq seq) {
        return seq == null ? List.of() : seq.items();
    }

    /** The items of a sequence, a single node as its only item, nothing for null. */
    private static List<YNode> stringOrList(YNode node) {
        if (node instanceof YSeq seq) return seq.items();
        return node == null ? List.of() : List.of(node);
    }

    private static Located<String> located(YMap map, String key) {
        YEntry entry = map.entry(key);
        if (entry == null) return null;
        String text = Values.text(entry.value());
        return text == null ? null : new Located<>(text, entry.keySource(), entry.value().source());
    }

    private static List<Located<String>> locatedTexts(YSeq seq) {
        List<Located<String>> values = new ArrayList<>();
        for (YNode item : items(seq)) {
            String text = Values.text(item);
            if (text != null) values.add(Located.of(text, item.source()));
        }
        return values;
    }

    /** The texts of a sequence's scalar items; empty for anything else. */
    private static List<String> texts(YNode node) {
        List<String> values = new ArrayList<>();
        if (node instanceof YSeq seq) {
            for (YNode item : seq.items()) {
                String text = Values.text(item);
                if (text != null) values.add(text);
            }
        }
        return values;
    }

    private void error(String message, Source source) {
        findings.add(new Finding(Diagnostics.COMPOSE, Severity.ERROR, message, source));
    }

    private void warning(String message, Source source) {
        findings.add(new Finding(Diagnostics.COMPOSE, Severity.WARNING, message, source));
    }
}
