package dev.composelint.lsp;

import dev.composelint.core.Finding;
import dev.composelint.core.rule.RuleMeta;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Hover on a flagged range: each finding's rule, message and the rule's explanation from its documentation page. */
final class Hovers {

    /** The sections of a rule page shown on hover. */
    private static final List<String> SECTIONS = List.of("What it finds", "Why it matters");
    private static final Map<String, String> EXPLANATIONS = new ConcurrentHashMap<>();

    private Hovers() {
    }

    /** The hover for {@code position}, or null when no finding's range holds it. */
    static Hover hover(List<Finding> findings, FindingMapper mapper, Position position, Map<String, RuleMeta> rules) {
        List<String> parts = new ArrayList<>();
        Range hit = null;
        for (Finding finding : findings) {
            Range range = mapper.range(finding.source());
            if (!contains(range, position)) continue;
            if (hit == null) hit = range;
            parts.add(markdown(finding, rules.get(finding.ruleId()), FindingMapper.docUrl(finding.ruleId(), rules)));
        }
        if (parts.isEmpty()) return null;
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, String.join("\n\n---\n\n", parts)), hit);
    }

    static boolean contains(Range range, Position position) {
        return !before(position, range.getStart()) && (before(position, range.getEnd())
                || range.getStart().equals(range.getEnd()) && position.equals(range.getStart()));
    }

    private static boolean before(Position a, Position b) {
        return a.getLine() < b.getLine() || a.getLine() == b.getLine() && a.getCharacter() < b.getCharacter();
    }

    static String markdown(Finding finding, RuleMeta meta, String docUrl) {
        StringBuilder out = new StringBuilder();
        out.append("**composelint ").append(finding.ruleId()).append("** (").append(finding.severity().id())
                .append(")");
        if (meta != null && meta.title() != null) out.append(": ").append(meta.title());
        out.append("\n\n").append(finding.message().replace("\n", "  \n"));
        String explanation = explanation(finding.ruleId());
        if (!explanation.isEmpty()) out.append("\n\n").append(explanation);
        out.append("\n\n[Rule documentation](").append(docUrl).append(")");
        return out.toString();
    }

    /** The "What it finds" and "Why it matters" sections of the rule's page (empty when it has no page). */
    static String explanation(String ruleId) {
        return EXPLANATIONS.computeIfAbsent(ruleId, id -> {
            try (InputStream in = Hovers.class.getResourceAsStream("rules/" + id + ".md")) {
                if (in == null) return "";
                return sections(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                return "";
            }
        });
    }

    static String sections(String page) {
        StringBuilder out = new StringBuilder();
        String[] lines = page.split("\\R");
        boolean keep = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                keep = SECTIONS.contains(line.substring(3).trim());
                if (keep) out.append(out.length() == 0 ? "" : "\n").append("#### ").append(line.substring(3).trim())
                        .append('\n');
                continue;
            }
            if (keep) out.append(line).append('\n');
        }
        return out.toString().strip();
    }
}
