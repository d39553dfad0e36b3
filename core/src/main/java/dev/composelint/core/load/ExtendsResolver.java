package dev.composelint.core.load;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.fs.WorkspaceFiles;
import dev.composelint.core.merge.ComposeMerger;
import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.NodeBudget;
import dev.composelint.core.yaml.YamlParse;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@code extends} step of one project's loader (compose-semantics §0.5): each service merged onto its base, in
 * the same file or another one (read once per environment), with chains bounded and cycles reported with Compose's
 * wording. Services whose base could not be loaded are {@link #partial()}.
 */
final class ExtendsResolver {

    /** The longest chain of extends followed (compose-go has none; real chains are a few services long). */
    static final int MAX_EXTENDS_DEPTH = 64;

    private final ProjectLoader loader;
    /** The loader's diagnostics, added to. */
    private final List<Finding> diagnostics;
    /** The services of each extended file, per lookup (an include has its own environment). */
    private final Map<Function<String, String>, Map<Path, YMap>> extendedFiles = new IdentityHashMap<>();
    /** Services whose base could not be loaded (a remote extends): Compose-level checks would be guesses. */
    private final Set<String> partial = new HashSet<>();

    ExtendsResolver(ProjectLoader loader) {
        this.loader = loader;
        this.diagnostics = loader.diagnostics();
    }

    /** Services used without their base. */
    Set<String> partial() {
        return partial;
    }

    YMap resolve(YMap doc, Path file, Path baseDir, Function<String, String> lookup,
                                Map<String, Source> unset) {
        YMap services = doc.map("services");
        if (services == null) return doc;
        boolean any = false;
        for (YEntry e : services.entries()) {
            if (e.value() instanceof YMap m && m.has("extends")) {
                any = true;
                break;
            }
        }
        if (!any) return doc;
        Map<String, YMap> resolved = new HashMap<>();
        List<YEntry> entries = new ArrayList<>();
        for (YEntry e : services.entries()) {
            YNode value = e.value();
            if (value instanceof YMap) {
                try {
                    value = resolveService(e.key(), services, file, baseDir, lookup, unset, new ArrayDeque<>(),
                            resolved);
                } catch (NodeBudget.Exhausted overBudget) {
                    loader.overBudget(overBudget);
                    value = ((YMap) value).without("extends");
                } catch (RuntimeException | StackOverflowError failure) {
                    diagnostics.add(ProjectLoader.internalError("resolving extends of service " + e.key(), failure,
                            e.keySource()));
                }
            }
            entries.add(e.withValue(value));
        }
        return doc.with("services", null, new YMap(entries, services.source(), services.tag()));
    }

    private YMap resolveService(String name, YMap services, Path file, Path baseDir, Function<String, String> lookup,
                                Map<String, Source> unset, Deque<String> stack, Map<String, YMap> resolved) {
        String key = file + "#" + name;
        YMap done = resolved.get(key);
        if (done != null) return done;
        YMap service = services.map(name);
        YEntry ext = service.entry("extends");
        if (ext == null) return service;
        String baseName = null;
        String baseFile = null;
        if (ext.value() instanceof YScalar s && s.isString()) baseName = s.asText();
        if (ext.value() instanceof YMap m) {
            baseName = m.text("service");
            baseFile = m.text("file");
        }
        if (baseName == null) return service.without("extends");
        if (stack.size() >= MAX_EXTENDS_DEPTH) {
            partial.add(name);
            for (String step : stack) partial.add(step.substring(step.lastIndexOf('#') + 1));
            diagnostics.add(new Finding(Diagnostics.COMPOSE, Severity.ERROR, "extends chain is longer than "
                    + MAX_EXTENDS_DEPTH + " services; service " + name + " is used without its base",
                    ext.keySource()));
            return service.without("extends");
        }
        if (stack.contains(key)) {
            StringBuilder chain = new StringBuilder("Circular reference:");
            boolean first = true;
            for (String step : (Iterable<String>) stack::descendingIterator) {
                int hash = step.lastIndexOf('#');
                chain.append(first ? "\n  " : "\n  extends ").append(step.substring(hash + 1)).append(" in ")
                        .append(step, 0, hash);
                first = false;
            }
            chain.append("\n  extends ").append(name).append(" in ").append(file);
            diagnostics.add(new Finding(Diagnostics.COMPOSE, Severity.ERROR, chain.toString(), ext.keySource()));
            for (String step : stack) loader.onCycle(Path.of(step.substring(0, step.lastIndexOf('#'))));
            return service.without("extends");
        }
        stack.push(key);
        try {
            YMap base;
            if (baseFile == null) {
                if (!services.has(baseName)) {
                    diagnostics.add(new Finding(Diagnostics.COMPOSE, Severity.ERROR, "cannot extend service \"" + name
                            + "\" in " + file + ": service \"" + baseName + "\" not found", ext.value().source()));
                    return service.without("extends");
                }
                // A base with an empty body is accepted by Compose and adds nothing.
                if (!(services.get(baseName) instanceof YMap)) return service.without("extends");
                base = resolveService(baseName, services, file, baseDir, lookup, unset, stack, resolved);
            } else if (ProjectLoader.isRemote(baseFile)) {
                partial.add(name);
                diagnostics.add(new Finding(Diagnostics.COMPOSE, Severity.INFO, "extends.file " + baseFile
                        + " is a remote resource, which composelint does not fetch; service " + name
                        + " is checked without its base", ext.value().source()));
                return service.without("extends");
            } else {
                Path other = baseDir.resolve(baseFile).normalize();
                if (!loader.boundary().isInside(other)) {
                    partial.add(name);
                    diagnostics.add(new Finding(Diagnostics.IO, Severity.INFO, WorkspaceFiles.outsideMessage(other)
                            + "; service " + name + " is checked without its base", ext.value().source()));
                    return service.without("extends");
                }
                loader.referenced(other);
                YMap otherServices = extendedFiles.computeIfAbsent(lookup, k -> new HashMap<>())
                        .computeIfAbsent(other, f -> servicesOf(f, lookup, unset, ext.value().source()));
                if (otherServices == null) return service.without("extends");
                if (!otherServices.has(baseName)) {
                    diagnostics.add(new Finding(Diagnostics.COMPOSE, Severity.ERROR, "cannot extend service \"" + name
                            + "\" in " + file + ": service \"" + baseName + "\" not found in " + other,
                            ext.value().source()));
                    return service.without("extends");
                }
                if (!(otherServices.get(baseName) instanceof YMap)) return service.without("extends");
                base = resolveService(baseName, otherServices, other, other.getParent(), lookup, unset, stack,
                        resolved);
                if (!other.getParent().equals(baseDir)) base = PathRebaser.service(base, other.getParent());
            }
            YMap merged = loader.counted(ComposeMerger.mergeService(base.without("extends"),
                    service.without("extends")), base, service);
            resolved.put(key, merged);
            return merged;
        } finally {
            stack.pop();
        }
    }

    private YMap servicesOf(Path file, Function<String, String> lookup, Map<String, Source> unset, Source at) {
        WorkspaceFiles.Problem problem = loader.boundary().kindOf(file);
        if (problem == WorkspaceFiles.Problem.MISSING) {
            diagnostics.add(new Finding(Diagnostics.IO, Severity.ERROR, "extended file " + file + " does not exist",
                    at));
            return null;
        }
        if (problem == WorkspaceFiles.Problem.DIRECTORY || problem == WorkspaceFiles.Problem.NOT_REGULAR) {
            diagnostics.add(new Finding(Diagnostics.IO, Severity.ERROR, "extended file " + file
                    + " is not a regular file; not read", at));
            return null;
        }
        YamlParse parse = loader.parse(file);
        loader.diagnostics().addAll(parse.diagnostics());
        YMap merged = null;
        for (YNode root : parse.documents()) {
            if (root instanceof YMap raw && loader.admit(parse, raw)) {
                YMap doc = loader.prepare(parse, raw, lookup, unset);
                merged = merged == null ? doc : loader.counted(ComposeMerger.merge(merged, doc), merged, doc);
            }
        }
        YMap services = merged == null ? null : merged.map("services");
        return services == null ? YMap.empty(at) : services;
    }
}
