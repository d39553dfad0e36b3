package dev.composelint.core.evidence;

import dev.composelint.core.Source;
import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;
import dev.composelint.core.yaml.YamlLimits;
import dev.composelint.core.yaml.YamlParse;
import dev.composelint.core.yaml.YamlReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the commands of YAML-defined task runners: GitHub Actions workflows ({@code run:} steps with
 * {@code env:} and {@code working-directory} at workflow, job and step level), GitLab CI ({@code before_script},
 * {@code script}, {@code after_script}, {@code variables}) and Taskfiles ({@code tasks.*.cmds}, {@code dir},
 * {@code vars}, {@code env}). CI jobs start in the repository root; tasks in the Taskfile's directory.
 */
final class YamlEvidenceReader {

    private static final YamlReader YAML = new YamlReader(new YamlLimits(EvidenceScanner.MAX_FILE_BYTES, 200_000, 64));
    private static final String GITHUB_UNKNOWN = "$(github)";
    private static final String TASK_UNKNOWN = "$(task)";
    private static final Set<String> GITLAB_KEYWORDS = Set.of("stages", "variables", "default", "include", "workflow",
            "image", "services", "before_script", "after_script", "cache", "pages");

    private YamlEvidenceReader() {
    }

    private static YMap document(SourceText source) {
        YamlParse parse = YAML.parse(source.file, source.content);
        if (parse.documents().isEmpty() || !(parse.documents().get(0) instanceof YMap map)) return null;
        return map;
    }

    static void githubWorkflow(Collector collector, SourceText source) {
        YMap workflow = document(source);
        if (workflow == null) return;
        Map<String, String> workflowEnv = literalScalars(workflow.map("env"), new LinkedHashMap<>());
        String workflowDirectory = runDirectory(workflow);
        YMap jobs = workflow.map("jobs");
        if (jobs == null) return;
        for (YEntry entry : jobs.entries()) {
            if (!(entry.value() instanceof YMap job)) continue;
            Map<String, String> jobEnv = literalScalars(job.map("env"), new LinkedHashMap<>(workflowEnv));
            String jobDirectory = runDirectory(job);
            if (jobDirectory == null) jobDirectory = workflowDirectory;
            YSeq steps = job.seq("steps");
            if (steps == null) continue;
            for (YNode item : steps.items()) {
                if (!(item instanceof YMap step) || !(step.get("run") instanceof YScalar run)) continue;
                if (!isPosixShell(step.text("shell"))) continue;
                Map<String, String> stepEnv = literalScalars(step.map("env"), new LinkedHashMap<>(jobEnv));
                String directory = step.text("working-directory");
                if (directory == null) directory = jobDirectory;
                Path explicit = directory == null ? collector.root : inside(collector, collector.root, directory);
                Snippet snippet = scalar(source, run)
                        .replaceTemplates("${{", "}}", expression -> GITHUB_UNKNOWN);
                new ShellSession(collector, source, ShellSession.Origin.CI, explicit, stepEnv).run(snippet);
            }
        }
    }

