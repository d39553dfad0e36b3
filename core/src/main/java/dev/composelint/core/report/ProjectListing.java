package dev.composelint.core.report;

import dev.composelint.core.Source;
import dev.composelint.core.model.ComposeFile;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Workspace;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The projects a run lints, each with its files in merge order, env files, profiles and why it is grouped so: for
 * {@code --list-projects} and for the JSON and SARIF reports.
 */
public final class ProjectListing {

    private ProjectListing() {
    }

    /** One JSON-ready map per project, in the workspace's order. */
    public static List<Map<String, Object>> json(Workspace workspace, ReportContext context) {
        return workspace.projects().stream().map(p -> project(p, context)).toList();
    }

    private static Map<String, Object> project(Project p, ReportContext context) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", p.name());
        json.put("directory", context.display(p.directory()));
        json.put("files", p.files().stream().map(f -> context.display(f.path())).toList());
        json.put("envFiles", p.origin().envFiles().stream().map(context::display).toList());
        json.put("profiles", new TreeSet<>(p.origin().profiles()).stream().toList());
        json.put("stack", p.stack());
        json.put("grouping", p.origin().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        json.put("reason", ReportText.message(p.origin().reason()));
        json.put("evidence", p.origin().evidence().stream().map(s -> where(s, context)).toList());
        return json;
    }

    /**
     * The plain listing: a header line per project, then its files, env files, profiles and reason, indented; names
     * and paths come from the repository, so control characters are shown escaped.
     */
    public static String text(Workspace workspace, ReportContext context) {
        StringBuilder out = new StringBuilder();
        for (Project p : workspace.projects()) {
            out.append(p.name()).append(p.stack() ? "  (swarm stack)" : "").append('\n');
            for (ComposeFile f : p.files()) out.append("  -f ").append(shown(f.path(), context)).append('\n');
            for (Path env : p.origin().envFiles()) out.append("  --env-file ").append(shown(env, context)).append('\n');
            for (String profile : new TreeSet<>(p.origin().profiles())) {
                out.append("  --profile ").append(ReportText.escapeControls(profile, false)).append('\n');
            }
            out.append("  why: ").append(ReportText.escapeControls(ReportText.message(p.origin().reason()), false))
                    .append('\n');
            List<Source> evidence = p.origin().evidence();
            if (evidence.size() > 1) {
                out.append("  also run in: ").append(String.join(", ", evidence.subList(1, evidence.size()).stream()
                        .map(s -> ReportText.escapeControls(where(s, context), false)).toList())).append('\n');
            }
        }
        out.append(workspace.projects().size()).append(workspace.projects().size() == 1 ? " project" : " projects")
                .append('\n');
        return out.toString();
    }

    private static String shown(Path file, ReportContext context) {
        return ReportText.escapeControls(context.display(file), false);
    }

    private static String where(Source source, ReportContext context) {
        return context.display(source.file()) + ":" + source.line();
    }
}
