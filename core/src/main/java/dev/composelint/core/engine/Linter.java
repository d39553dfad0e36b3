package dev.composelint.core.engine;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Fix;
import dev.composelint.core.Related;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.concurrent.Parallel;
import dev.composelint.core.fs.GitIgnore;
import dev.composelint.core.fs.WorkspaceFiles;
import dev.composelint.core.load.LoadRequest;
import dev.composelint.core.load.LoadState;
import dev.composelint.core.load.WorkspaceLoader;
import dev.composelint.core.model.ComposeFile;
import dev.composelint.core.model.Workspace;
import dev.composelint.core.rule.HostFiles;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;
import dev.composelint.core.sidecar.Sidecars;
import dev.composelint.core.suppress.Suppressions;
import dev.composelint.core.topology.Topology;
import dev.composelint.core.topology.WorkspaceTopology;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The embedding API: load a workspace, run the rules, get findings in a stable order. Build one with
 * {@link #builder()}; an instance is immutable and may be shared between threads.
 */
public final class Linter {

    private final List<Rule> rules;
    private final Map<String, RuleSettings> settings;
    private final WorkspaceLoader loader;
    private final boolean applySuppressions;

    private Linter(List<Rule> rules, Map<String, RuleSettings> settings, WorkspaceLoader loader,
                   boolean applySuppressions) {
        this.rules = List.copyOf(rules);
        this.settings = Map.copyOf(settings);
        this.loader = loader;
        this.applySuppressions = applySuppressions;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every rule this linter knows, enabled or not. */
    public List<Rule> rules() {
        return rules;
    }

    /** Loads what the request names and lints it. */
    public LintResult lint(LoadRequest request) {
        long start = System.nanoTime();
        Workspace workspace = loader.load(request);
        return check(workspace, start);
    }

    /**
     * Lints {@code request} again after a change, loading afresh only the projects the change can touch (see
     * {@link WorkspaceLoader#load(LoadRequest, LoadState, Set)}): discovery runs again, unchanged projects keep the
     * previous load's model and loader diagnostics, and every rule, the sidecar configurations and the suppressions
     * run over the whole reassembled workspace, so the findings are those {@link #lint} gives. {@code previous} is
     * the result of an earlier {@code relint} of the same request (its buffers aside), or null for a full load;
     * {@code changed} names paths known to have changed (buffers that differ and files whose stamp moved on disk are
     * found without it). The result keeps the state the next call needs.
     */
    public LintResult relint(LintResult previous, LoadRequest request, Set<Path> changed) {
        long start = System.nanoTime();
        WorkspaceLoader.Result loaded = loader.load(request, previous == null ? null : previous.loadState(), changed);
        return check(loaded.workspace(), start).withLoadState(loaded.state());
    }

    /** Lints an already loaded workspace. */
    public LintResult check(Workspace workspace) {
        return check(workspace, System.nanoTime());
    }

    private LintResult check(Workspace workspace, long start) {
        // The sidecar configs are read on a thread of their own while the topology is computed and the rules run
        // on the machine's cores. A rule that asks for the sidecars before they are read gives way and runs again
        // after the others, so no core waits while there is other work. Findings keep the rule order.
        Parallel.Later<Sidecars> sidecars = Parallel.start("composelint-sidecars", () -> Sidecars.compute(workspace));
        Topology topology = new WorkspaceTopology(workspace);
        List<Rule> enabled = new ArrayList<>();
        List<RuleMeta> ran = new ArrayList<>();
        for (Rule rule : rules) {
            if (!settings.getOrDefault(rule.meta().id(), RuleSettings.DEFAULT).enabled()) continue;
            enabled.add(rule);
            ran.add(rule.meta());
        }
        HostFiles hostFiles = new DiskHostFiles(workspace);
        List<List<Finding>> byRule = new ArrayList<>(enabled.size());
        Queue<Integer> gaveWay = new ConcurrentLinkedQueue<>();
        List<Runnable> tasks = new ArrayList<>(enabled.size());
        for (int i = 0; i < enabled.size(); i++) {
            Rule rule = enabled.get(i);
            int slot = i;
            byRule.add(List.of());
            tasks.add(() -> {
                List<Finding> found = run(rule, workspace, topology, sidecars, hostFiles, true);
                if (found == null) gaveWay.add(slot);
                else byRule.set(slot, found);
            });
        }
        Parallel.run(tasks);
        List<Runnable> again = new ArrayList<>();
        for (int slot : new TreeSet<>(gaveWay)) {
            again.add(() -> byRule.set(slot, run(enabled.get(slot), workspace, topology, sidecars, hostFiles, false)));
        }
        Parallel.run(again);
        List<Finding> diagnostics = new ArrayList<>(workspace.diagnostics());
        diagnostics.addAll(sidecars.get().diagnostics());
        List<Finding> findings = new ArrayList<>();
        for (Finding diagnostic : diagnostics) {
            RuleSettings s = settings.getOrDefault(diagnostic.ruleId(), RuleSettings.DEFAULT);
            if (!s.enabled()) continue;
            findings.add(s.severity() == null ? diagnostic : diagnostic.withSeverity(s.severity()));
        }
        byRule.forEach(findings::addAll);
        if (applySuppressions) {
            findings = applySuppressions(findings, workspace, ran);
        }
        List<Finding> unique = new ArrayList<>(new LinkedHashSet<>(findings));
        unique.sort(null);
        return new LintResult(workspace, unique, ran, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Applies the comments in the files findings point at and in the workspace's compose files; the
     * unused-suppression findings follow that id's settings (off, or another severity).
     */
    private List<Finding> applySuppressions(List<Finding> findings, Workspace workspace, List<RuleMeta> ran) {
        Set<String> known = new HashSet<>();
        Set<String> checked = new HashSet<>();
        rules.forEach(rule -> known.add(rule.meta().id()));
        ran.forEach(meta -> checked.add(meta.id()));
        for (Diagnostics.Reserved reserved : Diagnostics.all()) {
            known.add(reserved.id());
            if (settings.getOrDefault(reserved.id(), RuleSettings.DEFAULT).enabled()) checked.add(reserved.id());
        }
        List<Path> composeFiles = workspace.projects().stream()
                .flatMap(project -> project.files().stream()).map(ComposeFile::path).toList();
        RuleSettings unused = settings.getOrDefault(Diagnostics.UNUSED_SUPPRESSION, RuleSettings.DEFAULT);
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : new Suppressions(workspace.root(), known, checked, workspace.files())
                .apply(findings, composeFiles)) {
            if (!finding.ruleId().equals(Diagnostics.UNUSED_SUPPRESSION)) {
                kept.add(finding);
            } else if (unused.enabled()) {
                kept.add(unused.severity() == null ? finding : finding.withSeverity(unused.severity()));
            }
        }
        return kept;
    }

    /**
     * The rule's findings; null when {@code mayGiveWay} and the rule asked for sidecars not read yet (what it found
     * until then is dropped, and it runs again later).
     */
    private List<Finding> run(Rule rule, Workspace workspace, Topology topology, Parallel.Later<Sidecars> sidecars,
                              HostFiles hostFiles, boolean mayGiveWay) {
        RuleMeta meta = rule.meta();
        List<Finding> sink = new ArrayList<>();
        Context context = new Context(workspace, topology, sidecars, hostFiles, meta,
                settings.getOrDefault(meta.id(), RuleSettings.DEFAULT), sink, mayGiveWay);
        try {
            rule.check(context);
        } catch (SidecarsNotReady e) {
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            sink.add(new Finding(Diagnostics.INTERNAL_ERROR, Severity.ERROR,
                    "rule " + meta.id() + " failed: " + e + "; please report this", Source.file(workspace.root())));
        }
        return context.gaveWay ? null : sink; // a rule that caught the signal runs again all the same
    }

    /** Ends a rule's first attempt when it asks for sidecars not read yet (an Error: rules catch exceptions). */
    private static final class SidecarsNotReady extends Error {
        private static final SidecarsNotReady SIGNAL = new SidecarsNotReady();

        private SidecarsNotReady() {
            super("the sidecar configs are not read yet", null, false, false);
        }
    }

    /**
     * The host as the run sees it: the workspace's file source (disk with unsaved buffers over it) and the
     * {@code .gitignore} files of the compose file's repository.
     */
    private static final class DiskHostFiles implements HostFiles {
        private final GitIgnore gitIgnore;
        private final WorkspaceFiles files;

        DiskHostFiles(Workspace workspace) {
            this.gitIgnore = new GitIgnore(workspace.root());
            this.files = workspace.files();
        }

        @Override
        public boolean exists(Path path) {
            return files.exists(path);
        }

        @Override
        public boolean isGenerated(Path path, boolean directory, Path composeFile) {
            return gitIgnore.isGenerated(path, directory, composeFile);
        }

        @Override
        public Optional<String> read(Path file, int maxBytes) {
            return files.text(file, maxBytes);
        }
    }

    private static final class Context implements RuleContext {
        private final Workspace workspace;
        private final Topology topology;
        private final Parallel.Later<Sidecars> sidecars;
        private final HostFiles hostFiles;
        private final RuleMeta meta;
        private final RuleSettings settings;
        private final List<Finding> sink;
        private final boolean mayGiveWay;
        private boolean gaveWay;

        Context(Workspace workspace, Topology topology, Parallel.Later<Sidecars> sidecars, HostFiles hostFiles,
                RuleMeta meta, RuleSettings settings, List<Finding> sink, boolean mayGiveWay) {
            this.mayGiveWay = mayGiveWay;
            this.workspace = workspace;
            this.topology = topology;
            this.sidecars = sidecars;
            this.hostFiles = hostFiles;
            this.meta = meta;
            this.settings = settings;
            this.sink = sink;
        }

        @Override
        public Workspace workspace() {
            return workspace;
        }

        @Override
        public Topology topology() {
            return topology;
        }

        @Override
        public Sidecars sidecars() {
            if (mayGiveWay && !sidecars.isDone()) {
                gaveWay = true;
                throw SidecarsNotReady.SIGNAL;
            }
            return sidecars.get();
        }

        @Override
        public HostFiles hostFiles() {
            return hostFiles;
        }

        @Override
        public Severity severity() {
            return settings.severity() != null ? settings.severity() : meta.defaultSeverity();
        }

        @Override
        public <T> T option(String name, Class<T> type, T defaultValue) {
            Object value = settings.options().get(name);
            return type.isInstance(value) ? type.cast(value) : defaultValue;
        }

        @Override
        public FindingBuilder at(Source source, String message) {
            return new Builder(source, message);
        }

        private final class Builder implements FindingBuilder {
            private final Source source;
            private final String message;
            private Severity severity;
            private final List<Related> related = new ArrayList<>();
            private Fix fix;
            private List<String> profiles = List.of();

            Builder(Source source, String message) {
                this.source = source;
                this.message = message;
            }

            @Override
            public FindingBuilder severity(Severity value) {
                this.severity = value;
                return this;
            }

            @Override
            public FindingBuilder related(Source at, String text) {
                related.add(new Related(at, text));
                return this;
            }

            @Override
            public FindingBuilder related(List<Related> more) {
                related.addAll(more);
                return this;
            }

            @Override
            public FindingBuilder fix(Fix value) {
                this.fix = value;
                return this;
            }

            @Override
            public FindingBuilder profiles(List<String> value) {
                this.profiles = value;
                return this;
            }

            @Override
            public void report() {
                // A configured severity wins over a rule's per-finding choice.
                Severity chosen = settings.severity() != null ? settings.severity()
                        : severity != null ? severity : meta.defaultSeverity();
                sink.add(new Finding(meta.id(), chosen, message, source, related, fix, profiles));
            }
        }
    }

    /** Builds a {@link Linter}. */
    public static final class Builder {
        private final Map<String, Rule> rules = new LinkedHashMap<>();
        private final Map<String, RuleSettings> settings = new HashMap<>();
        private WorkspaceLoader loader = new WorkspaceLoader();
        private boolean applySuppressions = true;

        /** Adds every rule found on the class path through {@link ServiceLoader}. */
        public Builder discoverRules() {
            return discoverRules(Thread.currentThread().getContextClassLoader());
        }

        public Builder discoverRules(ClassLoader classLoader) {
            for (Rule rule : ServiceLoader.load(Rule.class, classLoader)) {
                rule(rule);
            }
            return this;
        }

        public Builder rule(Rule rule) {
            String id = rule.meta().id();
            Rule previous = rules.putIfAbsent(id, rule);
            if (previous != null && previous.getClass() != rule.getClass()) {
                throw new IllegalArgumentException("two rules share the id " + id + ": "
                        + previous.getClass().getName() + " and " + rule.getClass().getName());
            }
            return this;
        }

        public Builder rules(Collection<? extends Rule> list) {
            list.forEach(this::rule);
            return this;
        }

        /** Settings for a rule or a reserved loader id ({@code yaml}, {@code schema}, ...). */
        public Builder settings(String ruleId, RuleSettings value) {
            settings.put(ruleId, value);
            return this;
        }

        public Builder loader(WorkspaceLoader value) {
            this.loader = value;
            return this;
        }

        /** Whether inline {@code # composelint-disable-…} comments apply (default: yes). */
        public Builder suppressions(boolean apply) {
            this.applySuppressions = apply;
            return this;
        }

        public Linter build() {
            List<Rule> ordered = new ArrayList<>(rules.values());
            ordered.sort((a, b) -> a.meta().id().compareTo(b.meta().id()));
            return new Linter(ordered, settings, loader, applySuppressions);
        }
    }
}
