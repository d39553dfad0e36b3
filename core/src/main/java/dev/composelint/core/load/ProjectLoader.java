package dev.composelint.core.load;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Related;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.fs.GitIgnore;
import dev.composelint.core.fs.WorkspaceFiles;
import dev.composelint.core.interp.DotEnv;
import dev.composelint.core.interp.Interpolator;
import dev.composelint.core.interp.TreeInterpolator;
import dev.composelint.core.interp.TypeCasting;
import dev.composelint.core.merge.ComposeMerger;
import dev.composelint.core.model.ComposeFile;
import dev.composelint.core.model.FileLayout;
import dev.composelint.core.model.EnvFileRef;
import dev.composelint.core.model.Service;
import dev.composelint.core.model.Located;
import dev.composelint.core.model.NameOrigin;
import dev.composelint.core.model.Project;
import dev.composelint.core.schema.SchemaValidator;
import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.NodeBudget;
import dev.composelint.core.yaml.YamlParse;
import dev.composelint.core.yaml.YamlReader;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Loads one project the way compose-go does (compose-semantics §0.5): environment, project name, then per file and
 * per document interpolation, type casting, include, extends, merge and schema validation, and finally the model.
 */
final class ProjectLoader {

    private static final String INTERNAL_ERROR = "internal-error";

    private static final Set<String> TOP_LEVEL_KEYS = Set.of("version", "name", "services", "networks", "volumes",
            "configs", "secrets", "include", "models");

    /** What to load: ordered files, the project directory, env files, and the knobs of the command line. */
    record Spec(List<Path> files, Path directory, List<Path> envFiles, String explicitName,
                Set<String> profiles, Map<String, String> shellEnvironment, boolean discovered) {
    }

    /**
     * How values the user supplies at deploy time are treated. {@code strictEnv}: a required variable without a
     * value, and a load error an unset variable causes, are errors (as {@code docker compose} would fail) rather
     * than infos. {@code workspaceRoot}: how far up an env template is looked for.
     */
    record EnvPolicy(boolean strictEnv, Path workspaceRoot) {

        static final EnvPolicy DEFAULT = new EnvPolicy(false, null);
    }

    /** Env templates a repository ships for its users to copy to {@code .env}, in the order they are looked for. */
    static final List<String> ENV_TEMPLATES = List.of(".env.example", ".env.sample", ".env.dist", "env.example",
            ".env.template");
    private static final long MAX_ENV_TEMPLATE_BYTES = 1 << 20;

    private final YamlReader reader;
    private final Map<Path, YamlParse> parses;
    private final Set<Path> referencedFiles;
    private final EnvPolicy policy;
    private final WorkspaceFiles boundary;
    /** The run's node budget, shared with the other projects' loaders. */
    private final NodeBudget budget;
    /** What this project has charged to {@link #budget}, so that a dropped document gives its share back. */
    private long charged;
    /** Whether this project has already reported that the budget refused a part of it. */
    private boolean overBudget;
    /** Files this project includes or extends from; published to {@link #referencedFiles} at the end. */
    private final Set<Path> referencedHere = new HashSet<>();
    /** Files on an include or extends cycle: never hidden as part of another project. */
    private final Set<Path> onCycle = new HashSet<>();
    private final List<Finding> diagnostics = new ArrayList<>();
    /** The include and extends steps (declared after {@link #diagnostics}, which they add to). */
    private final ExtendsResolver extendsResolver = new ExtendsResolver(this);
    private final IncludeResolver includeResolver = new IncludeResolver(this, extendsResolver);
    /** Interpolated scalars whose value depends on a variable without a value, with those variables. */
    private final SortedMap<Source, Set<String>> unknownValues = new TreeMap<>();
    private final List<TreeInterpolator.MissingRequired> missingRequired = new ArrayList<>();
    /** Whether the user named the env files ({@code --env-file}, {@code COMPOSE_ENV_FILES}, a project definition). */
    private boolean namedEnvFiles;
    private final GitIgnore gitIgnore = new GitIgnore();
    /**
     * Every path this project's result depends on: files read or parsed, and files whose presence was looked at
     * (env files, {@code .env}, env templates, include and extends targets, {@code .gitignore} files and the
     * {@code .git} entries that place them).
     */
    private final Set<Path> inputs = new LinkedHashSet<>();

