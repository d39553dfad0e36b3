package dev.composelint.core.merge;

import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Compose's de-duplication of keyed sequences after each merge: an entry whose key was already seen replaces the
 * earlier entry at the earlier position. Entries Compose could not index (it would stop loading) are kept as they
 * are; the schema and short-syntax stages report them.
 */
final class Unicity {

    private record Keyed(String[] pattern, Function<YNode, String> indexer) {
    }

    private static final List<Keyed> KEYED = keyed();
    /** Per depth, the segments the patterns name there, "*" included: a key named by none is skipped at once. */
    private static final List<Set<String>> SEGMENTS_AT_DEPTH = segmentsAtDepth();

    /** Whether some keyed pattern has {@code *} at a depth. */
    private static final boolean[] WILDCARD_AT_DEPTH = wildcardAtDepth();

    private Unicity() {
    }

    private static List<Keyed> keyed() {
        List<Keyed> list = new ArrayList<>();
        for (String path : List.of("networks.*.labels", "networks.*.ipam.options", "services.*.annotations",
                "services.*.build.args", "services.*.build.additional_contexts", "services.*.build.platform",
                "services.*.build.tags", "services.*.build.labels", "services.*.cap_add", "services.*.cap_drop",
                "services.*.deploy.labels", "services.*.dns", "services.*.dns_opt", "services.*.dns_search",
                "services.*.environment", "services.*.labels", "services.*.links",
                "services.*.networks.*.aliases", "services.*.networks.*.link_local_ips", "services.*.profiles",
                "services.*.sysctls", "services.*.tmpfs")) {
            list.add(new Keyed(TreePath.pattern(path), Unicity::textBeforeEquals));
        }
        list.add(new Keyed(TreePath.pattern("services.*.ports"), Unicity::portKey));
        list.add(new Keyed(TreePath.pattern("services.*.volumes"), Unicity::volumeKey));
        list.add(new Keyed(TreePath.pattern("services.*.secrets"), node -> mountKey(node, "/run/secrets")));
        list.add(new Keyed(TreePath.pattern("services.*.configs"), node -> mountKey(node, "")));
        list.add(new Keyed(TreePath.pattern("services.*.devices"), Unicity::deviceKey));
        list.add(new Keyed(TreePath.pattern("services.*.env_file"), Unicity::envFileKey));
        list.add(new Keyed(TreePath.pattern("services.*.expose"), Unicity::scalarText));
        return List.copyOf(list);
    }

    private static List<Set<String>> segmentsAtDepth() {
        List<Set<String>> byDepth = new ArrayList<>();
        for (Keyed keyed : KEYED) {
            for (int depth = 0; depth < keyed.pattern().length; depth++) {
                if (byDepth.size() <= depth) byDepth.add(new HashSet<>());
                byDepth.get(depth).add(keyed.pattern()[depth]);
            }
        }
        return byDepth.stream().map(Set::copyOf).toList();
    }

    private static boolean[] wildcardAtDepth() {
        boolean[] wildcard = new boolean[SEGMENTS_AT_DEPTH.size()];
        for (int depth = 0; depth < wildcard.length; depth++) wildcard[depth] = SEGMENTS_AT_DEPTH.get(depth).contains("*");
        return wildcard;
    }

    /** False when no keyed pattern can match or lie below the child {@code key} of {@code parent}. */
    private static boolean mayLeadToKeyed(TreePath parent, String key) {
        int depth = parent.segments().size();
        if (depth >= SEGMENTS_AT_DEPTH.size()) return false;
        if (key.indexOf('.') >= 0) return true;   // several segments: left to the full check
        return WILDCARD_AT_DEPTH[depth] || SEGMENTS_AT_DEPTH.get(depth).contains(key);
    }

    /**
     * The tree with every keyed sequence below {@code path} de-duplicated. Only paths that lead to a keyed
     * sequence are visited, and unchanged subtrees are shared, so alias-expanded extensions are never copied.
     */
    static YNode apply(YNode node, TreePath path) {
        if (node instanceof YSeq seq) {
            for (Keyed keyed : KEYED) {
                if (path.matches(keyed.pattern())) return deduplicate(seq, keyed.indexer());
            }
        }
        if (!leadsToKeyed(path)) return node;
        if (node instanceof YMap map) {
            return map.withValues(entry -> mayLeadToKeyed(path, entry.key())
                    ? apply(entry.value(), path.next(entry.key())) : entry.value());
        }
        if (node instanceof YSeq seq) return seq.withItems((i, item) -> apply(item, path.item(i)));
        return node;
    }

    private static boolean leadsToKeyed(TreePath path) {
        for (Keyed keyed : KEYED) {
            if (path.leadsTo(keyed.pattern())) return true;
        }
        return false;
    }

    private static YSeq deduplicate(YSeq seq, Function<YNode, String> indexer) {
        List<YNode> items = new ArrayList<>(seq.size());
        Map<String, Integer> positions = new HashMap<>();
        for (YNode item : seq.items()) {
            String key = indexer.apply(item);
            Integer earlier = key == null ? null : positions.get(key);
            if (earlier != null) {
                items.set(earlier, item);
            } else {
                if (key != null) positions.put(key, items.size());
                items.add(item);
            }
        }
        // without duplicates the items are the sequence's own, in order: share it
        return items.size() == seq.size() ? seq : new YSeq(items, seq.source(), seq.tag());
    }

    /** {@code FOO=bar} and {@code FOO} are both keyed {@code FOO}. */
    static String textBeforeEquals(YNode node) {
        String text = scalarText(node);
        if (text == null) return null;
        int equals = text.indexOf('=');
        return equals < 0 ? text : text.substring(0, equals);
    }

    /** A short port is keyed by its raw text; a long one by {@code host_ip:published:target/protocol}. */
    static String portKey(YNode node) {
        if (node instanceof YMap port) {
            String target = scalarText(port.get("target"));
            if (target == null) return null;
            String published = scalarText(port.get("published"));
            return orDefault(scalarText(port.get("host_ip")), "0.0.0.0") + ":" + (published == null ? "" : published)
                    + ":" + target + "/" + orDefault(scalarText(port.get("protocol")), "tcp");
        }
        return scalarText(node);
    }

    static String volumeKey(YNode node) {
        if (node instanceof YMap volume) return scalarText(volume.get("target"));
        String spec = scalarText(node);
        return spec == null ? null : ShortVolume.target(spec);
    }

    /** Secrets and configs: the target, else {@code <default dir>/<source>}. */
    static String mountKey(YNode node, String defaultDirectory) {
        if (node instanceof YMap mount) {
            String target = scalarText(mount.get("target"));
            if (target != null) return target;
            String source = scalarText(mount.get("source"));
            return source == null ? null : defaultDirectory + "/" + source;
        }
        String source = scalarText(node);
        return source == null ? null : defaultDirectory + "/" + source;
    }

    /** Devices: the container path, the second colon-separated part ({@code /dev/a:/dev/b:rwm}) or the only one. */
    static String deviceKey(YNode node) {
        if (node instanceof YMap device) return scalarText(device.get("target"));
        String spec = scalarText(node);
        if (spec == null) return null;
        String[] parts = spec.split(":", -1);
        return parts.length == 1 ? parts[0] : parts[1];
    }

    static String envFileKey(YNode node) {
        return node instanceof YMap envFile ? scalarText(envFile.get("path")) : scalarText(node);
    }

    /** The Go text of a non-null scalar, else null. */
    private static String scalarText(YNode node) {
        return node instanceof YScalar scalar && !scalar.isNull() ? scalar.asText() : null;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}
