package dev.composelint.core.suppress;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.fs.WorkspaceFiles;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies inline suppression comments ({@link SuppressionParser}) to findings: drops the findings a comment
 * covers and reports each comment rule id that suppressed nothing as an {@link Severity#INFO} finding of
 * {@value #UNUSED_SUPPRESSION} at the comment. Files are read from disk once per run.
 */
public final class Suppressions {

    private static final String UNUSED_SUPPRESSION = Diagnostics.UNUSED_SUPPRESSION;
    private static final long MAX_FILE_SIZE = 16L * 1024 * 1024;

    private final Path baseDirectory;
    private final WorkspaceFiles files;
    private final Set<String> knownRuleIds;
    private final Set<String> checkedRuleIds;

    /**
     * @param baseDirectory  what relative finding paths are relative to
     * @param knownRuleIds   every rule id that exists; a comment naming another id is reported as unknown
     * @param checkedRuleIds the ids that were checked in this run; only comments naming these can be unused
     *                       (a comment for a disabled rule is not reported)
     */
    public Suppressions(Path baseDirectory, Set<String> knownRuleIds, Set<String> checkedRuleIds) {
        this(baseDirectory, knownRuleIds, checkedRuleIds, WorkspaceFiles.unrestricted());
    }

    /**
     * Suppressions whose comments are read through the run's file source {@code files}: the text the run parsed
     * (read once, cached there), or an unsaved buffer.
     */
    public Suppressions(Path baseDirectory, Set<String> knownRuleIds, Set<String> checkedRuleIds,
                        WorkspaceFiles files) {
        this.files = files;
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
        this.knownRuleIds = Set.copyOf(knownRuleIds);
        this.checkedRuleIds = Set.copyOf(checkedRuleIds);
    }

    /**
     * The findings no comment suppresses, followed by one finding per unused or malformed comment entry.
     *
     * @param alsoScan files to check for unused comments even when no finding points at them
     */
    public List<Finding> apply(List<Finding> findings, Collection<Path> alsoScan) {
        Map<Path, List<SuppressionComment>> commentsByFile = new LinkedHashMap<>();
        Set<Path> files = new LinkedHashSet<>();
        findings.forEach(f -> files.add(absolute(f.source().file())));
        alsoScan.forEach(f -> files.add(absolute(f)));
        for (Path file : files) {
            List<SuppressionComment> comments = read(file);
            if (!comments.isEmpty()) commentsByFile.put(file, comments);
        }
        Set<Use> used = new HashSet<>();
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings) {
            if (!suppress(finding, commentsByFile, used)) kept.add(finding);
        }
        for (Finding unused : unused(commentsByFile, used)) {
            if (!suppress(unused, commentsByFile, used)) kept.add(unused);
        }
        return kept;
    }

    private boolean suppress(Finding finding, Map<Path, List<SuppressionComment>> commentsByFile, Set<Use> used) {
        List<SuppressionComment> comments = commentsByFile.getOrDefault(absolute(finding.source().file()), List.of());
        boolean suppressed = false;
        for (SuppressionComment comment : comments) {
            if (comment.covers(finding.source().line()) && comment.ruleIds().contains(finding.ruleId())) {
                used.add(new Use(comment, finding.ruleId()));
                suppressed = true;
            }
        }
        return suppressed;
    }

    private List<Finding> unused(Map<Path, List<SuppressionComment>> commentsByFile, Set<Use> used) {
        List<Finding> unused = new ArrayList<>();
        for (List<SuppressionComment> comments : commentsByFile.values()) {
            for (SuppressionComment comment : comments) {
                if (comment.problem() != null) {
                    unused.add(finding(comment.source(), comment.problem()));
                    continue;
                }
                for (String id : comment.ruleIds()) {
                    if (id.equals(UNUSED_SUPPRESSION) || used.contains(new Use(comment, id))) continue;
                    if (!knownRuleIds.contains(id)) {
                        unused.add(finding(comment.source(), "unknown rule id '" + id + "' in "
                                + comment.kind().directive() + "; it suppresses nothing"));
                    } else if (checkedRuleIds.contains(id)) {
                        unused.add(finding(comment.source(), "unused suppression: no '" + id + "' finding "
                                + scope(comment.kind()) + "; remove it from the comment"));
                    }
                }
            }
        }
        return unused;
    }

    private static String scope(SuppressionComment.Kind kind) {
        return switch (kind) {
            case LINE -> "on this line";
            case NEXT_LINE -> "on the next line";
            case FILE -> "in this file";
        };
    }

    private static Finding finding(Source source, String message) {
        return new Finding(UNUSED_SUPPRESSION, Severity.INFO, message, source);
    }

    private Path absolute(Path file) {
        return baseDirectory.resolve(file).normalize();
    }

    private List<SuppressionComment> read(Path file) {
        try {
            WorkspaceFiles.Content content = files.content(file, MAX_FILE_SIZE);
            if (!content.ok()) return List.of();
            return SuppressionParser.parse(file, new String(content.bytes(), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** One rule id of one comment that suppressed something. */
    private record Use(SuppressionComment comment, String ruleId) {
    }
}