    ProjectLoader(YamlReader reader, Map<Path, YamlParse> parses, Set<Path> referencedFiles) {
        this(reader, parses, referencedFiles, EnvPolicy.DEFAULT, WorkspaceFiles.unrestricted(),
                NodeBudget.standard());
    }

    ProjectLoader(YamlReader reader, Map<Path, YamlParse> parses, Set<Path> referencedFiles, EnvPolicy policy,
                  WorkspaceFiles boundary, NodeBudget budget) {
        this.reader = reader;
        this.budget = budget;
        this.parses = parses;
        this.referencedFiles = referencedFiles;
        this.policy = policy;
        this.boundary = boundary.observed(this::input);
    }

    /**
     * The located {@code internal-error} finding for a failure of composelint itself while {@code step}; the
     * project is still reported as far as it was loaded.
     */
    static Finding internalError(String step, Throwable e, Source at) {
        String what = e instanceof StackOverflowError ? "input nested too deeply (stack overflow)"
                : e.getClass().getSimpleName();
        return new Finding(INTERNAL_ERROR, Severity.ERROR, "composelint failed while " + step + " (" + what
                + "); the project is checked as far as it was loaded; please report this", at);
    }

    List<Finding> diagnostics() {
        return diagnostics;
    }

    /** The paths this project's result depends on (see {@link #inputs}), after {@link #load}. */
    Set<Path> inputs() {
        Set<Path> all = new LinkedHashSet<>(inputs);
        all.addAll(gitIgnore.consulted());
        return all;
    }

    /** The nodes this project holds of the run's budget. */
    long charged() {
        return charged;
    }

    /** Whether the budget refused a part of this project. */
    boolean overBudget() {
        return overBudget;
    }

    private void input(Path path) {
        inputs.add(path.toAbsolutePath().normalize());
    }

    // ---- what the include and extends resolvers share with the loader ---------------------------------------

    WorkspaceFiles boundary() {
        return boundary;
    }

    /** Counts nodes a step made against the run's budget; throws {@link NodeBudget.Exhausted} past it. */
    void charge(long nodes, Source at) {
        budget.charge(nodes, at);
        charged += Math.max(0, nodes);
    }

    /** Counts the nodes of {@code result} that a step made from {@code inputs}, and returns {@code result}. */
    YMap counted(YMap result, YNode... inputs) {
        charge(NodeBudget.newNodes(result, inputs), result.source());
        return result;
    }

    /**
     * Counts a parsed document's alias expansion; false, reported, when the budget refuses it. A file without
     * aliases expands nothing.
     */
    boolean admit(YamlParse parse, YNode root) {
        if (!parse.aliases()) return true;
        try {
            charge(NodeBudget.aliasExpansion(root), root.source());
            return true;
        } catch (NodeBudget.Exhausted e) {
            overBudget(e);
            return false;
        }
    }

    /** The first refusal of the budget in this project is a located finding; later ones leave out their part too. */
    void overBudget(NodeBudget.Exhausted e) {
        if (overBudget) return;
        overBudget = true;
        diagnostics.add(new Finding(Diagnostics.YAML, Severity.ERROR, e.getMessage() + "; this part of the project"
                + " is left out and the rest is checked", e.source()));
    }

    /** Marks a file this project includes or extends from. */
    void referenced(Path file) {
        referencedHere.add(file);
    }

    /** Marks a file on an include or extends cycle, which is never hidden as part of another project. */
    void onCycle(Path file) {
        onCycle.add(file);
    }

