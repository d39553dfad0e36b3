package dev.composelint.core.invocation;

import dev.composelint.core.Severity;
import dev.composelint.core.config.ConfigException;
import dev.composelint.core.config.ConfigLoader;
import dev.composelint.core.config.FailOn;
import dev.composelint.core.config.LintConfig;
import dev.composelint.core.config.RuleConfig;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.engine.Linter;
import dev.composelint.core.engine.RuleSettings;
import dev.composelint.core.fix.Fixer;
import dev.composelint.core.load.LoadRequest;
import dev.composelint.core.load.ProjectDefinition;
import dev.composelint.core.model.Workspace;
import dev.composelint.core.report.ReportContext;
import dev.composelint.core.report.TextReporter;
import dev.composelint.core.rule.Presets;
import dev.composelint.core.rule.ReservedRules;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleMeta;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One run as every front end (command line, Maven goal, embedding) starts it: finds and loads the configuration,
 * checks rule ids and rule options against the rules' declarations, applies presets, the configuration's rule
 * settings, enable and disable (in that order, the later winning), resolves fail-on and builds the
 * {@link LoadRequest}. Every problem is an {@link InvocationException} with one message for all front ends.
 *
 * <pre>{@code
 * LintInvocation run = LintInvocation.builder(Path.of("deploy")).load(r -> r.environment(System.getenv())).build();
 * LintResult result = run.lint();
 * if (run.fails(result)) { ... }
 * }</pre>
 */
public final class LintInvocation {

    private final LintConfig config;
    private final Linter linter;
    private final LoadRequest request;
    private final FailOn failOn;
    private final int maxWarnings;
    private final List<String> presets;
    private final Map<String, RuleMeta> knownRules;
    private final List<String> notes;

    private LintInvocation(LintConfig config, Linter linter, LoadRequest request, FailOn failOn, int maxWarnings,
                           List<String> presets, Map<String, RuleMeta> knownRules, List<String> notes) {
        this.config = config;
        this.linter = linter;
        this.request = request;
        this.failOn = failOn;
        this.maxWarnings = maxWarnings;
        this.presets = List.copyOf(presets);
        this.knownRules = Collections.unmodifiableMap(new LinkedHashMap<>(knownRules));
        this.notes = List.copyOf(notes);
    }

    /** Starts an invocation run from {@code workingDirectory}: relative paths and reports are relative to it. */
    public static Builder builder(Path workingDirectory) {
        return new Builder(workingDirectory);
    }

    /** What the front end should tell the user besides the findings (a configuration setting it ignored). */
    public List<String> notes() {
        return notes;
    }

    /** The configuration file's contents ({@link LintConfig#empty()} when there is none). */
    public LintConfig config() {
        return config;
    }

    /** The linter with every rule and the resolved settings. */
    public Linter linter() {
        return linter;
    }

    /** What to load. */
    public LoadRequest request() {
        return request;
    }

    /** The failure threshold: the front end's, else the configuration's, else {@link FailOn#ERROR}. */
    public FailOn failOn() {
        return failOn;
    }

    /** The presets in effect. */
    public List<String> presets() {
        return presets;
    }

    /** Every rule and then every reserved id, by id. */
    public Map<String, RuleMeta> knownRules() {
        return knownRules;
    }

    /** The rule or reserved id {@code id}; unknown: the message names the closest id. */
    public RuleMeta rule(String id) throws InvocationException {
        RuleMeta meta = knownRules.get(id);
        if (meta == null) {
            throw new InvocationException("unknown rule '" + id + "'" + LintConfig.suggestion(id, knownRules.keySet()));
        }
        return meta;
    }

    /** Loads {@link #request()} and lints it. */
    public LintResult lint() {
        return linter.lint(request);
    }

    /**
     * Lints, applies the fixes (the unsafe ones too when asked) and lints again, in bounded passes; with
     * {@code write} false nothing is written: the same passes run on buffers laid over the disk, and the outcome
     * holds the would-be texts (see {@link Fixer}).
     */
    public Fixer.FileOutcome fix(boolean unsafe, boolean write) {
        return new Fixer(null, unsafe).fixFiles(buffers -> linter.lint(request.withBuffers(buffers)), write);
    }

