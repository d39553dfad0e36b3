package dev.composelint.core.suppress;

import dev.composelint.core.Source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds suppression comments in the raw text of a YAML file (compose files, Prometheus configs, ...).
 * <p>
 * A {@code #} starts a comment when it begins the line (after blanks) or follows a blank outside a single- or
 * double-quoted string that opens and closes on the same line. This is a line-by-line approximation of YAML: text
 * inside block scalars ({@code |}, {@code >}) and quoted strings spanning lines is scanned as if it were YAML.
 * <p>
 * The comment text is the directive, then rule ids separated by commas or blanks, then optionally {@code --} and a
 * free-text reason: {@code # composelint-disable-line no-latest-tag, privileged -- pinned by Renovate}.
 */
public final class SuppressionParser {

    private static final String PREFIX = "composelint-disable";
    private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");

    private SuppressionParser() {
    }

    public static List<SuppressionComment> parse(Path file, String text) {
        if (!text.contains(PREFIX)) return List.of();
        List<SuppressionComment> comments = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = commentStart(line);
            if (hash < 0) continue;
            String comment = line.substring(hash + 1).strip();
            if (!comment.startsWith(PREFIX)) continue;
            int column = line.codePointCount(0, hash) + 1;
            int endColumn = line.codePointCount(0, line.length()) + 1;
            Source source = new Source(file, i + 1, column, i + 1, endColumn);
            comments.add(parseComment(comment, source));
        }
        return comments;
    }

    private static SuppressionComment parseComment(String comment, Source source) {
        String[] words = comment.split("\\s+", 2);
        SuppressionComment.Kind kind = Arrays.stream(SuppressionComment.Kind.values())
                .filter(k -> k.directive().equals(words[0])).findFirst().orElse(null);
        if (kind == null) {
            return new SuppressionComment(SuppressionComment.Kind.LINE, List.of(), source,
                    "unknown suppression comment '" + words[0] + "'; use composelint-disable-line, "
                            + "composelint-disable-next-line or composelint-disable-file with rule ids");
        }
        String rest = words.length > 1 ? words[1] : "";
        int reason = rest.indexOf("--");
        if (reason >= 0) rest = rest.substring(0, reason);
        List<String> ids = SEPARATORS.splitAsStream(rest.strip()).filter(s -> !s.isEmpty()).toList();
        String problem = ids.isEmpty()
                ? kind.directive() + " needs at least one rule id, e.g. '# " + kind.directive() + " <rule-id>'"
                : null;
        return new SuppressionComment(kind, ids, source, problem);
    }

    /** The index of the {@code #} that starts a comment on this line, or -1. */
    static int commentStart(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            char previous = i == 0 ? ' ' : line.charAt(i - 1);
            if (quote == '\'') {
                if (c == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') i++;
                else if (c == '\'') quote = 0;
            } else if (quote == '"') {
                if (c == '\\') i++;
                else if (c == '"') quote = 0;
            } else if (c == '#' && Character.isWhitespace(previous)) {
                return i;
            } else if ((c == '\'' || c == '"') && (Character.isWhitespace(previous) || "[{,".indexOf(previous) >= 0)
                    && line.indexOf(c, i + 1) > 0) {
                quote = c;
            }
        }
        return -1;
    }
}