    /**
     * The project, or null when nothing loadable remains (every problem is in {@link #diagnostics()}). A file this
     * project includes or extends is then marked as referenced, unless it is one of the project's own files or lies
     * on a cycle, so that such a project never hides itself or the other half of a cycle.
     */
    Project load(Spec spec) {
        try {
            int firstDiagnostic = diagnostics.size();
            Project project = loadProject(spec);
            reportMissingRequired();
            nameUnsetVariables(firstDiagnostic);
            gitIgnore.unread().forEach((file, content) -> diagnostics.add(new Finding(Diagnostics.IO,
                    Severity.WARNING, content.message() + "; its ignore rules are taken as none",
                    Source.file(file))));
            return project == null || unknownValues.isEmpty() ? project : project.withUnknownValues(unknownValues);
        } finally {
            referencedHere.removeAll(spec.files());
            referencedHere.removeAll(onCycle);
            referencedFiles.addAll(referencedHere);
        }
    }

    private Project loadProject(Spec spec) {
        Path firstFile = spec.files().get(0);
        Map<String, String> env = environment(spec, firstFile);
        List<Document> documents = new ArrayList<>();
        for (Path file : spec.files()) {
            YamlParse parse = parse(file);
            diagnostics.addAll(parse.diagnostics());
            for (YNode doc : parse.documents()) {
                if (admit(parse, doc)) documents.add(new Document(file, doc));
            }
        }
        if (documents.isEmpty()) {
            if (diagnostics.stream().noneMatch(f -> f.severity() == Severity.ERROR)) {
                diagnostics.add(new Finding(Diagnostics.COMPOSE, Severity.ERROR, "empty compose file",
                        Source.file(firstFile)));
            }
            return null;
        }

        NameChoice name = projectName(spec, documents, env);
        env.put("COMPOSE_PROJECT_NAME", name.name());
        Function<String, String> lookup = env::get;

        Map<Path, ComposeFile> files = new LinkedHashMap<>();
        for (Path file : spec.files()) files.put(file, new ComposeFile(file, null, null));
        Map<String, Source> unset = new LinkedHashMap<>();
        YMap accumulated = null;
        Set<Finding> schemaFindings = new LinkedHashSet<>();
        for (Document document : documents) {
            if (!(document.root() instanceof YMap raw)) {
                diagnostics.add(new Finding(Diagnostics.COMPOSE, Severity.ERROR,
                        "top-level object must be a mapping", document.root().source()));
                continue;
            }
            if (isLegacyV1(raw, document.file())) continue;
            files.put(document.file(), describe(files.get(document.file()), raw));
            YMap doc = raw;
            long mark = charged;
            try {
                doc = prepare(parse(document.file()), raw, lookup, unset);
                doc = includeResolver.process(doc, document.file(), spec.directory(), env,
                        new ArrayDeque<>(List.of(document.file())));
                doc = extendsResolver.resolve(doc, document.file(), spec.directory(), lookup, unset);
            } catch (NodeBudget.Exhausted e) {
                overBudget(e);
                giveBack(mark);
                continue;
            } catch (RuntimeException | StackOverflowError e) {
                diagnostics.add(internalError("loading this file", e, raw.source()));
                doc = doc.without("include");
            }
            try {
                YMap earlier = accumulated == null ? YMap.empty(doc.source()) : accumulated;
                accumulated = counted(ComposeMerger.merge(earlier, doc), earlier, doc);
            } catch (NodeBudget.Exhausted e) {
                overBudget(e);
                giveBack(mark);
                continue;
            } catch (RuntimeException | StackOverflowError e) {
                diagnostics.add(internalError("merging this file", e, raw.source()));
                continue;
            }
            validate(accumulated, schemaFindings, raw.source());
        }
        diagnostics.addAll(schemaFindings);
        if (accumulated == null) return null;

        ModelBuilder.Result result = ModelBuilder.build(accumulated, new ModelBuilder.Context(name.name(),
                name.origin(), spec.directory(), List.copyOf(files.values()), env, activeProfiles(spec, env), unset));
        diagnostics.addAll(result.diagnostics());
        if (result.project() != null) consistency(result.project(), accumulated);
        return result.project();
    }

    /** Schema validation of the merged tree (a walk over it, no copy). */
    private void validate(YMap accumulated, Set<Finding> schemaFindings, Source at) {
        try {
            schemaFindings.addAll(SchemaValidator.validate(accumulated));
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.add(internalError("validating this file against the schema", e, at));
        }
    }