    /** How many findings of {@code result} the safe fixes would fix. */
    public long safelyFixable(LintResult result) {
        return new Fixer(null, false).countFixable(result.findings());
    }

    /** The most warnings a passing run may have; -1: no limit. */
    public int maxWarnings() {
        return maxWarnings;
    }

    /** Whether the result has findings at or above {@link #failOn()}, or more warnings than {@link #maxWarnings()}. */
    public boolean fails(LintResult result) {
        return result.failsAt(failOn.threshold())
                || maxWarnings >= 0 && result.count(Severity.WARNING) > maxWarnings;
    }

    /**
     * The run's one-line summary, the same in every front end: {@code composelint: 2 problems (1 error, 1 warning,
     * 0 info) in 1 compose project (fail-on error); reports: target/composelint.sarif}.
     */
    public String summary(LintResult result, List<Path> reports, ReportContext context) {
        String limits = "fail-on " + failOn.id() + (maxWarnings >= 0 ? ", max-warnings " + maxWarnings : "");
        String text = "composelint: " + TextReporter.counts(result) + " in "
                + TextReporter.plural(result.workspace().projects().size(), "compose project") + " (" + limits + ")";
        return reports.isEmpty() ? text
                : text + "; reports: " + String.join(", ", reports.stream().map(context::display).toList());
    }

    /** {@code composelint: 2 problems can be fixed with COMMAND} when safe fixes exist. */
    public Optional<String> fixHint(LintResult result, String command) {
        long fixable = safelyFixable(result);
        return fixable == 0 ? Optional.empty() : Optional.of("composelint: "
                + TextReporter.plural(fixable, "problem") + " can be fixed with " + command);
    }

    /** The same invocation loading {@code other} instead (a front end narrowing what it lints). */
    public LintInvocation withRequest(LoadRequest other) {
        return new LintInvocation(config, linter, other, failOn, maxWarnings, presets, knownRules, notes);
    }

    /**
     * Like {@code docker compose} with no file: when the result's workspace holds no compose file and nothing was
     * named, what to tell the user, e.g. {@code no compose file found under deploy (looked for ...)}.
     */
    public Optional<String> nothingFound(Workspace workspace) {
        if (!workspace.composeFiles().isEmpty() || !request.files().isEmpty() || !request.projects().isEmpty()) {
            return Optional.empty();
        }
        Path cwd = request.workingDirectory();
        List<Path> paths = request.paths().isEmpty() ? List.of(cwd) : request.paths();
        List<String> shown = paths.stream().map(p -> p.equals(cwd) ? "." : cwd.relativize(p).toString()).toList();
        return Optional.of("no compose file found under " + String.join(", ", shown)
                + " (looked for compose.yaml, docker-compose.yml and any YAML file with a services: mapping)");
    }

    /**
     * Collects what a front end was asked; {@link #build()} checks it all. What to load is said on the
     * {@link LoadRequest.Builder} given to {@link #load}; relative paths there are relative to the working directory.
     */
    public static final class Builder {
        private final Path workingDirectory;
        private final LoadRequest.Builder load = LoadRequest.builder();
        private final List<String> presets = new ArrayList<>();
        private final List<String> enable = new ArrayList<>();
        private final List<String> disable = new ArrayList<>();
        private final Map<String, RuleSettings> overrides = new LinkedHashMap<>();
        private final List<Rule> rules = new ArrayList<>();
        private Path configFile;
        private String failOn;
        private int maxWarnings = -1;
        private ClassLoader classLoader;

        private Builder(Path workingDirectory) {
            this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        }

        /**
         * What to load, like {@code docker compose}: paths to discover projects in (none: the working directory,
         * unless {@code files} or the configuration's {@code projects}), {@code -f} files, project name and directory,
         * env files, profiles (none: the configuration's, else every profile), ignore globs (added to the
         * configuration's), the shell environment, strict-env (or the configuration's) and allow-outside directories.
         */
        public Builder load(Consumer<LoadRequest.Builder> settings) {
            settings.accept(load);
            return this;
        }

        /** The configuration file; default: the nearest {@code .composelint.yaml} upwards from the working directory. */
        public Builder configFile(Path value) {
            configFile = value;
            return this;
        }

