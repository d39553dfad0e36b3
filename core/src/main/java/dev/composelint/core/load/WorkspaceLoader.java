package dev.composelint.core.load;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.evidence.ComposeInvocation;
import dev.composelint.core.evidence.EnvSetting;
import dev.composelint.core.evidence.Evidence;
import dev.composelint.core.evidence.EvidenceScanner;
import dev.composelint.core.evidence.StackDeploy;
import dev.composelint.core.fs.WorkspaceFiles;
import dev.composelint.core.interp.DotEnv;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.ProjectOrigin;
import dev.composelint.core.model.Workspace;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YamlParse;
import dev.composelint.core.yaml.NodeBudget;
import dev.composelint.core.yaml.YamlReader;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Loads compose projects exactly as Docker Compose v2 does, and discovers every project under directories.
 * Never throws on bad input: every problem becomes a located finding and loading goes on.
 */
public class WorkspaceLoader {

    private final YamlReader reader;

    public WorkspaceLoader() {
        this(new YamlReader());
    }

    public WorkspaceLoader(YamlReader reader) {
        this.reader = reader;
    }

    /** True for the file names discovery takes for compose files ({@code compose*.y(a)ml}, {@code docker-compose*}). */
    public static boolean isComposeFileName(String name) {
        return Discovery.isComposeFileName(name);
    }

    /** True for the directory names discovery never enters ({@code .git}, {@code node_modules}, ...). */
    public static boolean isSkippedDirectory(String name) {
        return Discovery.isSkippedDirectory(name);
    }

    public Workspace load(LoadRequest request) {
        return load(request, null, Set.of(), false).workspace();
    }

    /** A workspace and what its load keeps for the next incremental load. */
    public record Result(Workspace workspace, LoadState state) {
    }

    /**
     * Loads what {@code request} names, taking over from {@code previous} (the state of an earlier load of the same
     * request, its buffers aside; null for none) what no change can have touched, and keeps a state for the next
     * call. Discovery runs again in full (it sees new, removed and renamed compose files and regrouped projects),
     * reusing the parses of unchanged files. A planned project whose spec (files, directory, env files, name,
     * profiles, environment) equals one of the previous load, and none of whose inputs changed, keeps its previous
     * {@code Project} and loader diagnostics; every other project is loaded afresh. A project's inputs are the paths
     * its loader looked at: its compose files, include and extends targets, env files, {@code .env}, the env
     * templates looked for, {@code env_file} paths and {@code .gitignore} files. A path counts as changed when it is
     * in {@code changed}, when its buffer differs from the previous load's (added, removed or another text), or when
     * its size, modification time or file key on disk moved (a time within two seconds of the previous load is not
     * trusted). A request that differs in more than its buffers loads everything afresh. The workspace is the one
     * {@link #load(LoadRequest)} gives for the same request and files.
     */
    public Result load(LoadRequest request, LoadState previous, Set<Path> changed) {
        return load(request, previous, changed, true);
    }