    /** Gives back what this project charged since {@code mark} (a document that is left out). */
    private void giveBack(long mark) {
        budget.refund(charged - mark);
        charged = mark;
    }

    /** The load-time checks of Compose that need the model (compose-semantics §0.5 step 9, §5.8, §6). */
    private void consistency(Project project, YMap merged) {
        YMap rawServices = merged.map("services");
        for (Service service : project.services().values()) {
            YMap raw = rawServices == null ? null : rawServices.map(service.name());
            boolean provider = raw != null && raw.has("provider");
            // Compose treats an empty image as none; an image that is empty because a variable has no value is
            // reported where it is written, so that the variable is named.
            boolean noImage = service.image() == null || service.image().value().isEmpty();
            if (service.enabled() && noImage && service.build() == null && !provider
                    && !extendsResolver.partial().contains(service.name())) {
                diagnostics.add(new Finding(Diagnostics.COMPOSE, Severity.ERROR, "service \"" + service.name()
                        + "\" has neither an image nor a build context specified: invalid compose project",
                        service.image() != null ? service.image().source() : service.source(), List.of(), null,
                        service.profiles()));
            }
            for (EnvFileRef envFile : service.envFiles()) {
                // a missing file is an error wherever it is (only its existence is looked at)
                if (envFile.path() != null && !boundary.isInside(envFile.path()) && boundary.exists(envFile.path())) {
                    diagnostics.add(new Finding(Diagnostics.IO, Severity.INFO,
                            WorkspaceFiles.outsideMessage(envFile.path()), envFile.source(), List.of(), null,
                            service.profiles()));
                    continue;
                }
                if (envFile.required() && envFile.path() != null && !boundary.isRegularFile(envFile.path())) {
                    String abs = envFile.path().toAbsolutePath().toString();
                    String userMade = userCreatedFile(envFile.path(), envFile.source().file());
                    String message = "env file " + abs + " not found: stat " + abs + ": no such file or directory";
                    if (userMade != null) {
                        message += "; users create it (" + userMade + "), so it is needed at deploy time";
                    }
                    diagnostics.add(new Finding(Diagnostics.COMPOSE,
                            userMade != null && !strict() ? Severity.INFO : Severity.ERROR, message,
                            envFile.source(), List.of(), null, service.profiles()));
                }
            }
        }
    }

    private record Document(Path file, YNode root) {
    }

    private record NameChoice(String name, NameOrigin origin) {
    }

    YamlParse parse(Path file) {
        input(file);
        return parses.computeIfAbsent(file.toAbsolutePath().normalize(), f -> reader.read(f, boundary));
    }

    /** Interpolation and type casting of one raw document of {@code parse}. */
    YMap prepare(YamlParse parse, YMap raw, Function<String, String> lookup, Map<String, Source> unset) {
        TreeInterpolator.Outcome interpolated = TreeInterpolator.interpolateLeniently(raw, lookup,
                parse.aliases());
        diagnostics.addAll(interpolated.diagnostics());
        interpolated.unsetVariables().forEach(unset::putIfAbsent);
        interpolated.unknownScalars().forEach((at, names) ->
                unknownValues.computeIfAbsent(at, k -> new TreeSet<>()).addAll(names));
        missingRequired.addAll(interpolated.missingRequired());
        YMap tree = interpolated.tree() instanceof YMap m ? counted(m, raw) : raw;
        TypeCasting.Outcome cast = TypeCasting.apply(tree);
        diagnostics.addAll(cast.diagnostics());
        return cast.tree() != null ? counted(cast.tree(), tree) : tree;
    }

    // ---- values supplied at deploy time ----------------------------------------------------------------------

    /** Whether a value the user supplies at deploy time, found missing, is an error rather than an info. */
    private boolean strict() {
        return policy.strictEnv() || namedEnvFiles;
    }