        /** Where rules are discovered (default: the thread's context class loader). */
        public Builder classLoader(ClassLoader value) {
            classLoader = value;
            return this;
        }

        /** Rules to use instead of discovering them. */
        public Builder rules(Collection<? extends Rule> value) {
            rules.addAll(value);
            return this;
        }

        /** Presets to run; none: the configuration's, else {@value Presets#RECOMMENDED}. */
        public Builder presets(Collection<String> value) {
            presets.addAll(value);
            return this;
        }

        /** Rule ids to enable over presets and the configuration, with their configured severity and options. */
        public Builder enable(Collection<String> value) {
            enable.addAll(value);
            return this;
        }

        /** Rule ids to disable over presets and the configuration. */
        public Builder disable(Collection<String> value) {
            disable.addAll(value);
            return this;
        }

        /** {@code error}, {@code warning}, {@code info} or {@code never}; null: the configuration's, else error. */
        public Builder failOn(String value) {
            failOn = value == null || value.isBlank() ? null : value;
            return this;
        }

        /** The run also fails with more than this many warnings; -1 (the default): no limit. */
        public Builder maxWarnings(int value) {
            maxWarnings = value;
            return this;
        }

        /** Settings that win over everything else (code over the file). */
        public Builder settings(String ruleId, RuleSettings value) {
            overrides.put(ruleId, value);
            return this;
        }

        public LintInvocation build() throws InvocationException {
            FailOn threshold = null;
            if (failOn != null) {
                threshold = FailOn.parse(failOn);
                if (threshold == null) {
                    throw new InvocationException("invalid fail-on '" + failOn
                            + "'; expected error, warning, info or never");
                }
            }
            LintConfig config = loadConfig();
            Linter.Builder linter = Linter.builder();
            if (rules.isEmpty()) {
                linter.discoverRules(classLoader != null ? classLoader
                        : Thread.currentThread().getContextClassLoader());
            } else {
                linter.rules(rules);
            }
            List<Rule> allRules = linter.build().rules();
            Map<String, RuleMeta> known = new LinkedHashMap<>();
            allRules.forEach(rule -> known.put(rule.meta().id(), rule.meta()));
            ReservedRules.all().forEach(meta -> known.putIfAbsent(meta.id(), meta));
            try {
                config.validate(known.values());
            } catch (ConfigException e) {
                throw new InvocationException(shown(e.source().file()) + ":" + e.source().line() + ":"
                        + e.source().column() + ": " + e.reason());
            }
            List<String> chosen = !presets.isEmpty() ? presets
                    : !config.presets().isEmpty() ? config.presets() : Presets.DEFAULT;
            for (String preset : chosen) {
                if (!Presets.isKnown(preset)) {
                    throw new InvocationException("unknown preset '" + preset + "'; expected one of "
                            + String.join(", ", Presets.NAMES));
                }
            }
            Set<String> selected = Presets.select(chosen, allRules.stream().map(Rule::meta).toList());
            for (Rule rule : allRules) {
                if (!selected.contains(rule.meta().id())) linter.settings(rule.meta().id(), RuleSettings.OFF);
            }
            config.rules().values().forEach(rule -> linter.settings(rule.id(), rule.settings()));
            for (String id : disable) {
                requireKnown(id, "disable", known);
                linter.settings(id, RuleSettings.OFF);
            }
            for (String id : enable) {
                requireKnown(id, "enable", known);
                if (disable.contains(id)) throw new InvocationException("rule '" + id + "' is both enabled and disabled");
                RuleConfig configured = config.rules().get(id);
                RuleSettings base = configured == null ? RuleSettings.DEFAULT : configured.settings();
                linter.settings(id, new RuleSettings(true, base.severity(), base.options()));
            }
            overrides.forEach(linter::settings);
            FailOn resolved = threshold != null ? threshold : config.failOn() != null ? config.failOn() : FailOn.ERROR;
            if (maxWarnings < -1) {
                throw new InvocationException("invalid max-warnings " + maxWarnings + "; expected -1 or more");
            }
            List<String> notes = new ArrayList<>();
            LoadRequest request = request(config, notes);
            return new LintInvocation(config, linter.build(), request, resolved, maxWarnings, chosen, known, notes);
        }

