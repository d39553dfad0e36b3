package dev.composelint.core.yaml;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.fs.WorkspaceFiles;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.Schema;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML files into {@link YNode} trees the way Compose's go-yaml does: every document of a file, scalars
 * resolved by the YAML 1.2 core rules of go-yaml, anchors, aliases and {@code <<} merge keys resolved,
 * {@code !reset}/{@code !override} recorded on the nodes, positions kept. Never throws: every problem is a
 * {@link Finding} with rule id {@link Diagnostics#YAML} or {@link Diagnostics#IO}.
 *
 * <p>Duplicate keys are reported at the second key; the later value wins (it replaces the earlier one in place).
 * Non-string keys are reported and kept under their text. A document that breaks a {@link YamlLimits} bound is
 * reported and left out; after a syntax error no further document is read. Problems inside an anchored node are
 * reported once, where it is defined. Instances are immutable and thread-safe.
 */
public final class YamlReader {

    /** Leaves every scalar tagged as a string: scalar resolution happens in {@link GoScalars} instead. */
    private static final Schema UNRESOLVED = new Schema() {
        @Override
        public ScalarResolver getScalarResolver() {
            return (value, implicit) -> Tag.STR;
        }

        @Override
        public Map<Tag, ConstructNode> getSchemaTagConstructors() {
            return Map.of();
        }
    };

    /** snakeyaml's default read window; a longer text gets a larger one. */
    private static final int STREAM_WINDOW_STEP = 1024;
    private static final int MAX_STREAM_WINDOW = 4 << 20;

    private final YamlLimits limits;
    private final LoadSettings settings;

    public YamlReader() {
        this(YamlLimits.DEFAULT);
    }

    public YamlReader(YamlLimits limits) {
        this.limits = limits;
        this.settings = LoadSettings.builder()
                .setSchema(UNRESOLVED)
                .setAllowDuplicateKeys(true)
                .setAllowNonScalarKeys(true)
                .setAllowRecursiveKeys(true)
                .setMaxAliasesForCollections(Integer.MAX_VALUE)
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()))
                .setUseMarks(true)
                .build();
    }

    public YamlLimits limits() {
        return limits;
    }

    /**
     * Reads and parses {@code file} through {@link WorkspaceFiles#readRegular} (a regular file only, bounded);
     * unreadable, special, oversized or undecodable files give one diagnostic.
     */
    public YamlParse read(Path file) {
        return read(file, null);
    }

    /**
     * {@link #read(Path)} through a run's file source: its buffer when the file has one, the cached disk bytes
     * otherwise (no boundary check; null: the disk, uncached).
     */
    public YamlParse read(Path file, WorkspaceFiles files) {
        try {
            WorkspaceFiles.Content content = files == null ? WorkspaceFiles.readRegular(file, limits.maxFileBytes())
                    : files.content(file, limits.maxFileBytes());
            if (!content.ok()) {
                return switch (content.problem()) {
                    case DIRECTORY -> failure(file, Diagnostics.IO, "cannot read the file: it is a directory");
                    case MISSING -> failure(file, Diagnostics.IO, "the file does not exist");
                    case TOO_LARGE -> tooLarge(file);
                    case DENIED -> failure(file, Diagnostics.IO, "cannot read the file: permission denied");
                    case NOT_REGULAR -> failure(file, Diagnostics.IO,
                            "cannot read the file: it is not a regular file (a FIFO, socket or device)");
                    default -> failure(file, Diagnostics.IO, "cannot read the file: " + content.detail());
                };
            }
            TextDecoder.Decoded decoded = TextDecoder.decode(content.bytes());
            if (!decoded.ok()) {
                Finding finding = new Finding(Diagnostics.IO, Severity.ERROR, decoded.error(),
                        Source.of(file, decoded.line(), decoded.column()));
                return new YamlParse(file, List.of(), List.of(finding));
            }
            return parse(file, decoded.text());
        } catch (RuntimeException e) {
            return failure(file, Diagnostics.IO, "cannot read the file: " + describe(e));
        } catch (OutOfMemoryError e) {
            return failure(file, Diagnostics.IO, "cannot read the file: not enough memory");
        }
    }

    /** Parses already decoded {@code content} of {@code file} (a leading byte order mark is ignored). */
    public YamlParse parse(Path file, String content) {
        YamlParse direct = parse(file, content, false);
        return direct != null ? direct : parse(file, content, true);
    }

    /** {@link #parse(Path, String)} by {@link EventTreeBuilder} alone: null when the text needs the composer. */
    YamlParse parseDirect(Path file, String content) {
        return parse(file, content, false);
    }

    /**
     * {@link #parse(Path, String)} through snakeyaml's composer and {@link TreeBuilder}, the two-pass reading that
     * {@link EventTreeBuilder} replaces: the reference the tests compare with.
     */
    YamlParse parseComposed(Path file, String content) {
        return parse(file, content, true);
    }

    /** The documents and diagnostics of {@code content}; null when {@link EventTreeBuilder} gives the text up. */
    private YamlParse parse(Path file, String content, boolean composed) {
        if (content.length() > limits.maxFileBytes()) return tooLarge(file);
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        List<YNode> documents = new ArrayList<>();
        List<Finding> diagnostics = new ArrayList<>();
        Parser plain = composed ? null : BlockEvents.of(text);
        Parser parser = plain != null ? plain : snakeyamlParser(text);
        EventGuard guard = composed ? new EventGuard(parser, file, limits.maxDepth()) : null;
        EventTreeBuilder builder = composed ? null : new EventTreeBuilder(parser, file, limits);
        try {
            if (composed) {
                ComposedTrees.read(guard, settings, file, limits, documents, diagnostics);
            } else {
                builder.read(documents, diagnostics);
            }
        } catch (EventTreeBuilder.NeedsComposer e) {
            return null;
        } catch (LimitExceeded e) {
            diagnostics.add(yaml(e.getMessage(), e.source()));
        } catch (MarkedYamlEngineException e) {
            diagnostics.add(syntaxError(file, e));
        } catch (ReaderException e) {
            int[] at = TextDecoder.position(codePointPrefix(text, e.getPosition()));
            diagnostics.add(yaml(String.format("control character U+%04X is not allowed", e.getCodePoint()),
                    Source.of(file, at[0], at[1])));
        } catch (StackOverflowError e) {
            diagnostics.add(yaml("YAML nesting is too deep to process", Source.file(file)));
        } catch (RuntimeException e) {
            diagnostics.add(yaml("cannot parse YAML: " + describe(e), Source.file(file)));
        }
        return new YamlParse(file, documents, diagnostics, composed ? guard.sawAlias() : builder.sawAlias());
    }

    private Parser snakeyamlParser(String text) {
        // A window as large as the text (up to 4 Mi code points): a long token is then not copied again and again.
        LoadSettings readerSettings = text.length() <= STREAM_WINDOW_STEP ? settings
                : LoadSettings.builder().setBufferSize(Math.min(text.length() + 1, MAX_STREAM_WINDOW))
                        .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes())).setUseMarks(true)
                        .build();
        return new ParserImpl(settings, new StreamReader(readerSettings, text));
    }

    /** A 1-based Source from snakeyaml's 0-based marks; missing marks give the start of the file. */
    static Source source(Path file, Mark start, Mark end) {
        if (start == null) return Source.file(file);
        return end == null
                ? Source.of(file, start.getLine() + 1, start.getColumn() + 1)
                : new Source(file, start.getLine() + 1, start.getColumn() + 1, end.getLine() + 1, end.getColumn() + 1);
    }

    private static Finding syntaxError(Path file, MarkedYamlEngineException e) {
        Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
        String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
        return yaml(plainMessage(problem), source(file, mark, null));
    }

    /** snakeyaml's problem text as one plain sentence. */
    static String plainMessage(String problem) {
        if (problem == null || problem.isBlank()) return "invalid YAML";
        String message = problem.strip();
        if (message.contains("(Do not use \\t(TAB) for indentation)") || message.contains("'\\t(TAB)'")) {
            return "found character '\\t' that cannot start any token (tabs are not allowed for indentation)";
        }
        int newline = message.indexOf('\n');
        if (newline >= 0) message = message.substring(0, newline).strip();
        while (message.endsWith(".") || message.endsWith(":")) message = message.substring(0, message.length() - 1);
        return message;
    }

    private static String codePointPrefix(String text, int codePoints) {
        int limit = Math.max(0, Math.min(codePoints, text.codePointCount(0, text.length())));
        return text.substring(0, text.offsetByCodePoints(0, limit));
    }

    private YamlParse tooLarge(Path file) {
        return failure(file, Diagnostics.IO, "the file is larger than the limit of " + limits.maxFileBytes() + " bytes");
    }

    private static YamlParse failure(Path file, String ruleId, String message) {
        return new YamlParse(file, List.of(),
                List.of(new Finding(ruleId, Severity.ERROR, message, Source.file(file))));
    }

    private static Finding yaml(String message, Source source) {
        return new Finding(Diagnostics.YAML, Severity.ERROR, message, source);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