    private Result load(LoadRequest request, LoadState previous, Set<Path> changed, boolean remember) {
        long start = LoadState.nowNanos();
        LoadState.Reuse reuse = previous == null ? null : previous.reuseFor(request, changed);
        Path cwd = request.workingDirectory().toAbsolutePath().normalize();
        WorkspaceFiles boundary = request.workspaceFiles();
        NodeBudget budget = NodeBudget.standard();
        List<Finding> diagnostics = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        // Files that the command line or the configuration already placed: the heuristics leave them alone.
        Set<Path> claimed = new HashSet<>();

        if (!request.files().isEmpty()) {
            List<Path> files = new ArrayList<>();
            for (Path f : request.files()) {
                Path abs = cwd.resolve(f).normalize();
                if (boundary.isRegularFile(abs)) files.add(abs);
                else diagnostics.add(missing(abs));
            }
            if (!files.isEmpty()) {
                Path dir = request.projectDirectory() != null ? cwd.resolve(request.projectDirectory()).normalize()
                        : files.get(0).getParent();
                planned.add(new Planned(spec(files, dir, request, cwd, request.projectName(), false),
                        origin(ProjectOrigin.Kind.COMMAND_LINE, "given with -f on the command line", List.of(),
                                request, cwd, false)));
            }
        }
        for (ProjectDefinition definition : request.projects()) {
            List<Path> files = definition.files().stream().map(f -> cwd.resolve(f).normalize()).toList();
            List<Path> present = files.stream().filter(boundary::isRegularFile).toList();
            files.stream().filter(f -> !boundary.isRegularFile(f)).forEach(f -> diagnostics.add(missing(f)));
            claimed.addAll(present);
            if (present.isEmpty()) continue;
            Path dir = definition.directory() != null ? cwd.resolve(definition.directory()).normalize()
                    : present.get(0).getParent();
            List<Path> envFiles = definition.envFiles().stream().map(f -> cwd.resolve(f).normalize()).toList();
            planned.add(new Planned(new ProjectLoader.Spec(present, dir, envFiles, definition.name(),
                    request.profiles(), request.environment(), false),
                    new ProjectOrigin(ProjectOrigin.Kind.CONFIGURED, "declared under projects: in the configuration",
                            List.of(), envFiles, request.profiles(), false)));
        }
        // One parse per file for the whole run: discovery's look at a file is reused by the project loaders.
        Map<Path, YamlParse> parses = new ConcurrentHashMap<>(reuse == null ? Map.of() : reuse.unchangedParses());
        List<Evidence> evidence = new ArrayList<>();
        List<Path> composeFiles = new ArrayList<>();
        Map<Path, Finding> unpaired = new TreeMap<>();
        List<Path> paths = request.paths();
        if (paths.isEmpty() && request.files().isEmpty() && request.projects().isEmpty()) paths = List.of(cwd);
        for (Path p : paths) {
            Path abs = cwd.resolve(p).normalize();
            if (Files.isDirectory(abs)) {
                new Discoverer(abs, request, cwd, planned, diagnostics, parses, boundary, claimed, evidence,
                        composeFiles, unpaired).discover();
            } else if (boundary.isRegularFile(abs)) {
                if (claimed.contains(abs)) continue;
                List<Path> files = new ArrayList<>(List.of(abs));
                if (Discovery.DEFAULT_FILES.contains(String.valueOf(abs.getFileName()))) {
                    Path override = overrideOf(abs.getParent());
                    if (override != null) files.add(override);
                }
                composeFiles.addAll(files);
                planned.add(new Planned(spec(files, abs.getParent(), request, cwd, request.projectName(), false),
                        origin(ProjectOrigin.Kind.COMMAND_LINE, "given as a PATH on the command line", List.of(),
                                request, cwd, false)));
            } else {
                diagnostics.add(missing(abs));
            }
        }
        planned.forEach(p -> composeFiles.addAll(p.spec().files()));
        ParallelParses.parseAll(composeFiles, parses, reader, boundary);

        Set<Path> referenced = new HashSet<>();
        Map<ProjectLoader.Spec, LoadState.ProjectLoad> projectLoads = new HashMap<>();
        List<List<Path>> reloaded = new ArrayList<>();
        List<List<Path>> reused = new ArrayList<>();
        List<Loaded> loaded = new ArrayList<>();
        Map<List<Path>, Integer> seen = new HashMap<>();
        for (Planned plan : planned) {
            ProjectLoader.Spec spec = plan.spec();
            Integer earlier = seen.putIfAbsent(spec.files(), loaded.size());
            if (earlier != null) {
                // the same stack shown again elsewhere: one project, with every place as evidence
                Loaded first = loaded.get(earlier);
                loaded.set(earlier, first.withMoreEvidence(plan.origin()));
                continue;
            }
            LoadState.ProjectLoad load = reuse == null ? null : reuse.project(spec);
            if (load != null && chargeAgain(budget, load, spec)) {
                reused.add(spec.files());
            } else {
                load = loadProject(spec, parses, request, cwd, boundary, budget);
                reloaded.add(spec.files());
            }
            projectLoads.put(spec, load);
            referenced.addAll(load.referenced());
            List<Finding> projectDiagnostics = new ArrayList<>(load.diagnostics());
            if (plan.origin().stack()) projectDiagnostics.addAll(StackSemantics.ignoredKeys(spec.files(), parses));
            loaded.add(new Loaded(spec, load.project(), projectDiagnostics, plan.origin()));
        }
        List<Project> projects = new ArrayList<>();
        Set<Finding> all = new LinkedHashSet<>(diagnostics);
        for (Loaded l : loaded) {
            // A discovered file that another project includes or extends is not a project of its own.
            if (l.spec().discovered() && l.spec().files().size() == 1 && referenced.containsAll(l.spec().files())) {
                continue;
            }
            if (l.project() != null) projects.add(l.project().withOrigin(l.origin()));
            all.addAll(l.diagnostics());
        }
        unpaired.forEach((file, finding) -> {
            if (!referenced.contains(file)) all.add(finding);
        });
        Workspace workspace = new Workspace(cwd, projects, new ArrayList<>(all), Evidence.merge(evidence),
                composeFiles.stream().distinct().sorted().toList(), boundary);
        if (!remember) return new Result(workspace, null);
        Set<Path> tracked = new HashSet<>(parses.keySet());
        projectLoads.values().forEach(load -> tracked.addAll(load.inputs()));
        Map<Path, LoadState.Stamp> stamps = new HashMap<>();
        for (Path path : tracked) stamps.put(path, LoadState.Stamp.of(path, start));
        return new Result(workspace, new LoadState(request, parses, projectLoads, stamps, reloaded, reused,
                reuse == null));
    }