        /** The load request; a configuration setting it ignores is explained in {@code notes}. */
        private LoadRequest request(LintConfig config, List<String> notes) throws InvocationException {
            LoadRequest given = load.build();
            for (Path path : given.paths()) existing(path, "path");
            for (Path file : given.files()) regularFile(file, "compose file");
            for (Path file : given.envFiles()) regularFile(file, "env file");
            Path projectDirectory = given.projectDirectory();
            if (projectDirectory != null && !Files.isDirectory(existing(projectDirectory, "project directory"))) {
                throw new InvocationException("project directory is not a directory: " + shown(projectDirectory));
            }
            for (Path dir : given.allowOutside()) existing(dir, "--allow-outside directory");
            List<Path> discover = new ArrayList<>(given.paths());
            if (discover.isEmpty() && given.files().isEmpty() && config.projects().isEmpty() && given.projects().isEmpty()) {
                discover.add(workingDirectory);
            }
            List<String> globs = new ArrayList<>(config.ignoreRelativeTo(workingDirectory));
            globs.addAll(given.ignore());
            List<ProjectDefinition> projects = new ArrayList<>(config.projects());
            projects.addAll(given.projects());
            LoadRequest request = given.toBuilder().workingDirectory(workingDirectory).paths(resolved(discover))
                    .files(resolved(given.files())).envFiles(resolved(given.envFiles()))
                    .projectDirectory(projectDirectory == null ? null : resolve(projectDirectory))
                    .profiles(new LinkedHashSet<>(given.profiles().isEmpty() ? config.profiles() : given.profiles()))
                    .ignore(globs).projects(projects).strictEnv(given.strictEnv() || config.strictEnv())
                    .allowOutside(resolved(given.allowOutside())).build();
            if (config.allowOutside().isEmpty()) return request;
            // The linted tree must not widen its own boundary: only a configuration from outside it may.
            if (request.workspaceFiles().isInside(config.file())) {
                notes.add("allow-outside in " + shown(config.file()) + " is ignored: a configuration inside the"
                        + " linted tree cannot widen the workspace boundary; pass --allow-outside DIR");
                return request;
            }
            List<Path> allowed = new ArrayList<>(request.allowOutside());
            allowed.addAll(config.allowOutside());
            return request.withAllowOutside(allowed);
        }

        private LintConfig loadConfig() throws InvocationException {
            Path file = configFile != null ? regularFile(configFile, "config file")
                    : ConfigLoader.find(workingDirectory).orElse(null);
            if (file == null) return LintConfig.empty();
            try {
                return ConfigLoader.load(file);
            } catch (ConfigException e) {
                throw new InvocationException(shown(e.source().file()) + ":" + e.source().line() + ":"
                        + e.source().column() + ": " + e.reason());
            }
        }

        private static void requireKnown(String id, String where, Map<String, RuleMeta> known)
                throws InvocationException {
            if (!known.containsKey(id)) {
                throw new InvocationException("unknown rule '" + id + "' in " + where
                        + LintConfig.suggestion(id, known.keySet()));
            }
        }

        private Path existing(Path path, String what) throws InvocationException {
            Path absolute = resolve(path);
            if (!Files.exists(absolute)) throw new InvocationException(what + " not found: " + shown(path));
            if (!Files.isReadable(absolute)) {
                throw new InvocationException("cannot read " + what + " " + shown(path) + ": permission denied");
            }
            return absolute;
        }

        private Path regularFile(Path path, String what) throws InvocationException {
            Path absolute = existing(path, what);
            if (Files.isDirectory(absolute)) throw new InvocationException(what + " is a directory: " + shown(path));
            return absolute;
        }

        private Path resolve(Path path) {
            return workingDirectory.resolve(path).normalize();
        }

        private List<Path> resolved(List<Path> list) {
            return list.stream().map(this::resolve).toList();
        }

        /** A path as the user reads it: relative to the working directory when inside it. */
        private String shown(Path path) {
            Path absolute = resolve(path);
            String text = absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute).toString()
                    : absolute.toString();
            return text.isEmpty() ? "." : text;
        }
    }
}
