package dev.composelint.core.load;

import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;
import dev.composelint.core.yaml.YamlParse;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What discovery needs to know of a compose file before loading it: the services it defines (with those its
 * {@code include}s bring), which of them can run (an image, a build, an extends or a provider), the names it refers
 * to (services, named volumes, networks, secrets, configs) and the resources it declares. A file is <em>complete</em>
 * when every service can run and every name it refers to is defined; otherwise it is a fragment or an overlay that
 * Compose only runs merged onto other files.
 */
record FileFacts(Set<String> services, Set<String> runnable, Set<String> serviceRefs, Set<String> volumeRefs,
                 Set<String> networkRefs, Set<String> secretRefs, Set<String> configRefs, Set<String> volumes,
                 Set<String> networks, Set<String> secrets, Set<String> configs, boolean mergeTags,
                 boolean swarmOnly, boolean builds) {

    /** {@code deploy} keys that only swarm honours (besides {@code mode: global}); Compose ignores them. */
    private static final List<String> SWARM_ONLY = List.of("placement", "update_config", "rollback_config",
            "endpoint_mode");

    private static final Set<String> TOP_LEVEL = Set.of("version", "name", "services", "networks", "volumes",
            "configs", "secrets", "include", "models");
    /** Keys that only a compose service has; a {@code services:} map whose entries have none is something else. */
    private static final Set<String> SERVICE_KEYS = Set.of("image", "build", "extends", "command", "entrypoint",
            "environment", "env_file", "ports", "expose", "volumes", "depends_on", "networks", "network_mode",
            "restart", "healthcheck", "deploy", "container_name", "labels", "profiles", "links", "volumes_from",
            "secrets", "configs", "logging", "user", "working_dir", "hostname", "cap_add", "privileged", "ulimits",
            "tmpfs", "devices", "extra_hosts", "dns", "stop_grace_period", "init", "tty", "stdin_open",
            "provider", "develop", "platform", "pull_policy", "scale", "mem_limit", "cpus", "shm_size",
            "security_opt", "sysctls", "ipc", "pid", "read_only");

    /**
     * True when a parsed YAML file is a compose file by content: its top level holds a {@code services:} mapping of
     * mappings that look like services, and nothing but compose keys (or {@code x-} extensions) beside it. A CI file
     * or a Helm values file with a {@code services:} key is not.
     */
    static boolean looksLikeCompose(YamlParse parse) {
        boolean found = false;
        for (YNode doc : parse.documents()) {
            if (!(doc instanceof YMap m)) return false;
            for (String key : m.keys()) {
                if (!TOP_LEVEL.contains(key) && !key.startsWith("x-")) return false;
            }
            if (!(m.get("services") instanceof YMap services)) continue;
            if (services.isEmpty()) continue;
            for (YEntry e : services.entries()) {
                if (!(e.value() instanceof YMap s)) return false;
                if (!s.isEmpty() && s.keys().stream().noneMatch(SERVICE_KEYS::contains)) return false;
            }
            found = true;
        }
        return found;
    }

    /**
     * The facts of one file, following its {@code include}s (relative to the file) through {@code parser}; an
     * include that cannot be read simply adds nothing.
     */
    static FileFacts of(Path file, YamlParse parse, Function<Path, YamlParse> parser) {
        Builder b = new Builder();
        Set<Path> seen = new HashSet<>();
        Deque<Path> includes = new ArrayDeque<>();
        b.read(parse, file, includes, true);
        seen.add(file);
        while (!includes.isEmpty()) {
            Path next = includes.pop();
            if (!seen.add(next) || seen.size() > 64) continue;
            YamlParse included = parser.apply(next);
            if (included != null) b.read(included, next, includes, false);
        }
        return b.build();
    }

    /** True when Compose could run this file alone. */
    boolean complete() {
        return !mergeTags && runnable.containsAll(services) && missing().isEmpty();
    }

    /** Names this file refers to without defining them, as "service x", "volume y", ... in a stable order. */
    Set<String> missing() {
        Set<String> out = new TreeSet<>();
        for (String s : serviceRefs) if (!services.contains(s)) out.add("service " + s);
        for (String s : services) if (!runnable.contains(s)) out.add("image or build of service " + s);
        for (String v : volumeRefs) if (!volumes.contains(v)) out.add("volume " + v);
        for (String n : networkRefs) if (!networks.contains(n) && !n.equals("default")) out.add("network " + n);
        for (String s : secretRefs) if (!secrets.contains(s)) out.add("secret " + s);
        for (String c : configRefs) if (!configs.contains(c)) out.add("config " + c);
        return out;
    }

    /** The facts of files merged in order, as {@code docker compose -f a -f b} would see them. */
    static FileFacts merged(List<FileFacts> parts) {
        Builder b = new Builder();
        for (FileFacts f : parts) b.add(f);
        return b.build();
    }

    /** True when this file defines one of the names another file misses (see {@link #missing()}). */
    boolean provides(Set<String> missingNames) {
        for (String name : missingNames) {
            int space = name.lastIndexOf(' ');
            Set<String> defined = switch (name.substring(0, space)) {
                case "service" -> services;
                case "image or build of service" -> runnable;
                case "volume" -> volumes;
                case "network" -> networks;
                case "secret" -> secrets;
                default -> configs;
            };
            if (defined.contains(name.substring(space + 1))) return true;
        }
        return false;
    }

    /** True when fewer than half of the file's services are also among {@code others}. */
    boolean mostlyNew(Set<String> others) {
        long redefined = services.stream().filter(others::contains).count();
        return redefined * 2 < services.size();
    }

    /** True when the file refers to one of {@code others} that it does not define itself. */
    boolean refersToAny(Set<String> others) {
        for (String ref : serviceRefs) {
            if (!services.contains(ref) && others.contains(ref)) return true;
        }
        return false;
    }

    private static final class Builder {
        final Set<String> services = new LinkedHashSet<>();
        final Set<String> runnable = new LinkedHashSet<>();
        final Set<String> serviceRefs = new LinkedHashSet<>();
        final Set<String> volumeRefs = new LinkedHashSet<>();
        final Set<String> networkRefs = new LinkedHashSet<>();
        final Set<String> secretRefs = new LinkedHashSet<>();
        final Set<String> configRefs = new LinkedHashSet<>();
        final Set<String> volumes = new LinkedHashSet<>();
        final Set<String> networks = new LinkedHashSet<>();
        final Set<String> secrets = new LinkedHashSet<>();
        final Set<String> configs = new LinkedHashSet<>();
        boolean mergeTags;
        boolean swarmOnly;
        boolean builds;

        void add(FileFacts f) {
            services.addAll(f.services);
            runnable.addAll(f.runnable);
            serviceRefs.addAll(f.serviceRefs);
            volumeRefs.addAll(f.volumeRefs);
            networkRefs.addAll(f.networkRefs);
            secretRefs.addAll(f.secretRefs);
            configRefs.addAll(f.configRefs);
            volumes.addAll(f.volumes);
            networks.addAll(f.networks);
            secrets.addAll(f.secrets);
            configs.addAll(f.configs);
            swarmOnly |= f.swarmOnly;
            builds |= f.builds;
        }

        FileFacts build() {
            return new FileFacts(services, runnable, serviceRefs, volumeRefs, networkRefs, secretRefs, configRefs,
                    volumes, networks, secrets, configs, mergeTags, swarmOnly, builds);
        }

        void read(YamlParse parse, Path file, Deque<Path> includes, boolean own) {
            for (YNode doc : parse.documents()) {
                if (!(doc instanceof YMap m)) continue;
                if (m.get("include") instanceof YSeq seq) {
                    for (YNode item : seq.items()) includePaths(item, file, includes);
                }
                addKeys(m.get("volumes"), volumes);
                addKeys(m.get("networks"), networks);
                addKeys(m.get("secrets"), secrets);
                addKeys(m.get("configs"), configs);
                if (!(m.get("services") instanceof YMap svcs)) continue;
                for (YEntry e : svcs.entries()) {
                    services.add(e.key());
                    if (own && e.value().hasMergeTags()) mergeTags = true;
                    if (!(e.value() instanceof YMap s)) continue;
                    if (s.has("image") || s.has("build") || s.has("extends") || s.has("provider")) {
                        runnable.add(e.key());
                    }
                    builds |= s.has("build");
                    if (s.get("deploy") instanceof YMap deploy && ("global".equals(deploy.text("mode"))
                            || SWARM_ONLY.stream().anyMatch(deploy::has))) {
                        swarmOnly = true;
                    }
                    references(s, file);
                }
            }
        }

        private void references(YMap service, Path file) {
            YNode dependsOn = service.get("depends_on");
            if (dependsOn instanceof YMap map) serviceRefs.addAll(map.keys());
            if (dependsOn instanceof YSeq seq) texts(seq, serviceRefs, false);
            if (service.get("links") instanceof YSeq links) texts(links, serviceRefs, true);
            if (service.get("volumes_from") instanceof YSeq from) {
                for (YNode item : from.items()) {
                    if (item instanceof YScalar s && s.isString() && !s.asText().startsWith("container:")) {
                        String text = s.asText();
                        int colon = text.indexOf(':');
                        serviceRefs.add(colon > 0 ? text.substring(0, colon) : text);
                    }
                }
            }
            String mode = service.text("network_mode");
            if (mode != null && mode.startsWith("service:")) serviceRefs.add(mode.substring("service:".length()));
            YNode ext = service.get("extends");
            if (ext instanceof YScalar s && s.isString()) serviceRefs.add(s.asText());
            if (ext instanceof YMap m && m.text("service") != null && m.text("file") == null) {
                serviceRefs.add(m.text("service"));
            }
            if (service.get("volumes") instanceof YSeq mounts) {
                for (YNode item : mounts.items()) {
                    String name = namedVolume(item);
                    if (name != null) volumeRefs.add(name);
                }
            }
            YNode nets = service.get("networks");
            if (nets instanceof YMap map) networkRefs.addAll(map.keys());
            if (nets instanceof YSeq seq) texts(seq, networkRefs, false);
            resourceRefs(service.get("secrets"), secretRefs);
            resourceRefs(service.get("configs"), configRefs);
        }

        private static void includePaths(YNode item, Path file, Deque<Path> includes) {
            if (item instanceof YScalar s && s.isString()) {
                addInclude(s.asText(), file, includes);
            } else if (item instanceof YMap m) {
                YNode path = m.get("path");
                if (path instanceof YScalar s && s.isString()) addInclude(s.asText(), file, includes);
                if (path instanceof YSeq seq) {
                    for (YNode p : seq.items()) {
                        if (p instanceof YScalar s && s.isString()) addInclude(s.asText(), file, includes);
                    }
                }
            }
        }

        private static void addInclude(String text, Path file, Deque<Path> includes) {
            if (text.contains("$") || text.contains("://") || text.startsWith("oci:")) return;
            try {
                includes.add(file.getParent().resolve(text).normalize());
            } catch (RuntimeException e) {
                // an invalid path adds nothing; the loader reports it
            }
        }

        /** The volume name of a service mount that uses a named volume, or null (binds, tmpfs, anonymous). */
        private static String namedVolume(YNode item) {
            String source;
            if (item instanceof YScalar s && s.isString()) {
                String text = s.asText();
                int colon = text.indexOf(':');
                if (colon <= 0) return null;
                source = text.substring(0, colon);
            } else if (item instanceof YMap m) {
                String type = m.text("type");
                if (type != null && !type.equals("volume")) return null;
                source = m.text("source");
                if (source == null) return null;
            } else {
                return null;
            }
            if (source.isEmpty() || source.contains("$") || source.startsWith(".") || source.startsWith("/")
                    || source.startsWith("~") || source.contains("/") || source.contains("\\")) {
                return null;
            }
            return source;
        }

        private static void resourceRefs(YNode node, Set<String> into) {
            if (!(node instanceof YSeq seq)) return;
            for (YNode item : seq.items()) {
                if (item instanceof YScalar s && s.isString()) into.add(s.asText());
                if (item instanceof YMap m && m.text("source") != null) into.add(m.text("source"));
            }
        }

        private static void addKeys(YNode node, Set<String> into) {
            if (node instanceof YMap m) into.addAll(m.keys());
        }

        private static void texts(YSeq seq, Set<String> into, boolean beforeColon) {
            for (YNode item : seq.items()) {
                if (item instanceof YScalar s && s.isString()) {
                    String text = s.asText();
                    int colon = beforeColon ? text.indexOf(':') : -1;
                    into.add(colon > 0 ? text.substring(0, colon) : text);
                }
            }
        }
    }
}