    /**
     * One finding per required variable without a value, at its first use (further uses are related places):
     * an info "needs X at deploy time", or Compose's own error under {@link #strict()}.
     */
    private void reportMissingRequired() {
        Map<String, List<TreeInterpolator.MissingRequired>> byVariable = new LinkedHashMap<>();
        for (TreeInterpolator.MissingRequired m : missingRequired) {
            List<TreeInterpolator.MissingRequired> uses = byVariable.computeIfAbsent(m.variable(), k -> new ArrayList<>());
            if (uses.stream().noneMatch(u -> u.source().equals(m.source()))) uses.add(m);
        }
        byVariable.forEach((variable, uses) -> {
            TreeInterpolator.MissingRequired first = uses.get(0);
            String reason = first.reason().isEmpty() ? "" : " (\"" + first.reason() + "\")";
            String message = strict()
                    ? "error while interpolating " + first.path() + ": required variable " + variable
                            + " is missing a value" + reason
                    : "needs " + variable + " at deploy time: " + first.path() + " requires it" + reason
                            + "; the project is checked without a value for it (values that depend on it are not"
                            + " judged); run with --strict-env to make this an error";
            List<Related> related = new ArrayList<>();
            for (TreeInterpolator.MissingRequired use : uses.subList(1, Math.min(uses.size(), 11))) {
                related.add(new Related(use.source(), use.path() + " requires " + variable + " too"));
            }
            diagnostics.add(new Finding(Diagnostics.INTERPOLATION, strict() ? Severity.ERROR : Severity.INFO,
                    message, first.source(), related, null, List.of()));
        });
    }

    /**
     * A load diagnostic about a value that depends on a variable without a value names that variable; unless
     * {@link #strict()}, it is an info, since the user supplies the value at deploy time.
     */
    private void nameUnsetVariables(int firstDiagnostic) {
        if (unknownValues.isEmpty()) return;
        for (int i = firstDiagnostic; i < diagnostics.size(); i++) {
            Finding f = diagnostics.get(i);
            if (f.ruleId().equals(Diagnostics.INTERPOLATION) || f.ruleId().equals(Diagnostics.YAML)) continue;
            Set<String> variables = Project.unknownVariables(unknownValues, f.source());
            if (variables.isEmpty()) continue;
            String names = String.join(", ", variables) + (variables.size() == 1 ? " is" : " are");
            diagnostics.set(i, new Finding(f.ruleId(), strict() ? f.severity() : Severity.INFO,
                    f.message() + " (" + names + " unset)", f.source(), f.related(), f.fix(), f.profiles()));
        }
    }

    // ---- environment and name ------------------------------------------------------------------------------

    private Map<String, String> environment(Spec spec, Path firstFile) {
        Map<String, String> env = new LinkedHashMap<>(spec.shellEnvironment());
        List<Path> envFiles = new ArrayList<>(spec.envFiles());
        Path template = null;
        boolean explicit = !envFiles.isEmpty();
        if (!explicit && env.containsKey("COMPOSE_ENV_FILES")) {
            for (String part : env.get("COMPOSE_ENV_FILES").split(",")) {
                if (!part.isEmpty()) envFiles.add(spec.directory().resolve(part));
            }
            explicit = true;
        }
        namedEnvFiles = explicit;
        if (!explicit && !"true".equalsIgnoreCase(env.get("COMPOSE_DISABLE_ENV_FILE"))) {
            Path dotEnv = spec.directory().resolve(".env");
            // a FIFO or device named .env is reported by the reader, not skipped
            if (boundary.kindOf(dotEnv) != WorkspaceFiles.Problem.MISSING) {
                envFiles.add(dotEnv);
            } else {
                template = envTemplate(spec.directory());
                if (template != null) {
                    envFiles.add(template);
                    diagnostics.add(new Finding(Diagnostics.INTERPOLATION, Severity.INFO, "no .env; values taken"
                            + " from " + template.getFileName() + " as stand-ins for what users put in .env",
                            templateSource(template)));
                }
            }
        }
        Map<String, String> values = readEnvFiles(envFiles, env, Source.file(firstFile));
        // A template's profile choice would narrow what is analysed; composelint analyses every profile instead.
        if (template != null) values.remove("COMPOSE_PROFILES");
        values.forEach(env::putIfAbsent);
        env.putIfAbsent("PWD", spec.directory().toString());
        return env;
    }

