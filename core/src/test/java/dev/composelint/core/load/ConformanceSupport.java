package dev.composelint.core.load;

import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Service;
import dev.composelint.core.model.Workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes small projects to disk and loads them, for the conformance tests. */
final class ConformanceSupport {

    private final Path root;
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<Path> files = new ArrayList<>();
    private final List<Path> envFiles = new ArrayList<>();
    private final List<Path> paths = new ArrayList<>();
    private String projectName;
    private Set<String> profiles = Set.of();
    private boolean strictEnv;
    private Workspace workspace;
    private final List<Path> allowOutside = new ArrayList<>();

    ConformanceSupport(Path root) {
        this.root = root;
    }

    /** Writes {@code content} to {@code relative} under the root; returns this. */
    ConformanceSupport file(String relative, String content) {
        Path p = root.resolve(relative);
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    ConformanceSupport env(String key, String value) {
        env.put(key, value);
        return this;
    }

    /** Adds a {@code -f} file. */
    ConformanceSupport f(String relative) {
        files.add(root.resolve(relative));
        return this;
    }

    ConformanceSupport envFile(String relative) {
        envFiles.add(root.resolve(relative));
        return this;
    }

    ConformanceSupport path(String relative) {
        paths.add(root.resolve(relative));
        return this;
    }

    ConformanceSupport projectName(String name) {
        this.projectName = name;
        return this;
    }

    ConformanceSupport profiles(String... names) {
        this.profiles = Set.of(names);
        return this;
    }

    /** Loads as {@code --strict-env} does. */
    ConformanceSupport strictEnv() {
        this.strictEnv = true;
        return this;
    }

    ConformanceSupport allowOutside(Path dir) {
        allowOutside.add(dir);
        return this;
    }

    Path root() {
        return root;
    }

    Workspace load() {
        workspace = new WorkspaceLoader().load(LoadRequest.builder().paths(paths).files(files)
                .projectName(projectName).envFiles(envFiles).profiles(profiles).environment(env).workingDirectory(root)
                .strictEnv(strictEnv).allowOutside(allowOutside).build());
        return workspace;
    }

    /** Loads and returns the only project (fails when there is not exactly one). */
    Project project() {
        Workspace ws = load();
        if (ws.projects().size() != 1) {
            throw new AssertionError("expected one project, got " + ws.projects().size() + "; diagnostics: "
                    + ws.diagnostics());
        }
        return ws.projects().get(0);
    }

    Service service(String name) {
        Service s = project().services().get(name);
        if (s == null) throw new AssertionError("no service " + name + "; diagnostics: " + workspace.diagnostics());
        return s;
    }

    List<Finding> errors() {
        if (workspace == null) load();
        return workspace.diagnostics().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    /** The loader's findings of the given severity. */
    List<Finding> diagnostics(Severity severity) {
        if (workspace == null) load();
        return workspace.diagnostics().stream().filter(f -> f.severity() == severity).toList();
    }

    List<String> errorMessages() {
        return errors().stream().map(Finding::message).toList();
    }

    Workspace workspace() {
        return workspace;
    }
}
