package dev.composelint.core.config;

import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.fs.Glob;
import dev.composelint.core.fs.WorkspaceFiles;
import dev.composelint.core.engine.RuleSettings;
import dev.composelint.core.load.ProjectDefinition;
import dev.composelint.core.rule.Presets;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and reads {@code .composelint.yaml}. Every problem (YAML syntax, unknown keys, wrong types, bad values)
 * is a {@link ConfigException} with its position.
 */
public final class ConfigLoader {

    /** The file names looked for, in order, in each directory. */
    public static final List<String> FILE_NAMES = List.of(".composelint.yaml", ".composelint.yml");

    private static final Set<String> TOP_KEYS = Set.of("rules", "presets", "ignore", "profiles", "fail-on", "projects",
            "strict-env", "allow-outside");
    private static final Set<String> RULE_KEYS = Set.of("severity", "options");
    private static final Set<String> PROJECT_KEYS = Set.of("name", "directory", "files", "env-files");
    private static final int MAX_CODE_POINTS = 1024 * 1024;
    /** The largest configuration file read: 4 MiB (a FIFO or device is never opened). */
    private static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    private ConfigLoader() {
    }

    /** The nearest configuration file in {@code directory} or one of its parents, up to the filesystem root. */
    public static Optional<Path> find(Path directory) {
        for (Path dir = directory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            for (String name : FILE_NAMES) {
                Path candidate = dir.resolve(name);
                // a FIFO or device under the name is found too, so that load() reports it instead of skipping it
                if (Files.exists(candidate) && !Files.isDirectory(candidate)) return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Reads and parses a configuration file. */
    public static LintConfig load(Path file) throws ConfigException {
        WorkspaceFiles.Content content = WorkspaceFiles.readRegular(file, MAX_FILE_BYTES);
        if (content.problem() == WorkspaceFiles.Problem.MISSING) {
            throw new ConfigException(Source.file(file), "config file not found");
        }
        if (!content.ok()) {
            throw new ConfigException(Source.file(file), "cannot read config file: " + content.message());
        }
        byte[] bytes = content.bytes();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(Source.file(file), "config file is not UTF-8 text");
        }
        return parse(file, text);
    }

    /** Parses configuration text; {@code file} names it in positions and anchors relative project paths. */
    public static LintConfig parse(Path file, String text) throws ConfigException {
        return new Parser(file).parse(text);
    }

    private static final class Parser {
        private final Path file;
        private final Path directory;
        private final LoadSettings settings;

        Parser(Path file) {
            this.file = file;
            this.directory = file.toAbsolutePath().normalize().getParent();
            this.settings = LoadSettings.builder().setLabel(file.toString()).setSchema(new CoreSchema())
                    .setCodePointLimit(MAX_CODE_POINTS).setMaxAliasesForCollections(50).build();
        }

        LintConfig parse(String text) throws ConfigException {
            Optional<Node> root;
            try {
                root = new Compose(settings).composeString(text);
            } catch (MarkedYamlEngineException e) {
                Source at = e.getProblemMark().map(this::source).orElse(Source.file(file));
                throw new ConfigException(at, "invalid YAML: " + e.getProblem());
            } catch (YamlEngineException e) {
                throw new ConfigException(Source.file(file), "invalid YAML: " + e.getMessage());
            }
            if (root.isEmpty() || isNull(root.get())) return new LintConfig(file, Map.of(), List.of(), List.of(),
                    null, List.of(), List.of(), false, List.of());
            Map<String, Entry> top = mapping(root.get(), TOP_KEYS, "the configuration");
            Map<String, RuleConfig> rules = new LinkedHashMap<>();
            if (top.containsKey("rules")) {
                for (Entry rule : mapping(top.get("rules").value(), null, "'rules'").values()) {
                    rules.put(rule.key(), ruleConfig(rule));
                }
            }
            List<String> ignore = top.containsKey("ignore") ? globs(top.get("ignore").value()) : List.of();
            List<String> profiles = top.containsKey("profiles")
                    ? strings(top.get("profiles").value(), "'profiles'") : List.of();
            FailOn failOn = top.containsKey("fail-on") ? failOn(top.get("fail-on").value()) : null;
            List<ProjectDefinition> projects = new ArrayList<>();
            if (top.containsKey("projects")) {
                for (Node project : sequence(top.get("projects").value(), "'projects'")) {
                    projects.add(project(project));
                }
            }
            List<String> presets = top.containsKey("presets") ? presets(top.get("presets").value()) : List.of();
            boolean strictEnv = top.containsKey("strict-env") && strictEnv(top.get("strict-env").value());
            List<Path> allowOutside = new ArrayList<>();
            if (top.containsKey("allow-outside")) {
                for (String dir : strings(top.get("allow-outside").value(), "'allow-outside'")) {
                    allowOutside.add(directory.resolve(dir).normalize());
                }
            }
            return new LintConfig(file, rules, ignore, profiles, failOn, projects, presets, strictEnv,
                    allowOutside);
        }

        private boolean strictEnv(Node node) throws ConfigException {
            String text = scalar(node, "'strict-env'");
            if (text.equals("true") || text.equals("false")) return Boolean.parseBoolean(text);
            throw new ConfigException(source(node), "invalid strict-env '" + text + "'; expected true or false");
        }

        private List<String> presets(Node node) throws ConfigException {
            List<String> names = strings(node, "'presets'");
            List<Node> items = sequence(node, "'presets'");
            for (int i = 0; i < names.size(); i++) {
                if (!Presets.isKnown(names.get(i))) {
                    throw new ConfigException(source(items.get(i)), "unknown preset '" + names.get(i)
                            + "'; expected one of " + String.join(", ", Presets.NAMES));
                }
            }
            return names;
        }

        private RuleConfig ruleConfig(Entry rule) throws ConfigException {
            Node value = rule.value();
            if (value instanceof ScalarNode) {
                return new RuleConfig(rule.key(), level(value), rule.keySource());
            }
            Map<String, Entry> entries = mapping(value, RULE_KEYS, "rule '" + rule.key() + "'");
            RuleSettings level = entries.containsKey("severity") ? level(entries.get("severity").value())
                    : RuleSettings.DEFAULT;
            Map<String, Object> options = new LinkedHashMap<>();
            Map<String, Source> optionSources = new LinkedHashMap<>();
            if (entries.containsKey("options")) {
                for (Entry option : mapping(entries.get("options").value(), null, "'options'").values()) {
                    Object optionValue = construct(option.value());
                    if (optionValue == null) {
                        throw new ConfigException(option.keySource(), "option '" + option.key() + "' has no value");
                    }
                    options.put(option.key(), optionValue);
                    optionSources.put(option.key(), option.keySource());
                }
            }
            return new RuleConfig(rule.key(), new RuleSettings(level.enabled(), level.severity(), options),
                    rule.keySource(), optionSources);
        }

        /** {@code off} or a severity. */
        private RuleSettings level(Node node) throws ConfigException {
            String text = scalar(node, "a rule level");
            if (text.equalsIgnoreCase("off")) return RuleSettings.OFF;
            Severity severity = Severity.parse(text);
            if (severity == null) {
                throw new ConfigException(source(node), "invalid rule level '" + text
                        + "'; expected off, error, warning or info");
            }
            return new RuleSettings(true, severity, Map.of());
        }

        private FailOn failOn(Node node) throws ConfigException {
            String text = scalar(node, "'fail-on'");
            FailOn failOn = FailOn.parse(text);
            if (failOn == null) {
                throw new ConfigException(source(node), "invalid fail-on '" + text
                        + "'; expected error, warning, info or never");
            }
            return failOn;
        }

        private ProjectDefinition project(Node node) throws ConfigException {
            Map<String, Entry> entries = mapping(node, PROJECT_KEYS, "a project");
            String name = entries.containsKey("name") ? scalar(entries.get("name").value(), "'name'") : null;
            Path dir = entries.containsKey("directory")
                    ? directory.resolve(scalar(entries.get("directory").value(), "'directory'")).normalize() : null;
            List<Path> files = paths(entries.get("files"), "'files'");
            List<Path> envFiles = paths(entries.get("env-files"), "'env-files'");
            if (dir == null && files.isEmpty()) {
                throw new ConfigException(source(node), "a project needs 'files' or a 'directory'");
            }
            return new ProjectDefinition(name, dir, files, envFiles);
        }

        private List<Path> paths(Entry entry, String what) throws ConfigException {
            if (entry == null) return List.of();
            List<Path> paths = new ArrayList<>();
            for (String path : strings(entry.value(), what)) paths.add(directory.resolve(path).normalize());
            return paths;
        }

        /** The entries of a mapping by key; {@code allowed} null means any string key. */
        private Map<String, Entry> mapping(Node node, Set<String> allowed, String what) throws ConfigException {
            if (!(node instanceof MappingNode map)) {
                throw new ConfigException(source(node), what + " must be a mapping");
            }
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (NodeTuple tuple : map.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (!(keyNode instanceof ScalarNode key) || !key.getTag().equals(Tag.STR)) {
                    throw new ConfigException(source(keyNode), "keys in " + what + " must be strings");
                }
                String name = key.getValue();
                if (allowed != null && !allowed.contains(name)) {
                    throw new ConfigException(source(keyNode), "unknown key '" + name + "' in " + what
                            + "; expected one of " + String.join(", ", allowed.stream().sorted().toList()));
                }
                if (entries.containsKey(name)) {
                    throw new ConfigException(source(keyNode), "duplicate key '" + name + "' in " + what);
                }
                entries.put(name, new Entry(name, source(keyNode), tuple.getValueNode()));
            }
            return entries;
        }

        private List<Node> sequence(Node node, String what) throws ConfigException {
            if (!(node instanceof SequenceNode seq)) {
                throw new ConfigException(source(node), what + " must be a list");
            }
            return seq.getValue();
        }

        private List<String> strings(Node node, String what) throws ConfigException {
            List<String> values = new ArrayList<>();
            for (Node item : sequence(node, what)) values.add(scalar(item, "an entry of " + what));
            return values;
        }

        /** The {@code ignore} globs, each checked to compile. */
        private List<String> globs(Node node) throws ConfigException {
            List<String> globs = new ArrayList<>();
            for (Node item : sequence(node, "'ignore'")) {
                String glob = scalar(item, "an entry of 'ignore'");
                try {
                    Glob.of(glob);
                } catch (IllegalArgumentException e) {
                    throw new ConfigException(source(item), "invalid ignore glob: " + e.getMessage());
                }
                globs.add(glob);
            }
            return globs;
        }

        private String scalar(Node node, String what) throws ConfigException {
            if (!(node instanceof ScalarNode scalar) || isNull(node)) {
                throw new ConfigException(source(node), what + " must be a single value");
            }
            return scalar.getValue();
        }

        private Object construct(Node node) {
            return new StandardConstructor(settings).constructSingleDocument(Optional.of(node));
        }

        private static boolean isNull(Node node) {
            return node.getTag().equals(Tag.NULL);
        }

        private Source source(Node node) {
            return node.getStartMark().map(this::source).orElse(Source.file(file));
        }

        private Source source(Mark mark) {
            return Source.of(file, mark.getLine() + 1, mark.getColumn() + 1);
        }
    }

    /** A mapping entry with the position of its key. */
    private record Entry(String key, Source keySource, Node value) {
    }
}
