package dev.composelint.core.merge;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Related;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Compose's merge of one tag-free tree onto another: mappings merge per key (later wins), sequences append,
 * scalars are replaced, a null never erases, plus the per-path special rules. Nodes keep the Source of the file
 * that supplied them; a merged mapping keeps its first (earlier) Source and key Sources.
 */
final class TreeMerger {

    private interface Rule {
        YNode merge(TreeMerger merger, YNode earlier, YNode later, TreePath path);
    }

    private record Special(String[] pattern, Rule rule) {
    }

    private static final List<Special> SPECIALS = specials();

    private final Consumer<Finding> findings;

    TreeMerger(Consumer<Finding> findings) {
        this.findings = findings;
    }

    private static List<Special> specials() {
        List<Special> list = new ArrayList<>();
        Rule replace = (merger, earlier, later, path) -> later;
        Rule keyValues = (merger, earlier, later, path) -> appendAsSequences(earlier, later);
        for (String path : List.of("services.*.command", "services.*.entrypoint", "services.*.healthcheck.test",
                "services.*.ulimits.*")) {
            list.add(new Special(TreePath.pattern(path), replace));
        }
        for (String path : List.of("services.*.environment", "services.*.labels", "services.*.annotations",
                "services.*.sysctls", "services.*.build.args", "services.*.build.labels",
                "services.*.build.additional_contexts", "services.*.deploy.labels", "networks.*.labels",
                "volumes.*.labels",
                "services.*.dns", "services.*.dns_opt", "services.*.dns_search", "services.*.env_file",
                "services.*.label_file", "services.*.tmpfs")) {
            list.add(new Special(TreePath.pattern(path), keyValues));
        }
        for (String path : List.of("services.*.extra_hosts", "services.*.build.extra_hosts")) {
            list.add(new Special(TreePath.pattern(path), (merger, earlier, later, p) -> appendNew(earlier, later)));
        }
        for (String path : List.of("services.*.networks", "services.*.models")) {
            list.add(new Special(TreePath.pattern(path), (merger, earlier, later, p) ->
                    merger.mergeMaps(namesToMap(earlier, false), namesToMap(later, false), p)));
        }
        list.add(new Special(TreePath.pattern("services.*.depends_on"), (merger, earlier, later, p) ->
                merger.mergeMaps(namesToMap(earlier, true), namesToMap(later, true), p)));
        list.add(new Special(TreePath.pattern("services.*.build"), TreeMerger::mergeBuild));
        list.add(new Special(TreePath.pattern("services.*.logging"), TreeMerger::mergeLogging));
        list.add(new Special(TreePath.pattern("networks.*.ipam.config"), TreeMerger::mergeIpamConfig));
        return List.copyOf(list);
    }

    /** Merges {@code later} onto {@code earlier}, both present under the same key at {@code path}. */
    YNode merge(YNode earlier, YNode later, TreePath path) {
        for (Special special : SPECIALS) {
            if (path.matches(special.pattern())) {
                return special.rule().merge(this, earlier, later, path);
            }
        }
        return mergeDefault(earlier, later, path);
    }

    private YNode mergeDefault(YNode earlier, YNode later, TreePath path) {
        if (isNull(later)) return earlier;
        if (isNull(earlier)) return later;
        if (earlier instanceof YMap earlierMap && later instanceof YMap laterMap) {
            return mergeMaps(earlierMap, laterMap, path);
        }
        if (earlier instanceof YSeq earlierSeq && later instanceof YSeq laterSeq) {
            List<YNode> items = new ArrayList<>(earlierSeq.items());
            items.addAll(laterSeq.items());
            return new YSeq(items, earlierSeq.source());
        }
        if (earlier instanceof YMap || later instanceof YMap) {
            findings.accept(new Finding(Diagnostics.COMPOSE, Severity.ERROR,
                    "cannot override " + path + ": " + withArticle(later.kindName()) + " cannot be merged onto "
                            + withArticle(earlier.kindName()) + ".",
                    later.source(), List.of(new Related(earlier.source(), "the earlier " + earlier.kindName())),
                    null, List.of()));
        }
        return later;
    }

    private static String withArticle(String kind) {
        return (kind.startsWith("i") ? "an " : "a ") + kind;
    }

    /** Merges two mappings per key: earlier keys keep their position and key Source, new keys are appended. */
    YMap mergeMaps(YMap earlier, YMap later, TreePath path) {
        List<YEntry> entries = new ArrayList<>(earlier.entries());
        Map<String, Integer> indexes = new HashMap<>(entries.size() * 2);
        for (int i = 0; i < entries.size(); i++) indexes.putIfAbsent(entries.get(i).key(), i);
        for (YEntry entry : later.entries()) {
            Integer index = indexes.get(entry.key());
            if (index == null) {
                indexes.put(entry.key(), entries.size());
                entries.add(entry);
            } else {
                YEntry existing = entries.get(index);
                entries.set(index, existing.withValue(merge(existing.value(), entry.value(), path.next(entry.key()))));
            }
        }
        Source source = earlier.isEmpty() ? later.source() : earlier.source();
        return new YMap(entries, source);
    }

    private static boolean isNull(YNode node) {
        return node instanceof YScalar scalar && scalar.isNull();
    }

    // --- the K=V family, dns*, env_file, tmpfs ...

    private static YSeq appendAsSequences(YNode earlier, YNode later) {
        List<YNode> items = new ArrayList<>(asSequence(earlier));
        items.addAll(asSequence(later));
        return new YSeq(items, earlier.source());
    }