    /** Loads one project afresh, recording what it depends on. */
    private LoadState.ProjectLoad loadProject(ProjectLoader.Spec spec, Map<Path, YamlParse> parses,
                                              LoadRequest request, Path cwd, WorkspaceFiles boundary,
                                              NodeBudget budget) {
        Set<Path> referencedHere = new HashSet<>();
        ProjectLoader loader = new ProjectLoader(reader, parses, referencedHere,
                new ProjectLoader.EnvPolicy(request.strictEnv(), cwd), boundary, budget);
        Project project;
        boolean failed = false;
        try {
            project = loader.load(spec);
        } catch (RuntimeException | StackOverflowError e) {
            project = null;
            failed = true;
            loader.diagnostics().add(ProjectLoader.internalError("loading this project", e,
                    Source.file(spec.files().get(0))));
        }
        return new LoadState.ProjectLoad(project, List.copyOf(loader.diagnostics()), Set.copyOf(loader.inputs()),
                Set.copyOf(referencedHere), loader.charged(), !failed && !loader.overBudget());
    }

    /**
     * Charges a reused project's nodes to this run's budget, as loading it again would; false (nothing charged) when
     * the budget no longer holds them, and the project is then loaded afresh so that the refusal is reported.
     */
    private static boolean chargeAgain(NodeBudget budget, LoadState.ProjectLoad load, ProjectLoader.Spec spec) {
        try {
            budget.charge(load.charged(), Source.file(spec.files().get(0)));
            return true;
        } catch (NodeBudget.Exhausted e) {
            return false;
        }
    }

    private record Planned(ProjectLoader.Spec spec, ProjectOrigin origin) {
    }

    private record Loaded(ProjectLoader.Spec spec, Project project, List<Finding> diagnostics,
                          ProjectOrigin origin) {

        Loaded withMoreEvidence(ProjectOrigin other) {
            List<Source> more = new ArrayList<>(origin.evidence());
            other.evidence().stream().filter(s -> !more.contains(s)).forEach(more::add);
            Set<String> profiles = new LinkedHashSet<>(origin.profiles());
            profiles.addAll(other.profiles());
            ProjectOrigin merged = new ProjectOrigin(origin.kind(), origin.reason(), more, origin.envFiles(),
                    profiles, origin.stack() || other.stack());
            return new Loaded(spec, project, diagnostics, merged);
        }
    }

    private static ProjectLoader.Spec spec(List<Path> files, Path dir, LoadRequest request, Path cwd, String name,
                                           boolean discovered) {
        List<Path> envFiles = request.envFiles().stream().map(f -> cwd.resolve(f).normalize()).toList();
        return new ProjectLoader.Spec(files, dir, envFiles, name, request.profiles(), request.environment(),
                discovered);
    }

    private static ProjectOrigin origin(ProjectOrigin.Kind kind, String reason, List<Source> evidence,
                                        LoadRequest request, Path cwd, boolean stack) {
        List<Path> envFiles = request.envFiles().stream().map(f -> cwd.resolve(f).normalize()).toList();
        return new ProjectOrigin(kind, reason, evidence, envFiles, request.profiles(), stack);
    }

    private static Finding missing(Path path) {
        return new Finding(Diagnostics.IO, Severity.ERROR, "open " + path + ": no such file or directory",
                Source.file(path));
    }

