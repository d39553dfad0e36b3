package dev.composelint.core.load;

import dev.composelint.core.Source;
import dev.composelint.core.model.FileLayout;
import dev.composelint.core.model.FileLayout.Item;
import dev.composelint.core.model.FileLayout.Key;
import dev.composelint.core.model.FileLayout.ServiceLayout;
import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads a {@link FileLayout} from a file's raw document (before interpolation and merge). */
final class LayoutReader {

    private LayoutReader() {
    }

    static FileLayout read(YMap document) {
        List<ServiceLayout> services = new ArrayList<>();
        if (document.get("services") instanceof YMap map) {
            for (YEntry entry : own(map)) {
                if (!(entry.value() instanceof YMap service)) continue;
                services.add(new ServiceLayout(entry.key(), entry.keySource(), keys(service),
                        items(service.get("ports")), items(service.get("expose")), items(service.get("volumes")),
                        dependencies(service.get("depends_on"))));
            }
        }
        return new FileLayout(keys(document), services);
    }

    private static List<Key> keys(YMap map) {
        List<Key> keys = new ArrayList<>();
        for (YEntry entry : own(map)) keys.add(new Key(entry.key(), entry.keySource()));
        return keys;
    }

    private static List<Key> dependencies(YNode node) {
        if (node instanceof YMap map) return keys(map);
        List<Key> keys = new ArrayList<>();
        if (node instanceof YSeq seq) {
            for (YNode item : seq.items()) {
                if (item instanceof YScalar scalar && !scalar.isNull()) keys.add(new Key(scalar.text(), item.source()));
            }
        }
        return keys;
    }

    private static List<Item> items(YNode node) {
        List<Item> items = new ArrayList<>();
        if (node instanceof YSeq seq) {
            for (YNode item : seq.items()) {
                if (item instanceof YScalar scalar) {
                    items.add(new Item(scalar.text(), quote(scalar.quote()), item.source()));
                } else {
                    items.add(new Item(null, FileLayout.Quote.NONE, item.source()));
                }
            }
        }
        return items;
    }

    /**
     * The entries written inside the mapping itself, not merged in from an anchor written elsewhere, in document
     * order (a key that overrides a merged one keeps the merged key's place in the tree).
     */
    private static List<YEntry> own(YMap map) {
        List<YEntry> entries = new ArrayList<>();
        for (YEntry entry : map.entries()) {
            if (inside(entry.keySource(), map.source())) entries.add(entry);
        }
        entries.sort(Comparator.comparingInt((YEntry e) -> e.keySource().line())
                .thenComparingInt(e -> e.keySource().column()));
        return entries;
    }

    private static boolean inside(Source key, Source map) {
        if (key == null || map == null || !key.file().equals(map.file())) return false;
        if (key.line() < map.line() || key.line() == map.line() && key.column() < map.column()) return false;
        if (!map.hasEnd()) return true;
        return key.line() < map.endLine() || key.line() == map.endLine() && key.column() <= map.endColumn();
    }

    private static FileLayout.Quote quote(YScalar.Quote quote) {
        return switch (quote) {
            case SINGLE -> FileLayout.Quote.SINGLE;
            case DOUBLE -> FileLayout.Quote.DOUBLE;
            case BLOCK -> FileLayout.Quote.BLOCK;
            case NONE -> FileLayout.Quote.NONE;
        };
    }
}
