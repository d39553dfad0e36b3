package dev.composelint.core.model;

import dev.composelint.core.Source;

import java.util.List;

/**
 * How one compose file is written, for style rules: key order and quoting as in the file, before interpolation,
 * merge, {@code extends} or {@code include}. Keys that come from a YAML merge key ({@code <<: *anchor}) are left
 * out: they are written elsewhere, so their order is not this mapping's.
 *
 * @param topLevel the top-level keys in document order
 * @param services the services in document order
 */
public record FileLayout(List<Key> topLevel, List<ServiceLayout> services) {

    public static final FileLayout EMPTY = new FileLayout(List.of(), List.of());

    public FileLayout {
        topLevel = List.copyOf(topLevel);
        services = List.copyOf(services);
    }

    /** How a scalar was written. */
    public enum Quote { NONE, SINGLE, DOUBLE, BLOCK }

    /** A mapping key, or a sequence item that names something (a {@code depends_on} list item). */
    public record Key(String name, Source source) {
    }

    /** A sequence item: its text as written (null when it is a mapping, long syntax) and its quoting. */
    public record Item(String text, Quote quote, Source source) {
    }

    /**
     * One service as written.
     *
     * @param keys      the service's own keys in order
     * @param ports     the {@code ports} items, empty when absent or not a sequence
     * @param expose    the {@code expose} items
     * @param volumes   the {@code volumes} items
     * @param dependsOn the {@code depends_on} entries (list items or map keys) in order
     */
    public record ServiceLayout(String name, Source source, List<Key> keys, List<Item> ports, List<Item> expose,
                                List<Item> volumes, List<Key> dependsOn) {

        public ServiceLayout {
            keys = List.copyOf(keys);
            ports = List.copyOf(ports);
            expose = List.copyOf(expose);
            volumes = List.copyOf(volumes);
            dependsOn = List.copyOf(dependsOn);
        }

        /** The source of one of the service's own keys, or null. */
        public Source keySource(String key) {
            for (Key k : keys) {
                if (k.name().equals(key)) return k.source();
            }
            return null;
        }
    }
}