    private static Path overrideOf(Path dir) {
        for (String name : Discovery.DEFAULT_OVERRIDES) {
            Path candidate = dir.resolve(name);
            if (Files.isRegularFile(candidate)) return candidate;
        }
        return null;
    }

    private YamlParse parse(Path file, Map<Path, YamlParse> parses, WorkspaceFiles files) {
        return parses.computeIfAbsent(file.toAbsolutePath().normalize(), f -> reader.read(f, files));
    }

    /**
     * Workspace discovery in one directory tree, in this order:
     * <ol>
     * <li>stacks the repository itself runs: command lines in scripts, Makefiles, CI files and docs, and
     *     {@code docker stack deploy}, each one project of its files merged in order;</li>
     * <li>per directory, the default files with their override (or the files COMPOSE_FILE names in {@code .env} or
     *     an env template);</li>
     * <li>every other compose file (by name, or by content under any name): a complete file is a project of its
     *     own; a fragment or overlay (services without image or build, names it uses but does not define, merge
     *     tags, or "override" in its name) is merged onto the nearest base that completes it: the default files of
     *     its own directory, then those of each ancestor directory up to the root, then any other complete file
     *     (nearest first); files that define what is still missing join in between;</li>
     * <li>an overlay that nothing completes gets one info finding instead of an error per service.</li>
     * </ol>
     */
    private final class Discoverer {
        private final Path root;
        private final LoadRequest request;
        private final Path cwd;
        private final List<Planned> planned;
        private final List<Finding> diagnostics;
        private final Map<Path, YamlParse> parses;
        private final WorkspaceFiles files;
        private final Set<Path> claimed;
        private final Map<Path, FileFacts> facts = new HashMap<>();
        /** Bases that an overlay with {@code !reset}/{@code !override} was merged onto. */
        private final Set<Path> resetBases = new HashSet<>();
        /** Compose files by directory (by name or by content), each list sorted. */
        private final Map<Path, List<Path>> byDir = new TreeMap<>();
        private final Map<Path, List<Path>> mainByDir = new HashMap<>();
        private final List<Evidence> evidenceOut;
        private final List<Path> composeFiles;
        /** Overlays nothing completes, with their finding: reported unless another project includes them. */
        private final Map<Path, Finding> unpaired;
        private Evidence evidence = Evidence.EMPTY;

        Discoverer(Path root, LoadRequest request, Path cwd, List<Planned> planned, List<Finding> diagnostics,
                   Map<Path, YamlParse> parses, WorkspaceFiles files, Set<Path> claimed, List<Evidence> evidenceOut,
                   List<Path> composeFiles, Map<Path, Finding> unpaired) {
            this.root = root;
            this.request = request;
            this.cwd = cwd;
            this.planned = planned;
            this.diagnostics = diagnostics;
            this.parses = parses;
            this.files = files;
            this.claimed = new HashSet<>(claimed);
            this.evidenceOut = evidenceOut;
            this.composeFiles = composeFiles;
            this.unpaired = unpaired;
        }

        void discover() {
            Discovery.Scan scan = Discovery.scan(root, cwd, request.ignore(), diagnostics);
            List<Path> named = new ArrayList<>();
            scan.composeByDir().values().forEach(named::addAll);
            ParallelParses.parseAll(named, parses, reader, files);
            for (Map.Entry<Path, List<Path>> entry : scan.composeByDir().entrySet()) {
                for (Path f : entry.getValue()) {
                    if (Files.isRegularFile(f)) {
                        byDir.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(f);
                    } else {
                        diagnostics.add(new Finding(Diagnostics.IO, Severity.INFO, f + (Files.isDirectory(f)
                                ? " is a directory, not a compose file" : " is not a regular file") + "; skipped",
                                Source.file(f)));
                    }
                }
            }
            for (Path f : scan.otherYaml()) {
                if (mentionsServices(f, files) && FileFacts.looksLikeCompose(parse(f, parses, files))) {
                    byDir.computeIfAbsent(f.getParent(), k -> new ArrayList<>()).add(f);
                }
            }
            byDir.values().forEach(list -> list.sort(null));
            byDir.values().forEach(composeFiles::addAll);
            evidence = EvidenceScanner.scan(root, scan.evidence());
            evidenceOut.add(evidence);

            fromEvidence();
            for (Path dir : byDir.keySet()) mainByDir.put(dir, mainFiles(dir));
            int first = planned.size();
            for (Map.Entry<Path, List<Path>> entry : byDir.entrySet()) directory(entry.getKey(), entry.getValue());
            // A file that an overlay resets or overrides is only run with that overlay, not alone.
            planned.subList(first, planned.size()).removeIf(p -> p.origin().kind() == ProjectOrigin.Kind.STANDALONE
                    && resetBases.containsAll(p.spec().files()));
        }

