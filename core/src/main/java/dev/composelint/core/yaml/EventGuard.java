package dev.composelint.core.yaml;

import dev.composelint.core.Source;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.parser.Parser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sits between snakeyaml's parser and composer: stops nesting deeper than the limit before the (recursive)
 * composer descends into it, and remembers where each alias of the current document was written.
 */
final class EventGuard implements Parser {

    private final Parser parser;
    private final Path file;
    private final int maxDepth;
    private final List<Source> aliases = new ArrayList<>();
    private int depth;
    private boolean sawAlias;

    EventGuard(Parser parser, Path file, int maxDepth) {
        this.parser = parser;
        this.file = file;
        this.maxDepth = maxDepth;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return parser.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event event = parser.next();
        switch (event.getEventId()) {
            case SequenceStart, MappingStart -> {
                if (++depth > maxDepth) {
                    throw new LimitExceeded("YAML nesting exceeds the maximum depth of " + maxDepth,
                            start(event));
                }
            }
            case SequenceEnd, MappingEnd -> depth--;
            case Alias -> {
                aliases.add(start((AliasEvent) event));
                sawAlias = true;
            }
            case DocumentStart -> aliases.clear();
            default -> { }
        }
        return event;
    }

    /** Whether any document read so far used an alias. */
    boolean sawAlias() {
        return sawAlias;
    }

    /** Where the aliases of the document being composed were written, in document order. */
    List<Source> aliases() {
        return aliases;
    }

    private Source start(Event event) {
        return YamlReader.source(file, event.getStartMark().orElse(null), event.getEndMark().orElse(null));
    }
}
