package dev.composelint.core.dockerfile;

import dev.composelint.core.Source;
import dev.composelint.core.fs.WorkspaceFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code FROM} and {@code HEALTHCHECK} instructions of a Dockerfile, as BuildKit splits it: the
 * {@code # escape=} parser directive, line continuations (comment lines inside them are dropped), comments and
 * heredoc bodies ({@code RUN <<EOF ... EOF}), which are not instructions. Only files inside the workspace
 * boundary and at most 1 MiB are read, through the run's file source (an unsaved buffer wins). Never throws.
 */
public final class DockerfileReader {

    private static final int MAX_BYTES = 1024 * 1024;
    private static final Pattern DIRECTIVE = Pattern.compile("#\\s*([A-Za-z]+)\\s*=\\s*(\\S+)\\s*");
    private static final Pattern HEREDOC = Pattern.compile("<<-?\\s*([\"']?)([A-Za-z_][A-Za-z0-9_]*)\\1");

    private DockerfileReader() {
    }

    /** The Dockerfile at {@code file}, or empty when {@code files} does not read it (outside, missing, too large). */
    public static Optional<Dockerfile> read(WorkspaceFiles files, Path file) {
        return files.text(file, MAX_BYTES).map(text -> parse(file, text));
    }

    static Dockerfile parse(Path file, String content) {
        String[] lines = content.split("\r?\n", -1);
        char escape = escapeChar(lines);
        List<Dockerfile.Stage> stages = new ArrayList<>();
        String base = null;
        String alias = null;
        Source stageSource = null;
        Dockerfile.Healthcheck healthcheck = null;
        int i = 0;
        while (i < lines.length) {
            int startLine = i + 1;
            StringBuilder instruction = new StringBuilder();
            String line = lines[i++];
            if (isComment(line) || line.isBlank()) continue;
            while (true) {
                String trimmed = stripTrailing(line);
                if (!trimmed.isEmpty() && trimmed.charAt(trimmed.length() - 1) == escape && i < lines.length) {
                    instruction.append(trimmed, 0, trimmed.length() - 1).append(' ');
                    line = lines[i++];
                    while (i < lines.length && isComment(line)) line = lines[i++];
                    continue;
                }
                instruction.append(trimmed);
                break;
            }
            String text = instruction.toString().trim();
            i = skipHeredocs(text, lines, i);
            String[] words = text.split("\\s+");
            String keyword = words[0].toUpperCase(Locale.ROOT);
            Source at = Source.of(file, startLine, 1);
            if (keyword.equals("FROM")) {
                if (base != null) stages.add(new Dockerfile.Stage(base, alias, stageSource, healthcheck));
                List<String> args = new ArrayList<>();
                for (int w = 1; w < words.length; w++) {
                    if (!words[w].startsWith("--")) args.add(words[w]);
                }
                base = args.isEmpty() ? "" : args.get(0);
                alias = args.size() >= 3 && args.get(1).equalsIgnoreCase("AS") ? args.get(2).toLowerCase(Locale.ROOT)
                        : null;
                stageSource = at;
                healthcheck = null;
            } else if (keyword.equals("HEALTHCHECK") && base != null) {
                boolean none = words.length > 1 && words[1].equalsIgnoreCase("NONE");
                healthcheck = new Dockerfile.Healthcheck(none, at);
            }
        }
        if (base != null) stages.add(new Dockerfile.Stage(base, alias, stageSource, healthcheck));
        return new Dockerfile(file, stages);
    }

    /** The escape character: {@code \} unless a leading {@code # escape=`} directive says otherwise. */
    private static char escapeChar(String[] lines) {
        for (String line : lines) {
            Matcher m = DIRECTIVE.matcher(line.trim());
            if (!m.matches()) break;
            if (m.group(1).equalsIgnoreCase("escape") && m.group(2).length() == 1) return m.group(2).charAt(0);
        }
        return '\\';
    }

    /** Skips the bodies of the instruction's heredocs; returns the index of the next instruction line. */
    private static int skipHeredocs(String instruction, String[] lines, int next) {
        Matcher m = HEREDOC.matcher(instruction);
        int i = next;
        while (m.find()) {
            String delimiter = m.group(2);
            while (i < lines.length && !lines[i].trim().equals(delimiter)) i++;
            if (i < lines.length) i++;
        }
        return i;
    }

    private static boolean isComment(String line) {
        return line.stripLeading().startsWith("#");
    }

    private static String stripTrailing(String line) {
        return line.stripTrailing();
    }
}