        // ---- 1. the repository's own command lines ---------------------------------------------------------

        private void fromEvidence() {
            for (ComposeInvocation call : evidence.invocations()) {
                Path dir = call.projectDirectory() != null ? call.projectDirectory() : call.workingDirectory();
                List<Path> files = new ArrayList<>(call.files());
                if (files.isEmpty() && call.environment().containsKey("COMPOSE_FILE")) {
                    files.addAll(split(call.environment().get("COMPOSE_FILE"),
                            call.environment().getOrDefault("COMPOSE_PATH_SEPARATOR", ":"), dir));
                }
                if (files.isEmpty() || !usable(files)) continue;
                if (call.projectDirectory() == null) dir = files.get(0).getParent();
                List<Path> envFiles = call.envFiles().stream().filter(this::insideAndRegular).toList();
                String name = call.projectName() != null && !call.projectName().contains("$")
                        ? call.projectName() : null;
                plan(files, dir, envFiles, name, ProjectOrigin.Kind.EVIDENCE, "run as `docker compose "
                        + (name != null ? "-p " + name + " " : "") + fileArgs(files, "-f") + "` in "
                        + where(call.source()),
                        List.of(call.source()), call.profiles(), false);
            }
            for (StackDeploy deploy : evidence.stacks()) {
                List<Path> files = deploy.files();
                if (files.isEmpty() || !usable(files)) continue;
                String name = deploy.stackName() != null && !deploy.stackName().contains("$")
                        ? deploy.stackName() : null;
                plan(files, files.get(0).getParent(), List.of(), name, ProjectOrigin.Kind.EVIDENCE,
                        "deployed as a swarm stack with `docker stack deploy " + fileArgs(files, "-c") + "` in "
                                + where(deploy.source()), List.of(deploy.source()), Set.of(), true);
            }
        }

        /** True when every file exists inside the workspace and is a compose file, so the command can be linted. */
        private boolean usable(List<Path> files) {
            for (Path f : files) {
                if (!insideAndRegular(f)) return false;
            }
            return true;
        }

        private boolean insideAndRegular(Path f) {
            return f.normalize().startsWith(root) && Files.isRegularFile(f);
        }

        /** The files as the command line names them, relative to the directory the run is reported from. */
        private String fileArgs(List<Path> files, String flag) {
            StringBuilder sb = new StringBuilder();
            for (Path f : files) {
                if (!sb.isEmpty()) sb.append(' ');
                sb.append(flag).append(' ').append(f.startsWith(cwd) ? cwd.relativize(f) : f);
            }
            return sb.toString();
        }

        private String where(Source source) {
            Path file = source.file();
            return (file.startsWith(cwd) ? cwd.relativize(file) : file) + ":" + source.line();
        }

        private void plan(List<Path> files, Path dir, List<Path> envFiles, String name, ProjectOrigin.Kind kind,
                          String reason, List<Source> evidenceAt, Set<String> profiles, boolean stack) {
            List<Path> normalized = files.stream().map(Path::normalize).toList();
            claimed.addAll(normalized);
            List<Path> env = envFiles.isEmpty()
                    ? request.envFiles().stream().map(f -> cwd.resolve(f).normalize()).toList() : envFiles;
            ProjectLoader.Spec spec = new ProjectLoader.Spec(normalized, dir, env,
                    name != null ? name : request.projectName(), request.profiles(), request.environment(), true);
            planned.add(new Planned(spec, new ProjectOrigin(kind, reason, evidenceAt, env, profiles, stack)));
        }

        // ---- 2. and 3. directories ---------------------------------------------------------------------------