    /** {@code path} resolved against {@code base} when it is literal and stays inside the root, else null. */
    private static Path inside(Collector collector, Path base, String path) {
        if (path.contains("${{") || path.contains("$") || path.startsWith("~")) return null;
        try {
            Path resolved = base.resolve(path).normalize();
            return resolved.startsWith(collector.root) ? resolved : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A step's {@code shell}: unset or a POSIX shell; pwsh, python and cmd steps are not shell commands. */
    private static boolean isPosixShell(String shell) {
        return shell == null || shell.startsWith("bash") || shell.startsWith("sh") || shell.contains("/sh")
                || shell.contains("bash");
    }

    private static String runDirectory(YMap holder) {
        YMap defaults = holder.map("defaults");
        YMap run = defaults == null ? null : defaults.map("run");
        return run == null ? null : run.text("working-directory");
    }

    static void gitlabCi(Collector collector, SourceText source) {
        YMap pipeline = document(source);
        if (pipeline == null) return;
        Map<String, String> globalVariables = gitlabVariables(pipeline.map("variables"), new LinkedHashMap<>());
        YMap defaults = pipeline.map("default");
        YNode defaultBefore = defaults != null && defaults.has("before_script") ? defaults.get("before_script")
                : pipeline.get("before_script");
        YNode defaultAfter = defaults != null && defaults.has("after_script") ? defaults.get("after_script")
                : pipeline.get("after_script");
        for (YEntry entry : pipeline.entries()) {
            if (GITLAB_KEYWORDS.contains(entry.key()) || !(entry.value() instanceof YMap job)) continue;
            if (!job.has("script") && !job.has("before_script") && !job.has("after_script")) continue;
            Map<String, String> variables = gitlabVariables(job.map("variables"), new LinkedHashMap<>(globalVariables));
            ShellSession main = new ShellSession(collector, source, ShellSession.Origin.CI, collector.root, variables);
            runScripts(main, source, job.has("before_script") ? job.get("before_script") : defaultBefore);
            runScripts(main, source, job.get("script"));
            ShellSession after = new ShellSession(collector, source, ShellSession.Origin.CI, collector.root, variables);
            runScripts(after, source, job.has("after_script") ? job.get("after_script") : defaultAfter);
        }
    }

    private static Map<String, String> gitlabVariables(YMap variables, Map<String, String> into) {
        if (variables == null) return into;
        for (YEntry entry : variables.entries()) {
            YNode value = entry.value();
            if (value instanceof YMap detailed) value = detailed.get("value");
            into.put(entry.key(), value instanceof YScalar scalar ? text(scalar) : null);
        }
        return into;
    }

    private static void runScripts(ShellSession session, SourceText source, YNode script) {
        if (script instanceof YScalar scalar) {
            session.run(scalar(source, scalar));
        } else if (script instanceof YSeq seq) {
            for (YNode item : seq.items()) runScripts(session, source, item);
        }
    }

    static void taskfile(Collector collector, SourceText source) {
        YMap taskfile = document(source);
        if (taskfile == null) return;
        Path directory = source.file.getParent();
        Map<String, String> globalVars = literalScalars(taskfile.map("vars"), new LinkedHashMap<>());
        Map<String, String> globalEnv = literalScalars(taskfile.map("env"), new LinkedHashMap<>());
        YMap tasks = taskfile.map("tasks");
        if (tasks == null) return;
        for (YEntry entry : tasks.entries()) {
            YNode task = entry.value();
            List<YNode> commands = new ArrayList<>();
            Map<String, String> vars = new LinkedHashMap<>(globalVars);
            Map<String, String> env = new LinkedHashMap<>(globalEnv);
            Path taskDirectory = directory;
            if (task instanceof YSeq seq) {
                commands.addAll(seq.items());
            } else if (task instanceof YScalar) {
                commands.add(task);
            } else if (task instanceof YMap map) {
                literalScalars(map.map("vars"), vars);
                literalScalars(map.map("env"), env);
                if (map.seq("cmds") != null) commands.addAll(map.seq("cmds").items());
                String dir = map.text("dir");
                if (dir != null) {
                    String expanded = templates(dir, vars, env, directory);
                    taskDirectory = expanded.contains(TASK_UNKNOWN) ? null : inside(collector, directory, expanded);
                }
            }
            for (YNode command : commands) {
                YNode text = command instanceof YMap map ? map.get("cmd") : command;
                if (!(text instanceof YScalar scalar)) continue;
                Map<String, String> shellEnv = new LinkedHashMap<>(env);
                Snippet snippet = scalar(source, scalar).replaceTemplates("{{", "}}",
                        expression -> template(expression, vars, env, directory));
                new ShellSession(collector, source, ShellSession.Origin.TASK, taskDirectory, shellEnv).run(snippet);
            }
        }
    }

    /** Adds each entry of {@code variables}; a value that is no scalar or holds a template ({{...}}) is unknown. */
    private static Map<String, String> literalScalars(YMap variables, Map<String, String> into) {
        if (variables == null) return into;
        for (YEntry entry : variables.entries()) {
            String value = entry.value() instanceof YScalar scalar ? text(scalar) : null;
            into.put(entry.key(), value == null || value.contains("{{") ? null : value);
        }
        return into;
    }

    private static String templates(String text, Map<String, String> vars, Map<String, String> env, Path directory) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int start = text.indexOf("{{", i);
            int end = start < 0 ? -1 : text.indexOf("}}", start + 2);
            if (end < 0) {
                out.append(text, i, text.length());
                break;
            }
            out.append(text, i, start).append(template(text.substring(start + 2, end).trim(), vars, env, directory));
            i = end + 2;
        }
        return out.toString();
    }

    /** A Task template: {@code .NAME} of a literal variable, the Taskfile's directory, else unknown. */
    private static String template(String expression, Map<String, String> vars, Map<String, String> env,
                                   Path directory) {
        if (expression.equals(".TASKFILE_DIR") || expression.equals(".ROOT_DIR")) return directory.toString();
        if (!expression.startsWith(".")) return TASK_UNKNOWN;
        String name = expression.substring(1);
        String value = vars.containsKey(name) ? vars.get(name) : env.get(name);
        return value == null ? TASK_UNKNOWN : value;
    }

    private static String text(YScalar scalar) {
        if (scalar.isNull()) return null;
        return scalar.value() instanceof String value ? value : scalar.text();
    }

    /**
     * The scalar's value as shell text, each character mapped back to where it stands in the file: block scalars
     * line by line below their indicator, flow scalars from their first character.
     */
    static Snippet scalar(SourceText source, YScalar scalar) {
        String value = text(scalar);
        Snippet snippet = new Snippet();
        if (value == null) return snippet;
        Source at = scalar.source();
        int line = Math.min(at.line() - 1, source.lineCount() - 1);
        int offset = Math.min(source.lineStart(line) + at.column() - 1, source.content.length());
        char indicator = offset < source.content.length() ? source.content.charAt(offset) : ' ';
        if (indicator == '|' || indicator == '>') {
            int contentLine = line + 1;
            int indent = -1;
            int valueLine = 0;
            int lineStartInValue = 0;
            for (int i = 0; i <= value.length(); i++) {
                if (i == value.length() || value.charAt(i) == '\n') {
                    int fileLine = Math.min(contentLine + valueLine, source.lineCount() - 1);
                    if (indent < 0 && i > lineStartInValue) indent = indentation(source.line(fileLine));
                    int base = source.lineStart(fileLine) + Math.max(indent, 0);
                    for (int k = lineStartInValue; k < i; k++) {
                        snippet.append(value.charAt(k), Math.min(base + (k - lineStartInValue), source.content.length()));
                    }
                    if (i < value.length()) snippet.append('\n', Math.min(base + (i - lineStartInValue), source.content.length()));
                    valueLine++;
                    lineStartInValue = i + 1;
                }
            }
            return snippet;
        }
        int first = offset + (indicator == '"' || indicator == '\'' ? 1 : 0);
        for (int k = 0; k < value.length(); k++) {
            snippet.append(value.charAt(k), Math.min(first + k, source.content.length()));
        }
        return snippet;
    }

    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') i++;
        return i;
    }
}
