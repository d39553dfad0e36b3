package dev.composelint.core.schema;

import dev.composelint.core.Source;
import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * TEST SUPPORT: seeded, deterministic mutations of compose documents, each the kind of mistake people make:
 * a property renamed, a value of the wrong type, an enum value misspelt, a property removed, a property added.
 */
final class Mutator {

    /** Keys whose values are constrained by an enum or a pattern; misspelling them must be caught. */
    private static final Set<String> CONSTRAINED = Set.of("condition", "cgroup", "action", "order", "recursive",
            "selinux", "type", "pull_policy", "container_name", "interval", "timeout", "start_period",
            "stop_grace_period", "delay", "window", "monitor", "gpus");

    private final Random random;

    Mutator(Random random) {
        this.random = random;
    }

    List<YMap> mutate(List<YMap> documents, int perDocument) {
        List<YMap> result = new ArrayList<>();
        int kind = 0;
        for (YMap document : documents) {
            for (int i = 0; i < perDocument; i++) {
                YMap mutated = mutateOnce(document, kind++ % 6);
                if (mutated != null) result.add(mutated);
            }
        }
        return result;
    }

    private YMap mutateOnce(YMap document, int kind) {
        List<List<Object>> paths = new ArrayList<>();
        collect(document, new ArrayList<>(), paths);
        if (paths.isEmpty()) return null;
        List<Object> path = switch (kind) {
            case 2 -> pick(paths.stream().filter(p -> !p.isEmpty() && CONSTRAINED.contains(String.valueOf(last(p))))
                    .toList(), paths);
            default -> paths.get(random.nextInt(paths.size()));
        };
        return switch (kind) {
            case 0 -> renameKey(document, path);
            case 1, 2 -> (YMap) replace(document, path, 0, kind == 1 ? this::wrongType : this::misspell);
            case 3 -> removeKey(document, path);
            case 4 -> (YMap) replace(document, path, 0, this::addProperty);
            default -> (YMap) replace(document, path, 0, this::flipScalarType);
        };
    }

    private List<Object> pick(List<List<Object>> preferred, List<List<Object>> fallback) {
        List<List<Object>> from = preferred.isEmpty() ? fallback : preferred;
        return from.get(random.nextInt(from.size()));
    }

    private static Object last(List<Object> path) {
        return path.get(path.size() - 1);
    }

    private static void collect(YNode node, List<Object> path, List<List<Object>> out) {
        if (!path.isEmpty()) out.add(List.copyOf(path));
        if (node instanceof YMap map) {
            for (YEntry e : map.entries()) {
                path.add(e.key());
                collect(e.value(), path, out);
                path.remove(path.size() - 1);
            }
        } else if (node instanceof YSeq seq) {
            for (int i = 0; i < seq.size(); i++) {
                path.add(i);
                collect(seq.get(i), path, out);
                path.remove(path.size() - 1);
            }
        }
    }

    private static YNode replace(YNode node, List<Object> path, int depth, UnaryOperator<YNode> change) {
        if (depth == path.size()) return change.apply(node);
        Object step = path.get(depth);
        if (node instanceof YMap map) {
            YEntry entry = map.entry((String) step);
            return map.with(entry.key(), entry.keySource(), replace(entry.value(), path, depth + 1, change));
        }
        YSeq seq = (YSeq) node;
        List<YNode> items = new ArrayList<>(seq.items());
        items.set((Integer) step, replace(items.get((Integer) step), path, depth + 1, change));
        return new YSeq(items, seq.source(), seq.tag());
    }

    private YMap renameKey(YMap document, List<Object> path) {
        if (!(last(path) instanceof String key)) return (YMap) replace(document, path, 0, this::wrongType);
        List<Object> parentPath = path.subList(0, path.size() - 1);
        return (YMap) replace(document, parentPath, 0, parent -> {
            YMap map = (YMap) parent;
            List<YEntry> entries = new ArrayList<>();
            String renamed = typo(key);
            for (YEntry e : map.entries()) {
                boolean target = e.key().equals(key);
                if (!target && e.key().equals(renamed)) continue;
                entries.add(target ? new YEntry(renamed, e.keySource(), e.value()) : e);
            }
            return new YMap(entries, map.source(), map.tag());
        });
    }

    private YMap removeKey(YMap document, List<Object> path) {
        List<Object> parentPath = path.subList(0, path.size() - 1);
        Object step = last(path);
        return (YMap) replace(document, parentPath, 0, parent -> {
            if (parent instanceof YMap map) return map.without((String) step);
            YSeq seq = (YSeq) parent;
            List<YNode> items = new ArrayList<>(seq.items());
            items.remove((int) (Integer) step);
            return new YSeq(items, seq.source(), seq.tag());
        });
    }

    private YNode wrongType(YNode node) {
        Source at = node.source();
        return switch (node.kindName()) {
            case "string" -> new YMap(List.of(new YEntry("unexpected", at, YScalar.of("value", at))), at);
            case "integer", "number" -> new YSeq(List.of(YScalar.of("item", at)), at);
            case "boolean", "null" -> new YSeq(List.of(), at);
            case "mapping" -> YScalar.of(42L, at);
            default -> YScalar.of("not a list", at);
        };
    }

    private YNode misspell(YNode node) {
        if (node instanceof YScalar scalar && scalar.value() instanceof String s && !s.isEmpty()) {
            return YScalar.string(typo(s), scalar.source());
        }
        return wrongType(node);
    }

    private YNode addProperty(YNode node) {
        if (!(node instanceof YMap map)) return wrongType(node);
        String key = random.nextInt(4) == 0 ? "x-added" : "added_property";
        return map.with(key, map.source(), YScalar.of(1L, map.source()));
    }

    /** A number written as a string or the other way round, a boolean as a string: types interpolation can produce. */
    private YNode flipScalarType(YNode node) {
        if (!(node instanceof YScalar scalar) || scalar.isNull()) return wrongType(node);
        Object value = scalar.value();
        if (value instanceof String s) {
            try {
                return scalar.withValue(Long.parseLong(s.trim()));
            } catch (NumberFormatException notANumber) {
                return scalar.withValue(s.length() % 2 == 0);
            }
        }
        return scalar.withValue(scalar.asText());
    }

    private String typo(String text) {
        if (text.length() < 2) return text + "x";
        int at = random.nextInt(text.length() - 1);
        return switch (random.nextInt(3)) {
            case 0 -> text.substring(0, at) + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2);
            case 1 -> text.substring(0, at) + text.substring(at + 1);
            default -> text.substring(0, at) + text.charAt(at) + text.substring(at);
        };
    }
}