        /** The files {@code docker compose} takes in a directory: COMPOSE_FILE, else the default pair. */
        private List<Path> mainFiles(Path dir) {
            List<Path> fromEnv = composeFileFromDotEnv(dir, request, files, diagnostics);
            if (!fromEnv.isEmpty()) return fromEnv;
            List<Path> fromTemplate = composeFileFromTemplate(dir);
            if (!fromTemplate.isEmpty()) return fromTemplate;
            List<Path> files = byDir.getOrDefault(dir, List.of());
            List<Path> main = new ArrayList<>();
            Path def = Discovery.firstNamed(files, Discovery.DEFAULT_FILES);
            if (def != null) {
                main.add(def);
                Path override = Discovery.firstNamed(files, Discovery.DEFAULT_OVERRIDES);
                if (override != null) main.add(override);
            }
            return main;
        }

        /** COMPOSE_FILE in an env template of the directory ({@code .env.example}, ...), when there is no .env. */
        private List<Path> composeFileFromTemplate(Path dir) {
            if (Files.isRegularFile(dir.resolve(".env"))) return List.of();
            String value = null;
            String separator = ":";
            for (EnvSetting setting : evidence.settings()) {
                if (!dir.equals(setting.source().file().getParent())) continue;
                if (setting.key().equals("COMPOSE_FILE") && value == null) value = setting.value();
                if (setting.key().equals("COMPOSE_PATH_SEPARATOR")) separator = setting.value();
            }
            if (value == null || value.isBlank()) return List.of();
            List<Path> files = split(value, separator, dir);
            return usable(files) ? files : List.of();
        }

        private void directory(Path dir, List<Path> files) {
            List<Path> main = mainByDir.get(dir);
            if (!main.isEmpty()) {
                FileFacts mainFacts = merged(main);
                if (mainFacts.complete()) {
                    planDiscovered(main, dir, ProjectOrigin.Kind.DEFAULT_FILES, "the default files of "
                            + shown(dir));
                } else if (!claimed.containsAll(main) && !pair(main, mainFacts, dir, true)) {
                    // what `docker compose up` runs here: linted as it is, whatever it lacks
                    planDiscovered(main, dir, ProjectOrigin.Kind.DEFAULT_FILES, "the default files of "
                            + shown(dir));
                }
            }
            Set<String> mainServices = main.isEmpty() ? Set.of() : merged(main).services();
            for (Path f : files) {
                String name = String.valueOf(f.getFileName());
                if (main.contains(f) || claimed.contains(f) || Discovery.DEFAULT_FILES.contains(name)
                        || Discovery.DEFAULT_OVERRIDES.contains(name)) {
                    continue;
                }
                FileFacts ff = facts(f);
                boolean runnable = ff.runnable().containsAll(ff.services()) && !ff.mergeTags();
                // a file that redefines most of the default services, each with an image or build, replaces them
                boolean alternative = !main.isEmpty() && runnable && !ff.mostlyNew(mainServices);
                boolean overlay = name.contains("override") || (!ff.complete() && !alternative)
                        || (!main.isEmpty() && ff.refersToAny(mainServices) && ff.mostlyNew(mainServices));
                if (!overlay) {
                    planDiscovered(List.of(f), dir, ProjectOrigin.Kind.STANDALONE, ff.complete()
                            ? "a complete compose file" : "an alternative to the default files (it redefines most of"
                            + " their services, each with an image or build)");
                    continue;
                }
                if (pair(List.of(f), ff, dir, false)) continue;
                if (runnable) {
                    // every service can run: what is missing is more likely a mistake than a missing base
                    planDiscovered(List.of(f), dir, ProjectOrigin.Kind.STANDALONE,
                            "a compose file whose services can all run; no other file defines "
                                    + String.join(", ", ff.missing()));
                    continue;
                }
                String needs = ff.missing().isEmpty() ? "it resets or overrides what another file defines"
                        : "it needs " + describe(ff.missing()) + ", which no other compose file of the workspace"
                        + " provides";
                unpaired.put(f, new Finding(Diagnostics.COMPOSE, Severity.INFO, "an overlay with no base: declare"
                        + " its stack in .composelint.yaml (" + needs + "); not linted on its own",
                        firstKey(f)));
            }
        }

