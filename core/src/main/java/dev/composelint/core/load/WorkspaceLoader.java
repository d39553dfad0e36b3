package dev.composelint.core.load;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.interp.DotEnv;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Workspace;
import dev.composelint.core.yaml.YamlParse;
import dev.composelint.core.yaml.YamlReader;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        Path cwd = request.workingDirectory().toAbsolutePath().normalize();
        List<Finding> diagnostics = new ArrayList<>();
        List<ProjectLoader.Spec> specs = new ArrayList<>();

        if (!request.files().isEmpty()) {
            List<Path> files = new ArrayList<>();
            for (Path f : request.files()) {
                Path abs = cwd.resolve(f).normalize();
                if (Files.isRegularFile(abs)) files.add(abs);
                else diagnostics.add(missing(abs));
            }
            if (!files.isEmpty()) {
                Path dir = request.projectDirectory() != null ? cwd.resolve(request.projectDirectory()).normalize()
                        : files.get(0).getParent();
                specs.add(spec(files, dir, request, cwd, request.projectName(), false));
            }
        }
        for (ProjectDefinition definition : request.projects()) {
            List<Path> files = definition.files().stream().map(f -> cwd.resolve(f).normalize()).toList();
            List<Path> present = files.stream().filter(Files::isRegularFile).toList();
            files.stream().filter(f -> !Files.isRegularFile(f)).forEach(f -> diagnostics.add(missing(f)));
            if (present.isEmpty()) continue;
            Path dir = definition.directory() != null ? cwd.resolve(definition.directory()).normalize()
                    : present.get(0).getParent();
            List<Path> envFiles = definition.envFiles().stream().map(f -> cwd.resolve(f).normalize()).toList();
            specs.add(new ProjectLoader.Spec(present, dir, envFiles, definition.name(), request.profiles(),
                    request.environment(), false));
        }
        // One parse per file for the whole run: discovery's look at a file is reused by the project loaders.
        Map<Path, YamlParse> parses = new ConcurrentHashMap<>();
        List<Path> paths = request.paths();
        if (paths.isEmpty() && request.files().isEmpty() && request.projects().isEmpty()) paths = List.of(cwd);
        for (Path p : paths) {
            Path abs = cwd.resolve(p).normalize();
            if (Files.isDirectory(abs)) {
                discover(abs, request, cwd, specs, diagnostics, parses);
            } else if (Files.isRegularFile(abs)) {
                List<Path> files = new ArrayList<>(List.of(abs));
                if (Discovery.DEFAULT_FILES.contains(String.valueOf(abs.getFileName()))) {
                    Path override = overrideOf(abs.getParent());
                    if (override != null) files.add(override);
                }
                specs.add(spec(files, abs.getParent(), request, cwd, request.projectName(), false));
            } else {
                diagnostics.add(missing(abs));
            }
        }

        Set<Path> referenced = new HashSet<>();
        List<Loaded> loaded = new ArrayList<>();
        Set<List<Path>> seen = new HashSet<>();
        for (ProjectLoader.Spec spec : specs) {
            if (!seen.add(spec.files())) continue;
            ProjectLoader loader = new ProjectLoader(reader, parses, referenced);
            Project project;
            try {
                project = loader.load(spec);
            } catch (RuntimeException | StackOverflowError e) {
                project = null;
                loader.diagnostics().add(new Finding(Diagnostics.COMPOSE, Severity.ERROR,
                        "composelint could not load this project (" + e.getClass().getSimpleName()
                                + "); please report this", Source.file(spec.files().get(0))));
            }
            loaded.add(new Loaded(spec, project, loader.diagnostics()));
        }
        List<Project> projects = new ArrayList<>();
        Set<Finding> all = new LinkedHashSet<>(diagnostics);
        for (Loaded l : loaded) {
            // A discovered file that another project includes or extends is not a project of its own.
            if (l.spec().discovered() && l.spec().files().size() == 1 && referenced.containsAll(l.spec().files())) {
                continue;
            }
            if (l.project() != null) projects.add(l.project());
            all.addAll(l.diagnostics());
        }
        return new Workspace(cwd, projects, new ArrayList<>(all));
    }

    private record Loaded(ProjectLoader.Spec spec, Project project, List<Finding> diagnostics) {
    }

    private static ProjectLoader.Spec spec(List<Path> files, Path dir, LoadRequest request, Path cwd, String name,
                                           boolean discovered) {
        List<Path> envFiles = request.envFiles().stream().map(f -> cwd.resolve(f).normalize()).toList();
        return new ProjectLoader.Spec(files, dir, envFiles, name, request.profiles(), request.environment(),
                discovered);
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

    /**
     * Workspace discovery in one directory tree. Per directory: the default file with its override is one project
     * (or the files COMPOSE_FILE in the directory's .env names). Another compose file there is loaded the way it is
     * used: an override fragment (its services mostly lack an image or build, or its name says "override") or an
     * overlay (it mostly adds services, which refer to services only the default project defines) is a variant of
     * the default project: its files plus this one, like {@code docker compose -f compose.yaml -f other.yaml}; any
     * other complete file is a project of its own (one that redefines the default project's services is an
     * alternative to it).
     */
    private void discover(Path root, LoadRequest request, Path cwd, List<ProjectLoader.Spec> specs,
                          List<Finding> diagnostics, Map<Path, YamlParse> parses) {
        Map<Path, List<Path>> byDir = Discovery.scan(root, cwd, request.ignore(), diagnostics);
        for (Map.Entry<Path, List<Path>> entry : byDir.entrySet()) {
            Path dir = entry.getKey();
            List<Path> files = new ArrayList<>();
            for (Path f : entry.getValue()) {
                if (Files.isRegularFile(f)) {
                    files.add(f);
                } else if (Files.isDirectory(f)) {
                    diagnostics.add(new Finding(Diagnostics.IO, Severity.INFO, f + " is a directory, not a compose"
                            + " file; skipped", Source.file(f)));
                }
            }
            if (files.isEmpty()) continue;
            List<Path> main = new ArrayList<>(composeFileFromDotEnv(dir, request, diagnostics));
            if (main.isEmpty()) {
                Path def = Discovery.firstNamed(files, Discovery.DEFAULT_FILES);
                if (def != null) {
                    main.add(def);
                    Path override = Discovery.firstNamed(files, Discovery.DEFAULT_OVERRIDES);
                    if (override != null) main.add(override);
                }
            }
            Map<Path, FileFacts> facts = new HashMap<>();
            for (Path f : files) facts.put(f, FileFacts.of(parse(f, parses)));
            Set<String> mainServices = new HashSet<>();
            for (Path f : main) {
                // files COMPOSE_FILE names may lie outside this directory's scan
                mainServices.addAll(facts.computeIfAbsent(f, k -> FileFacts.of(parse(k, parses))).services());
            }
            List<List<Path>> others = new ArrayList<>();
            for (Path f : files) {
                if (main.contains(f) || Discovery.DEFAULT_FILES.contains(String.valueOf(f.getFileName()))
                        || Discovery.DEFAULT_OVERRIDES.contains(String.valueOf(f.getFileName()))) {
                    continue;
                }
                FileFacts fileFacts = facts.get(f);
                boolean overlay = fileFacts.refersToAny(mainServices) && fileFacts.mostlyNew(mainServices);
                boolean variant = !main.isEmpty() && (String.valueOf(f.getFileName()).contains("override")
                        || !fileFacts.complete() || overlay);
                if (variant) {
                    List<Path> combined = new ArrayList<>(main);
                    combined.addAll(providers(f, fileFacts, mainServices, files, main, facts));
                    combined.add(f);
                    others.add(combined);
                } else {
                    others.add(List.of(f));
                }
            }
            if (!main.isEmpty()) specs.add(spec(main, dir, request, cwd, null, true));
            for (List<Path> s : others) specs.add(spec(s, dir, request, cwd, null, true));
        }
    }

    /**
     * The other files of the directory that define services a variant refers to but neither it nor the default
     * files define (an agents overlay that needs the observability overlay's collector), in directory order.
     */
    private static List<Path> providers(Path variant, FileFacts facts, Set<String> mainServices, List<Path> files,
                                        List<Path> main, Map<Path, FileFacts> factsByFile) {
        Set<String> missing = new HashSet<>(facts.references());
        missing.removeAll(facts.services());
        missing.removeAll(mainServices);
        List<Path> providers = new ArrayList<>();
        if (missing.isEmpty()) return providers;
        for (Path other : files) {
            if (other.equals(variant) || main.contains(other)) continue;
            Set<String> defined = factsByFile.get(other).services();
            if (!java.util.Collections.disjoint(defined, missing)) {
                providers.add(other);
                missing.removeAll(defined);
            }
        }
        return providers;
    }

    private YamlParse parse(Path file, Map<Path, YamlParse> parses) {
        return parses.computeIfAbsent(file.toAbsolutePath().normalize(), reader::read);
    }

    private List<Path> composeFileFromDotEnv(Path dir, LoadRequest request, List<Finding> diagnostics) {
        Path dotEnv = dir.resolve(".env");
        if (!Files.isRegularFile(dotEnv)) return List.of();
        DotEnv.Parsed parsed = DotEnv.read(dotEnv, request.environment()::get);
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
            if (!part.isBlank() && Files.isRegularFile(f)) files.add(f);
        }
        return files;
    }
}
