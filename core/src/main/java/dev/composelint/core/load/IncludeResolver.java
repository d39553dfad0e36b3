package dev.composelint.core.load;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Related;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.fs.WorkspaceFiles;
import dev.composelint.core.merge.ComposeMerger;
import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;
import dev.composelint.core.yaml.YamlParse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code include} step of one project's loader (compose-semantics §0.5): each included file loaded with its own
 * environment, interpolated, its own includes and extends resolved, rebased onto its directory, and its resources
 * merged under the including document. Chains are bounded and cycles reported with Compose's wording.
 */
final class IncludeResolver {

    /** The longest chain of includes followed (compose-go has none; real projects nest two or three). */
    static final int MAX_INCLUDE_DEPTH = 32;

    private final ProjectLoader loader;
    /** The loader's diagnostics, added to. */
    private final List<Finding> diagnostics;
    private final ExtendsResolver extendsResolver;

    IncludeResolver(ProjectLoader loader, ExtendsResolver extendsResolver) {
        this.loader = loader;
        this.diagnostics = loader.diagnostics();
        this.extendsResolver = extendsResolver;
    }

    YMap process(YMap doc, Path file, Path baseDir, Map<String, String> env, Deque<Path> stack) {
        if (!(doc.get("include") instanceof YSeq includes)) return doc.without("include");
        YMap imported = YMap.empty(doc.source());
        for (YNode item : includes.items()) {
            List<Path> paths = new ArrayList<>();
            Path projectDirectory = null;
            List<Path> envFiles = new ArrayList<>();
            if (item instanceof YScalar s && s.isString()) {
                paths.add(baseDir.resolve(s.asText()).normalize());
            } else if (item instanceof YMap m) {
                YNode p = m.get("path");
                if (p instanceof YScalar s && s.isString()) paths.add(baseDir.resolve(s.asText()).normalize());
                if (p instanceof YSeq seq) {
                    for (YNode n : seq.items()) {
                        if (n instanceof YScalar s && s.isString()) paths.add(baseDir.resolve(s.asText()).normalize());
                    }
                }
                String dir = m.text("project_directory");
                if (dir != null) projectDirectory = baseDir.resolve(dir).normalize();
                YNode ef = m.get("env_file");
                if (ef instanceof YScalar s && s.isString()) envFiles.add(baseDir.resolve(s.asText()).normalize());
                if (ef instanceof YSeq seq) {
                    for (YNode n : seq.items()) {
                        if (n instanceof YScalar s && s.isString()) {
                            envFiles.add(baseDir.resolve(s.asText()).normalize());
                        }
                    }
                }
            }
            if (paths.isEmpty()) {
                diagnostics.add(new Finding(Diagnostics.COMPOSE, Severity.ERROR,
                        "include entry must be a path or a mapping with a path", item.source()));
                continue;
            }
            String remote = remoteInclude(item);
            if (remote != null) {
                diagnostics.add(new Finding(Diagnostics.COMPOSE, Severity.INFO, "include " + remote
                        + " is a remote resource, which composelint does not fetch; its services are not checked",
                        item.source()));
                continue;
            }
            if (stack.size() > MAX_INCLUDE_DEPTH) {
                diagnostics.add(new Finding(Diagnostics.COMPOSE, Severity.ERROR, "includes nest deeper than "
                        + MAX_INCLUDE_DEPTH + " files; " + paths.get(0) + " is not loaded", item.source()));
                continue;
            }
            YMap model = loadIncluded(paths, projectDirectory, envFiles, env, stack, item.source());
            if (model != null) imported = loader.counted(ComposeMerger.merge(imported, model), imported, model);
        }
        YMap own = doc.without("include");
        return loader.counted(ComposeMerger.merge(imported, own), imported, own);
    }

    private YMap loadIncluded(List<Path> paths, Path projectDirectory, List<Path> envFiles,
                              Map<String, String> parentEnv, Deque<Path> stack, Source at) {
        Path subDir = projectDirectory != null ? projectDirectory : paths.get(0).getParent();
        List<Path> envSources = new ArrayList<>(envFiles);
        Path dotEnv = subDir.resolve(".env");
        if (envSources.isEmpty() && loader.boundary().kindOf(dotEnv) != WorkspaceFiles.Problem.MISSING) {
            envSources.add(dotEnv);
        }
        Map<String, String> env = new HashMap<>(loader.readEnvFiles(envSources, parentEnv, at));
        env.putAll(parentEnv);
        Map<String, Source> unset = new LinkedHashMap<>();
        YMap model = null;
        for (Path path : paths) {
            if (!loader.boundary().isInside(path)) {
                diagnostics.add(new Finding(Diagnostics.IO, Severity.INFO, WorkspaceFiles.outsideMessage(path), at));
                continue;
            }
            loader.referenced(path);
            if (stack.contains(path)) {
                StringBuilder chain = new StringBuilder("include cycle detected:");
                String prefix = "\n";
                for (Path p : (Iterable<Path>) stack::descendingIterator) {
                    chain.append(prefix).append(p);
                    prefix = "\n include ";
                }
                chain.append("\n include ").append(path);
                diagnostics.add(new Finding(Diagnostics.COMPOSE, Severity.ERROR, chain.toString(), at));
                for (Path member : stack) {
                    loader.onCycle(member);
                    if (member.equals(path)) break;
                }
                continue;
            }
            WorkspaceFiles.Problem problem = loader.boundary().kindOf(path);
            if (problem == WorkspaceFiles.Problem.MISSING) {
                diagnostics.add(new Finding(Diagnostics.IO, Severity.ERROR,
                        "included file " + path + " does not exist", at));
                continue;
            }
            if (problem == WorkspaceFiles.Problem.DIRECTORY || problem == WorkspaceFiles.Problem.NOT_REGULAR) {
                diagnostics.add(new Finding(Diagnostics.IO, Severity.ERROR, "included file " + path
                        + " is not a regular file; not read", at));
                continue;
            }
            YamlParse parse = loader.parse(path);
            loader.diagnostics().addAll(parse.diagnostics());
            stack.push(path);
            for (YNode root : parse.documents()) {
                if (!loader.admit(parse, root)) continue;
                if (!(root instanceof YMap raw)) {
                    diagnostics.add(new Finding(Diagnostics.COMPOSE, Severity.ERROR, "included file " + path
                            + ": top-level object must be a mapping", root.source(),
                            List.of(new Related(at, "included here")), null, List.of()));
                    continue;
                }
                YMap doc = loader.prepare(parse, raw, env::get, unset);
                doc = process(doc, path, path.getParent(), env, stack);
                doc = extendsResolver.resolve(doc, path, path.getParent(), env::get, unset);
                YMap earlier = model == null ? YMap.empty(doc.source()) : model;
                model = loader.counted(ComposeMerger.merge(earlier, doc), earlier, doc);
            }
            stack.pop();
        }
        if (model == null) return null;
        model = loader.counted(PathRebaser.document(model, subDir), model);
        YMap onlyResources = YMap.empty(model.source());
        for (String key : List.of("services", "volumes", "networks", "secrets", "configs", "models")) {
            YEntry e = model.entry(key);
            if (e != null) onlyResources = onlyResources.with(key, e.keySource(), e.value());
        }
        return onlyResources;
    }


    private static String remoteInclude(YNode item) {
        if (item instanceof YScalar s && s.isString() && ProjectLoader.isRemote(s.asText())) return s.asText();
        if (item instanceof YMap m && m.scalar("path") != null && m.text("path") != null
                && ProjectLoader.isRemote(m.text("path"))) {
            return m.text("path");
        }
        return null;
    }
}