        /**
         * Merges {@code overlay} onto the nearest base that completes it and plans that project; false when
         * nothing does. {@code overlayIsDefault}: the overlay is the directory's default files.
         */
        private boolean pair(List<Path> overlay, FileFacts overlayFacts, Path dir, boolean overlayIsDefault) {
            for (List<Path> base : bases(overlay, dir, overlayIsDefault)) {
                List<Path> combined = new ArrayList<>(base);
                FileFacts together = FileFacts.merged(List.of(merged(base), overlayFacts));
                if (!together.complete()) {
                    List<Path> providers = providers(overlay, base, together, dir);
                    if (providers.isEmpty()) continue;
                    List<FileFacts> parts = new ArrayList<>(List.of(merged(base), overlayFacts));
                    providers.forEach(p -> parts.add(facts(p)));
                    if (!FileFacts.merged(parts).complete()) continue;
                    combined.addAll(providers);
                }
                combined.addAll(overlay);
                if (overlayFacts.mergeTags()) resetBases.addAll(base);
                String reason = "merged onto " + describeFiles(base) + ", the nearest base that completes it"
                        + (combined.size() > base.size() + overlay.size() ? " (with the files that define what"
                        + " else it needs)" : "");
                planDiscovered(combined, base.get(0).getParent(), ProjectOrigin.Kind.PAIRED, reason);
                return true;
            }
            return false;
        }

        /**
         * Candidate bases, nearest first: own directory's default files, ancestors' ones, other complete files.
         * A directory's own default files ({@code overlayIsDefault}) only look upwards: {@code docker compose up}
         * there runs them without the other files beside them. Unrelated files are tried for fragments only.
         */
        private List<List<Path>> bases(List<Path> overlay, Path dir, boolean overlayIsDefault) {
            List<List<Path>> bases = new ArrayList<>();
            if (!overlayIsDefault) addBase(bases, mainByDir.getOrDefault(dir, List.of()), overlay);
            for (Path up = dir.getParent(); up != null && up.startsWith(root); up = up.getParent()) {
                addBase(bases, mainByDir.containsKey(up) ? mainByDir.get(up) : mainFiles(up), overlay);
            }
            // An unrelated file only completes a fragment (services without image or build); a file whose services
            // all run but name something undefined is more likely wrong than meant for a far-away base.
            FileFacts overlayFacts = merged(overlay);
            if (overlayIsDefault || overlayFacts.runnable().containsAll(overlayFacts.services())) return bases;
            List<Path> others = new ArrayList<>();
            byDir.values().forEach(others::addAll);
            others.sort(Comparator.comparingInt((Path p) -> -commonPrefix(p.getParent(), dir))
                    .thenComparing(Comparator.naturalOrder()));
            int tried = 0;
            for (Path other : others) {
                if (tried >= MAX_OTHER_BASES) break;
                if (overlay.contains(other) || !facts(other).complete()) continue;
                String name = String.valueOf(other.getFileName());
                if (name.contains("override") || redefinesRunnable(overlay, facts(other))) continue;
                tried++;
                addBase(bases, List.of(other), overlay);
            }
            return bases;
        }

        /**
         * True when the overlay defines, complete with image or build, a service the unrelated file also defines:
         * two alternatives, not an overlay and its base (two test variants of one stack, say).
         */
        private boolean redefinesRunnable(List<Path> overlay, FileFacts other) {
            for (Path f : overlay) {
                for (String service : facts(f).runnable()) {
                    if (other.services().contains(service)) return true;
                }
            }
            return false;
        }

        private void addBase(List<List<Path>> bases, List<Path> base, List<Path> overlay) {
            if (base.isEmpty() || overlay.stream().anyMatch(base::contains) || bases.contains(base)) return;
            if (!merged(base).complete()) return;
            bases.add(base);
        }

        /**
         * Other compose files that define what is still missing, from the overlay's directory up to the base's
         * (or the root), and the base's own directory.
         */
        private List<Path> providers(List<Path> overlay, List<Path> base, FileFacts together, Path dir) {
            Set<String> missing = together.missing();
            List<Path> providers = new ArrayList<>();
            Path baseDir = base.get(0).getParent();
            Set<Path> dirs = new LinkedHashSet<>();
            for (Path d = dir; d != null && d.startsWith(root); d = d.getParent()) {
                dirs.add(d);
                if (d.equals(baseDir)) break;
            }
            dirs.add(baseDir);
            for (Path d : dirs) {
                for (Path other : byDir.getOrDefault(d, List.of())) {
                    if (overlay.contains(other) || base.contains(other) || providers.contains(other)) continue;
                    if (facts(other).provides(missing)) providers.add(other);
                }
            }
            return providers;
        }

