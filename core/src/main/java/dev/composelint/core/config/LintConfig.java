package dev.composelint.core.config;

import dev.composelint.core.Source;
import dev.composelint.core.load.ProjectDefinition;
import dev.composelint.core.rule.Presets;
import dev.composelint.core.rule.RuleMeta;
import dev.composelint.core.rule.RuleOption;

import java.io.File;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The contents of a {@code .composelint.yaml}. Paths inside {@code projects} are already resolved against the
 * file's directory; {@code ignore} globs are as written (relative to {@link #directory()}).
 *
 * @param file     the configuration file, or null for the empty configuration
 * @param rules    per-rule settings by rule id, in file order
 * @param ignore   glob patterns of files and directories to skip
 * @param profiles profiles to analyse when none are given on the command line
 * @param failOn   the failure threshold, or null when the file does not set it
 * @param projects explicit project definitions
 * @param presets   the presets to run ({@link Presets}), empty when the file does not name any
 * @param strictEnv {@code strict-env: true}: required variables without a value are errors (see
 *                  {@link dev.composelint.core.load.LoadRequest#strictEnv()})
 * @param allowOutside directories outside the workspace root that may be read ({@code allow-outside}, resolved
 *                 against the file's directory); honoured only for a configuration file outside the linted tree
 */
public record LintConfig(Path file, Map<String, RuleConfig> rules, List<String> ignore, List<String> profiles,
                         FailOn failOn, List<ProjectDefinition> projects, List<String> presets, boolean strictEnv,
                         List<Path> allowOutside) {

    public LintConfig {
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        ignore = List.copyOf(ignore);
        profiles = List.copyOf(profiles);
        projects = List.copyOf(projects);
        presets = presets == null ? List.of() : List.copyOf(presets);
        allowOutside = allowOutside == null ? List.of() : List.copyOf(allowOutside);
    }

    public LintConfig(Path file, Map<String, RuleConfig> rules, List<String> ignore, List<String> profiles,
                      FailOn failOn, List<ProjectDefinition> projects) {
        this(file, rules, ignore, profiles, failOn, projects, List.of(), false, List.of());
    }

    /** No file, no settings. */
    public static LintConfig empty() {
        return new LintConfig(null, Map.of(), List.of(), List.of(), null, List.of(), List.of(), false, List.of());
    }

    /** The directory the file's relative paths are relative to (null for the empty configuration). */
    public Path directory() {
        return file == null ? null : file.toAbsolutePath().normalize().getParent();
    }

    /**
     * Fails on the first rule id that is none of {@code known}, and on the first option a rule does not declare or
     * whose value has another type, at its position, naming the closest known id or option when there is one.
     */
    public void validate(Collection<RuleMeta> known) throws ConfigException {
        Map<String, RuleMeta> byId = new LinkedHashMap<>();
        known.forEach(meta -> byId.put(meta.id(), meta));
        for (RuleConfig rule : rules.values()) {
            RuleMeta meta = byId.get(rule.id());
            if (meta == null) {
                throw new ConfigException(rule.source(), "unknown rule '" + rule.id() + "'"
                        + suggestion(rule.id(), byId.keySet()));
            }
            for (Map.Entry<String, Object> option : rule.settings().options().entrySet()) {
                validateOption(rule, meta, option.getKey(), option.getValue());
            }
        }
    }

    private static void validateOption(RuleConfig rule, RuleMeta meta, String name, Object value)
            throws ConfigException {
        Source at = rule.optionSources().getOrDefault(name, rule.source());
        RuleOption declared = meta.options().stream().filter(o -> o.name().equals(name)).findFirst().orElse(null);
        if (declared == null) {
            List<String> names = meta.options().stream().map(RuleOption::name).toList();
            String kebab = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
            String hint = names.contains(kebab) && !kebab.equals(name) ? "; did you mean '" + kebab + "'?"
                    : names.isEmpty() ? "; rule '" + rule.id() + "' has no options"
                    : suggestion(name, names).isEmpty() ? "; expected one of " + String.join(", ", names)
                    : suggestion(name, names);
            throw new ConfigException(at, "unknown option '" + name + "' of rule '" + rule.id() + "'" + hint);
        }
        if (!declared.accepts(value)) {
            throw new ConfigException(at, "option '" + name + "' of rule '" + rule.id() + "' must be a"
                    + (declared.type().equals(RuleOption.INTEGER) ? "n " : " ") + declared.type());
        }
    }

    /** {@code "; did you mean 'x'?"} for the closest of {@code known}, else empty. */
    public static String suggestion(String id, Collection<String> known) {
        return closest(id, known).map(c -> "; did you mean '" + c + "'?").orElse("");
    }

    /** The {@code ignore} globs rewritten relative to {@code workingDirectory}, with forward slashes. */
    public List<String> ignoreRelativeTo(Path workingDirectory) {
        Path directory = directory();
        if (directory == null) return ignore;
        String prefix = workingDirectory.toAbsolutePath().normalize().relativize(directory).toString()
                .replace(File.separatorChar, '/');
        if (prefix.isEmpty()) return ignore;
        return ignore.stream().map(glob -> glob.startsWith("/") ? glob : prefix + "/" + glob).toList();
    }

    /** The known id within edit distance 2 of {@code id}, if any. */
    public static Optional<String> closest(String id, Collection<String> known) {
        return known.stream()
                .filter(candidate -> distance(id, candidate) <= 2)
                .min(Comparator.comparingInt((String candidate) -> distance(id, candidate))
                        .thenComparing(Comparator.naturalOrder()));
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