    /**
     * The env template ({@link #ENV_TEMPLATES}) in {@code directory} or its nearest ancestor inside the workspace
     * root: a regular file, no symbolic link, not larger than 1 MiB. Null when there is none.
     */
    private Path envTemplate(Path directory) {
        Path root = policy.workspaceRoot() == null ? directory : policy.workspaceRoot().toAbsolutePath().normalize();
        Path dir = directory.toAbsolutePath().normalize();
        if (!dir.startsWith(root)) root = dir;
        for (; dir != null && dir.startsWith(root); dir = dir.getParent()) {
            for (String name : ENV_TEMPLATES) {
                Path candidate = dir.resolve(name);
                input(candidate);
                try {
                    if (Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)
                            && Files.size(candidate) <= MAX_ENV_TEMPLATE_BYTES) {
                        return candidate;
                    }
                } catch (java.io.IOException | SecurityException e) {
                    // unreadable: not a template
                }
            }
        }
        return null;
    }

    /**
     * Why a missing file is one users create before running the project, or null: git ignores it, or the repository
     * ships a template for it next to it ({@code <name>.example}, ...; for {@code .env} also {@link #ENV_TEMPLATES}).
     */
    private String userCreatedFile(Path file, Path composeFile) {
        Path dir = file.getParent();
        String name = String.valueOf(file.getFileName());
        List<String> templates = new ArrayList<>();
        for (String suffix : List.of(".example", ".sample", ".dist", ".template")) templates.add(name + suffix);
        if (name.equals(".env")) templates.addAll(ENV_TEMPLATES);
        for (String template : templates) {
            if (dir != null) input(dir.resolve(template));
            if (dir != null && Files.isRegularFile(dir.resolve(template), LinkOption.NOFOLLOW_LINKS)) {
                return "from " + template;
            }
        }
        return gitIgnore.isGenerated(file, false, composeFile) ? "git ignores it" : null;
    }

    /** Where an env template's stand-in note goes: its first variable, or its first line. */
    private static Source templateSource(Path template) {
        DotEnv.Parsed parsed = DotEnv.read(template, key -> null);
        return parsed.keySources().values().stream().findFirst().orElse(Source.file(template));
    }

    /**
     * The values of env files, later files over earlier ones. Inside them a variable is looked up in
     * {@code outer} first, then among the values read so far. A missing file is reported at {@code missingAt};
     * {@code /dev/null} stands for none.
     */
    Map<String, String> readEnvFiles(List<Path> files, Map<String, String> outer, Source missingAt) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Path envFile : files) {
            if (envFile.toString().equals("/dev/null")) continue;
            if (!boundary.isInside(envFile) && boundary.exists(envFile)) {
                diagnostics.add(new Finding(Diagnostics.IO, Severity.INFO, WorkspaceFiles.outsideMessage(envFile),
                        missingAt));
                continue;
            }
            if (!boundary.exists(envFile)) {
                diagnostics.add(new Finding(Diagnostics.IO, Severity.ERROR,
                        "couldn't find env file: " + envFile.toAbsolutePath(), missingAt));
                continue;
            }
            DotEnv.Parsed parsed = DotEnv.read(envFile, boundary,
                    key -> outer.containsKey(key) ? outer.get(key) : values.get(key));
            diagnostics.addAll(parsed.diagnostics());
            values.putAll(parsed.values());
        }
        return values;
    }

    private NameChoice projectName(Spec spec, List<Document> documents, Map<String, String> env) {
        Source at = Source.file(spec.files().get(0));
        if (spec.explicitName() != null) {
            return checked(spec.explicitName(), NameOrigin.OPTION, at);
        }
        String fromEnv = env.get("COMPOSE_PROJECT_NAME");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return checked(fromEnv, NameOrigin.ENVIRONMENT, at);
        }
        YScalar rawName = null;
        for (Document d : documents) {
            YScalar s = d.root() instanceof YMap m ? m.scalar("name") : null;
            if (s != null && !s.isNull() && !s.asText().isEmpty()) {
                rawName = s;
            }
        }
        if (rawName != null) {
            Interpolator.Result r = Interpolator.interpolate(rawName.asText(), env::get);
            String normalized = ProjectNames.normalize(r.error() == null ? r.value() : "");
            if (normalized.isEmpty()) {
                diagnostics.add(new Finding(Diagnostics.COMPOSE, Severity.ERROR, "project name must not be empty",
                        rawName.source()));
                return new NameChoice(fallbackName(spec), NameOrigin.NAME_KEY);
            }
            return new NameChoice(normalized, NameOrigin.NAME_KEY);
        }
        String fromDir = ProjectNames.normalize(String.valueOf(spec.directory().getFileName()));
        if (fromDir.isEmpty()) {
            diagnostics.add(new Finding(Diagnostics.COMPOSE, Severity.ERROR, "project name must not be empty", at));
            return new NameChoice("default", NameOrigin.DIRECTORY);
        }
        return new NameChoice(fromDir, NameOrigin.DIRECTORY);
    }

    private NameChoice checked(String name, NameOrigin origin, Source at) {
        String error = ProjectNames.validationError(name);
        if (error == null) return new NameChoice(name, origin);
        diagnostics.add(new Finding(Diagnostics.COMPOSE, Severity.ERROR, error, at));
        String normalized = ProjectNames.normalize(name);
        return new NameChoice(normalized.isEmpty() ? "default" : normalized, origin);
    }

    private static String fallbackName(Spec spec) {
        String fromDir = ProjectNames.normalize(String.valueOf(spec.directory().getFileName()));
        return fromDir.isEmpty() ? "default" : fromDir;
    }

    private static Set<String> activeProfiles(Spec spec, Map<String, String> env) {
        if (!spec.profiles().isEmpty()) return spec.profiles();
        String fromEnv = env.get("COMPOSE_PROFILES");
        if (fromEnv == null || fromEnv.isBlank()) return Set.of();
        Set<String> profiles = new LinkedHashSet<>();
        for (String p : fromEnv.split(",")) {
            if (!p.trim().isEmpty()) profiles.add(p.trim());
        }
        return profiles;
    }

    // ---- raw document facts ---------------------------------------------------------------------------------

    private static ComposeFile describe(ComposeFile previous, YMap raw) {
        Located<String> version = previous.version();
        Located<String> name = previous.name();
        YEntry v = raw.entry("version");
        if (version == null && v != null) {
            String text = v.value() instanceof YScalar s ? s.text() : v.value().kindName();
            version = new Located<>(text, v.keySource(), v.value().source());
        }
        YEntry n = raw.entry("name");
        if (n != null && n.value() instanceof YScalar s) {
            name = new Located<>(s.asText(), n.keySource(), s.source());
        }
        FileLayout layout = previous.layout().topLevel().isEmpty() ? LayoutReader.read(raw) : previous.layout();
        return new ComposeFile(previous.path(), version, name, layout);
    }

    /** A legacy v1 file (services at the top level) gets one clear error and is not loaded. */
    private boolean isLegacyV1(YMap raw, Path file) {
        if (raw.has("services")) return false;
        for (YEntry e : raw.entries()) {
            if (TOP_LEVEL_KEYS.contains(e.key()) || e.key().startsWith("x-")) continue;
            if (e.value() instanceof YMap) {
                diagnostics.add(new Finding(Diagnostics.COMPOSE, Severity.ERROR, "this file uses the legacy Compose"
                        + " v1 format (services at the top level, no services: key), which Docker Compose v2 does"
                        + " not load; move the services under a top-level services: key", e.keySource()));
                return true;
            }
        }
        return false;
    }

    /**
     * References Docker Compose's remote loaders (git and OCI) accept. Anything else is a local path, even with a
     * colon in it (compose-go's own tests use a {@code remote:} prefix that only their test loader knows).
     */
    static boolean isRemote(String reference) {
        return reference.startsWith("oci://") || reference.startsWith("git@") || reference.startsWith("git://")
                || reference.startsWith("ssh://") || reference.startsWith("https://")
                || reference.startsWith("http://");
    }
}