        private void planDiscovered(List<Path> files, Path dir, ProjectOrigin.Kind kind, String reason) {
            boolean stack = files.stream().allMatch(f -> StackSemantics.looksLikeStack(f, facts(f)));
            String why = stack ? reason + "; a swarm stack file (deploy settings only swarm honours, no build)"
                    : reason;
            ProjectLoader.Spec spec = spec(files, dir, request, cwd, request.projectName(), true);
            planned.add(new Planned(spec, new ProjectOrigin(kind, why, List.of(), spec.envFiles(),
                    request.profiles(), stack)));
        }

        /** Where a file's YAML starts: its first top-level key (after any leading comments). */
        private Source firstKey(Path f) {
            for (YNode doc : parse(f, parses, files).documents()) {
                if (doc instanceof YMap m && !m.isEmpty()) return m.entries().get(0).keySource();
            }
            return Source.file(f);
        }

        private FileFacts facts(Path f) {
            return facts.computeIfAbsent(f, k -> FileFacts.of(k, parse(k, parses, files), p -> files.isRegularFile(p)
                    && p.startsWith(root) ? parse(p, parses, files) : null));
        }

        private FileFacts merged(List<Path> files) {
            return files.size() == 1 ? facts(files.get(0)) : FileFacts.merged(files.stream().map(this::facts)
                    .toList());
        }

        private String shown(Path dir) {
            return dir.equals(cwd) ? "." : String.valueOf(cwd.relativize(dir));
        }

        private String describeFiles(List<Path> files) {
            return String.join(" + ", files.stream().map(f -> f.startsWith(cwd) ? cwd.relativize(f).toString()
                    : f.toString()).toList());
        }
    }

    private static final int MAX_OTHER_BASES = 200;

    private static int commonPrefix(Path a, Path b) {
        int n = 0;
        while (n < a.getNameCount() && n < b.getNameCount() && a.getName(n).equals(b.getName(n))) n++;
        return n;
    }

    private static String describe(Set<String> missing) {
        List<String> list = new ArrayList<>(missing);
        if (list.size() > 4) {
            int more = list.size() - 3;
            list = new ArrayList<>(list.subList(0, 3));
            list.add(more + " more");
        }
        return String.join(", ", list);
    }

    /** Cheap test before parsing a YAML file of another name: does a line start with {@code services:}? */
    private static boolean mentionsServices(Path file, WorkspaceFiles files) {
        WorkspaceFiles.Content content = files.content(file, 4L * 1024 * 1024);
        if (!content.ok()) return false;
        String text = new String(content.bytes(), java.nio.charset.StandardCharsets.UTF_8);
        return text.startsWith("services:") || text.contains("\nservices:");
    }

    private static List<Path> split(String value, String separator, Path dir) {
        List<Path> files = new ArrayList<>();
        for (String part : value.split(Pattern.quote(separator.isEmpty() ? ":" : separator))) {
            if (part.isBlank() || part.contains("$")) continue;
            try {
                files.add(dir.resolve(part.trim()).normalize());
            } catch (InvalidPathException e) {
                // not a path: ignored, as Compose would fail on it at run time
            }
        }
        return files;
    }

    private List<Path> composeFileFromDotEnv(Path dir, LoadRequest request, WorkspaceFiles source,
                                             List<Finding> diagnostics) {
        Path dotEnv = dir.resolve(".env");
        if (!source.isRegularFile(dotEnv)) return List.of();
        DotEnv.Parsed parsed = DotEnv.read(dotEnv, source, request.environment()::get);
        String composeFile = parsed.values().get("COMPOSE_FILE");
        if (composeFile == null || composeFile.isBlank()) return List.of();
        String separator = parsed.values().getOrDefault("COMPOSE_PATH_SEPARATOR", ":");
        List<Path> files = new ArrayList<>();
        for (String part : composeFile.split(Pattern.quote(separator))) {
            Path f;
            try {
                f = dir.resolve(part.trim()).normalize();
            } catch (InvalidPathException e) {
                diagnostics.add(new Finding(Diagnostics.COMPOSE, Severity.ERROR,
                        "COMPOSE_FILE names an invalid path (" + e.getReason() + ")", Source.file(dotEnv)));
                continue;
            }
            if (!part.isBlank() && source.isRegularFile(f)) files.add(f);
        }
        return files;
    }
}
