package dev.composelint.core.report;

import dev.composelint.core.rule.Presets;
import dev.composelint.core.rule.ReservedRules;
import dev.composelint.core.rule.RuleMeta;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What the rules say about themselves: the rule table, each rule's bundled page, a rule's explanation. */
public final class RuleDocs {

    private static final int MAX_PAGE = 200_000;

    private RuleDocs() {
    }

    /**
     * The rule's Markdown page from the class path ({@code docs/rules/<id>.md} unless it names another), if any:
     * the thread's context class loader's, else composelint's own (a Maven plugin's realm).
     */
    public static Optional<String> page(RuleMeta meta) {
        String path = meta.docPath().startsWith("http") ? "docs/rules/" + meta.id() + ".md" : meta.docPath();
        for (ClassLoader loader : new ClassLoader[] {Thread.currentThread().getContextClassLoader(),
                RuleDocs.class.getClassLoader()}) {
            if (loader == null) continue;
            try (InputStream in = loader.getResourceAsStream(path)) {
                if (in != null) return Optional.of(new String(in.readNBytes(MAX_PAGE), StandardCharsets.UTF_8));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The page of {@code --explain}, or, without one, the rule's title, severity, category and where to read more. */
    public static String explain(RuleMeta meta) {
        Optional<String> page = page(meta);
        if (page.isPresent()) return page.get().endsWith("\n") ? page.get() : page.get() + "\n";
        return meta.id() + ": " + meta.title() + "\n"
                + "default severity: " + meta.defaultSeverity().id() + ", category: " + meta.category().id() + "\n"
                + "No documentation page is bundled for this rule"
                + (ReservedRules.find(meta.id()).isPresent() ? ".\n" : "; see " + meta.docUrl() + "\n");
    }

    /** The table of {@code --list-rules}: id, default severity, category, presets and title, one rule a line. */
    public static String table(Collection<RuleMeta> rules) {
        Map<String, String> presets = new LinkedHashMap<>();
        for (RuleMeta meta : rules) {
            presets.put(meta.id(), ReservedRules.find(meta.id()).isPresent() ? "-" : String.join(",",
                    Presets.of(meta).stream().filter(name -> !name.equals(Presets.ALL)).toList()));
        }
        int width = rules.stream().mapToInt(meta -> meta.id().length()).max().orElse(4);
        int presetWidth = presets.values().stream().mapToInt(String::length).max().orElse(7);
        StringBuilder sb = new StringBuilder();
        sb.append(pad("RULE", width)).append("  ").append(pad("SEVERITY", 8)).append("  ")
                .append(pad("CATEGORY", 11)).append("  ").append(pad("PRESETS", presetWidth)).append("  TITLE\n");
        for (RuleMeta meta : rules) {
            boolean reserved = ReservedRules.find(meta.id()).isPresent();
            sb.append(pad(meta.id(), width)).append("  ").append(pad(meta.defaultSeverity().id(), 8)).append("  ")
                    .append(pad(reserved ? "built-in" : meta.category().id(), 11)).append("  ")
                    .append(pad(presets.get(meta.id()), presetWidth)).append("  ").append(meta.title()).append('\n');
        }
        return sb.toString();
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