    /** extra_hosts: later entries already present (same text) in the earlier list are dropped. */
    private static YSeq appendNew(YNode earlier, YNode later) {
        List<YNode> items = new ArrayList<>(asSequence(earlier));
        Set<String> present = new HashSet<>();
        for (YNode item : items) {
            present.add(text(item));
        }
        for (YNode item : asSequence(later)) {
            if (!present.contains(text(item))) items.add(item);
        }
        return new YSeq(items, earlier.source());
    }

    /**
     * A value as a list: a list as is, a scalar as a one-item list, a mapping as {@code K=V} strings sorted
     * ({@code K} alone for null, one {@code K=item} per item of a list value), null as empty. Each string keeps
     * the Source of its key, and its text is {@code K=} and the value as written (before interpolation).
     */
    static List<YNode> asSequence(YNode node) {
        if (node instanceof YSeq seq) return seq.items();
        if (node instanceof YMap map) {
            List<YScalar> items = new ArrayList<>();
            for (YEntry entry : map.entries()) {
                YNode value = entry.value();
                if (isNull(value)) {
                    items.add(YScalar.string(entry.key(), entry.keySource()));
                } else if (value instanceof YSeq values) {
                    for (YNode item : values.items()) items.add(keyValue(entry, item));
                } else {
                    items.add(keyValue(entry, value));
                }
            }
            items.sort(Comparator.comparing(item -> (String) item.value()));
            return List.copyOf(items);
        }
        return isNull(node) ? List.of() : List.of(node);
    }

    /** {@code K=V} with the value's text as written kept as the scalar's text (rules read raw values). */
    private static YScalar keyValue(YEntry entry, YNode value) {
        String raw = value instanceof YScalar scalar ? scalar.text() : "";
        return new YScalar(entry.key() + "=" + text(value), entry.key() + "=" + raw, false, entry.keySource(),
                null);
    }

    /** A scalar's Go text; mappings and sequences have none (as in Compose's node conversion). */
    static String text(YNode node) {
        return node instanceof YScalar scalar ? scalar.asText() : "";
    }

    // --- networks, models, depends_on

    /**
     * A list of names as a mapping: null values, or for depends_on {@code {condition: service_started,
     * required: true}}; each entry carries the Source of the item it came from. Null or a scalar is empty.
     */
    private static YMap namesToMap(YNode node, boolean dependency) {
        if (node instanceof YMap map) return map;
        List<YEntry> entries = new ArrayList<>();
        if (node instanceof YSeq seq) {
            for (YNode item : seq.items()) {
                if (!(item instanceof YScalar name) || name.isNull()) continue;
                Source at = item.source();
                YNode value = dependency
                        ? new YMap(List.of(
                                new YEntry("condition", at, YScalar.string("service_started", at)),
                                new YEntry("required", at, YScalar.of(Boolean.TRUE, at))), at)
                        : YScalar.of(null, at);
                entries.add(new YEntry(name.asText(), at, value));
            }
        }
        return new YMap(entries, node.source());
    }

    // --- build, logging, ipam

    private YNode mergeBuild(YNode earlier, YNode later, TreePath path) {
        YNode earlierBuild = buildAsMap(earlier);
        YNode laterBuild = buildAsMap(later);
        if (earlierBuild instanceof YMap earlierMap && laterBuild instanceof YMap laterMap) {
            return mergeMaps(earlierMap, laterMap, path);
        }
        return mergeDefault(earlierBuild, laterBuild, path);
    }

    /** {@code build: dir} as {@code {context: dir}}, null as empty; other shapes untouched. */
    private static YNode buildAsMap(YNode node) {
        if (isNull(node)) return YMap.empty(node.source());
        if (node instanceof YScalar context) {
            return new YMap(List.of(new YEntry("context", context.source(), context)), context.source());
        }
        return node;
    }

    /** Logging: options merge only when both drivers are equal or one side names none; else the later wins. */
    private YNode mergeLogging(YNode earlier, YNode later, TreePath path) {
        if (!(earlier instanceof YMap earlierMap)) return later;
        if (!(later instanceof YMap laterMap)) return earlier;
        YNode earlierDriver = earlierMap.get("driver");
        YNode laterDriver = laterMap.get("driver");
        boolean bothSet = earlierDriver != null && laterDriver != null;
        if (bothSet && !text(earlierDriver).equals(text(laterDriver))) return later;
        return mergeMaps(earlierMap, laterMap, path);
    }

    /**
     * Top-level {@code networks.*.ipam.config}: as in Compose, the result holds the later file's pools in order,
     * each merged onto the earlier pool with the same {@code subnet}; earlier pools without a later match are
     * dropped. An empty earlier list keeps the later pools.
     */
    private YNode mergeIpamConfig(YNode earlier, YNode later, TreePath path) {
        if (!(earlier instanceof YSeq earlierSeq) || !(later instanceof YSeq laterSeq)) {
            return mergeDefault(earlier, later, path);
        }
        List<YNode> pools = new ArrayList<>();
        Map<String, Integer> bySubnet = new HashMap<>();
        for (YNode pool : laterSeq.items()) {
            String subnet = subnet(pool);
            YNode match = earlierSeq.items().stream()
                    .filter(candidate -> subnet.equals(subnet(candidate)))
                    .reduce((first, second) -> second).orElse(null);
            YNode merged = match instanceof YMap matchMap && pool instanceof YMap poolMap
                    ? mergeMaps(matchMap, poolMap, path) : pool;
            Integer index = bySubnet.get(subnet);
            if (index == null) {
                bySubnet.put(subnet, pools.size());
                pools.add(merged);
            } else {
                pools.set(index, merged);
            }
        }
        return new YSeq(pools, earlierSeq.source());
    }

    private static String subnet(YNode pool) {
        return pool instanceof YMap map && map.get("subnet") != null ? text(map.get("subnet")) : "";
    }
}
