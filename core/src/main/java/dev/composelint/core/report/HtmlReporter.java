package dev.composelint.core.report;

import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.graph.GraphBuilder;
import dev.composelint.core.graph.GraphRenderers;
import dev.composelint.core.rule.ReservedRules;
import dev.composelint.core.rule.RuleMeta;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One self-contained HTML page: the summary, the workspace graph (SVG), findings grouped by file with code frames,
 * the documentation of every reported rule, filters by severity and rule, and a light and a dark theme. Nothing is
 * loaded from anywhere: styles and the small filter script are inline, and a Content-Security-Policy forbids any
 * other source.
 */
public final class HtmlReporter implements Reporter {

    private static final int FRAME_CONTEXT = 2;

    /** The parts of the page below the summary, each under its own heading. */
    public enum Part {
        GRAPH("Workspace"), FINDINGS("Findings"), RULES("Rules");

        private final String title;

        Part(String title) {
            this.title = title;
        }

        /** The part's heading. */
        public String title() {
            return title;
        }
    }

    @Override
    public String name() {
        return "html";
    }

    @Override
    public void write(LintResult raw, ReportContext context, Appendable out) throws IOException {
        LintResult result = ReportText.clean(raw);
        out.append("<!DOCTYPE html>\n<html lang=\"en\" data-theme=\"auto\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>composelint report</title>\n<style>").append(THEMES).append(PAGE).append(PARTS)
                .append("</style>\n</head>\n<body>\n<header><h1>composelint report</h1>")
                .append("<button id=\"theme\" type=\"button\" title=\"light or dark\">◐ theme</button></header>\n");
        out.append("<p class=\"summary\">").append(escape(TextReporter.summary(result,
                new TextReporter.Paint(false)))).append(" · composelint ").append(escape(context.toolVersion()))
                .append("</p>\n");
        for (Part part : Part.values()) {
            out.append("<h2>").append(part.title()).append("</h2>\n");
            writePart(part, result, context, out);
        }
        out.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    }

    /**
     * One part of the page as an HTML fragment, for a page of another site (the Maven site report): give it the
     * {@link #embeddedStyle()} and, for the filters, the {@link #script()}, inside an element of class
     * {@code composelint}.
     */
    public static String part(Part part, LintResult raw, ReportContext context) {
        StringBuilder out = new StringBuilder();
        try {
            writePart(part, ReportText.clean(raw), context, out);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /** The parts' style, scoped to an element of class {@code composelint} and in the light theme. */
    public static String embeddedStyle() {
        StringBuilder css = new StringBuilder(".composelint{").append(LIGHT).append("}\n");
        for (String rule : PARTS.split("\n")) {
            if (rule.isBlank()) continue;
            String selectors = rule.substring(0, rule.indexOf('{'));
            css.append(String.join(",", Arrays.stream(selectors.split(","))
                    .map(selector -> ".composelint " + selector.strip()).toList()))
                    .append(rule.substring(rule.indexOf('{'))).append('\n');
        }
        return css.toString();
    }

    /** The filters' script (and the theme button's, when there is one). */
    public static String script() {
        return SCRIPT;
    }

    private static void writePart(Part part, LintResult result, ReportContext context, Appendable out)
            throws IOException {
        switch (part) {
            case GRAPH -> out.append("<section id=\"graph\"><div class=\"graph\">")
                    .append(GraphRenderers.svg(GraphBuilder.of(result))).append("</div></section>\n");
            case FINDINGS -> {
                writeFilters(result, out);
                writeFindings(result, context, out);
            }
            case RULES -> writeRuleDocs(result, out);
        }
    }

    private static void writeFilters(LintResult result, Appendable out) throws IOException {
        out.append("<section id=\"filters\"><form>");
        for (Severity severity : Severity.values()) {
            out.append("<label><input type=\"checkbox\" name=\"severity\" value=\"").append(severity.id())
                    .append("\" checked> ").append(severity.id()).append(" (").append(
                            String.valueOf(result.count(severity))).append(")</label> ");
        }
        out.append("<label>rule <select name=\"rule\"><option value=\"\">every rule</option>");
        for (String rule : new TreeSet<>(result.findings().stream().map(Finding::ruleId).toList())) {
            out.append("<option>").append(escape(rule)).append("</option>");
        }
        out.append("</select></label></form></section>\n");
    }

    private static void writeFindings(LintResult result, ReportContext context, Appendable out) throws IOException {
        TextReporter.SourceLines lines = new TextReporter.SourceLines(context, result);
        Map<String, List<Finding>> byFile = new TreeMap<>();
        for (Finding finding : result.findings()) {
            byFile.computeIfAbsent(context.display(finding.source().file()), k -> new ArrayList<>()).add(finding);
        }
        out.append("<section id=\"findings\">\n");
        if (byFile.isEmpty()) out.append("<p>No problems.</p>\n");
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            Path path = file.getValue().get(0).source().file();
            out.append("<details class=\"file\" open><summary>").append(escape(file.getKey())).append(" <span>")
                    .append(String.valueOf(file.getValue().size())).append("</span></summary>\n");
            for (Finding finding : file.getValue()) {
                String message = ReportText.escapeControls(finding.message(), false);
                String[] parts = TextReporter.headlineAndDetail(message);
                out.append("<article class=\"finding ").append(finding.severity().id()).append("\" data-severity=\"")
                        .append(finding.severity().id()).append("\" data-rule=\"").append(escape(finding.ruleId()))
                        .append("\"><p><span class=\"sev\">").append(finding.severity().id())
                        .append("</span> <span class=\"loc\">").append(String.valueOf(finding.source().line()))
                        .append(':').append(String.valueOf(finding.source().column())).append("</span> <b>")
                        .append(escape(parts[0])).append("</b> <a href=\"#rule-").append(escape(finding.ruleId()))
                        .append("\">[").append(escape(finding.ruleId())).append("]</a></p>");
                if (!parts[1].isEmpty()) out.append("<p class=\"detail\">").append(escape(parts[1])).append("</p>");
                writeFrame(lines, path, finding.source().line(), out);
                if (finding.fix() != null) {
                    out.append("<p class=\"fix\">fix: ").append(escape(finding.fix().description())).append("</p>");
                }
                out.append("</article>\n");
            }
            out.append("</details>\n");
        }
        out.append("</section>\n");
    }

    /** The reported line and its neighbours, masked like the text report's code frames. */
    private static void writeFrame(TextReporter.SourceLines lines, Path file, int line, Appendable out)
            throws IOException {
        if (lines.line(file, line) == null) return;
        out.append("<pre class=\"frame\">");
        for (int n = Math.max(1, line - FRAME_CONTEXT); n <= line + FRAME_CONTEXT; n++) {
            String text = lines.line(file, n);
            if (text == null) break;
            out.append("<span class=\"").append(n == line ? "hit" : "ctx").append("\"><i>")
                    .append(String.format("%4d", n)).append("</i> ")
                    .append(escape(ReportText.escapeControls(text, true))).append("</span>");
        }
        out.append("</pre>");
    }

    private static void writeRuleDocs(LintResult result, Appendable out) throws IOException {
        Map<String, RuleMeta> metas = new LinkedHashMap<>();
        for (RuleMeta meta : result.rules()) metas.put(meta.id(), meta);
        out.append("<section id=\"rules\">\n");
        for (String rule : new TreeSet<>(result.findings().stream().map(Finding::ruleId).toList())) {
            RuleMeta meta = metas.containsKey(rule) ? metas.get(rule) : ReservedRules.find(rule).orElse(null);
            out.append("<details class=\"rule\" id=\"rule-").append(escape(rule)).append("\"><summary><b>")
                    .append(escape(rule)).append("</b> ").append(meta == null ? "" : escape(meta.title()))
                    .append("</summary>");
            String doc = meta == null ? null : RuleDocs.page(meta).orElse(null);
            out.append(doc == null ? "<p>No documentation is bundled for this rule.</p>"
                    : "<pre class=\"doc\">" + escape(doc) + "</pre>");
            out.append("</details>\n");
        }
        out.append("</section>\n");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String LIGHT = "--bg:#ffffff;--fg:#24292f;--muted:#57606a;--panel:#f6f8fa;--line:#d0d7de;"
            + "--error:#cf222e;--warning:#9a6700;--info:#0969da;--hit:#fff8c5";
    private static final String DARK = "--bg:#0d1117;--fg:#e6edf3;--muted:#8d96a0;--panel:#161b22;--line:#30363d;"
            + "--error:#ff7b72;--warning:#d29922;--info:#58a6ff;--hit:#3b2e00";
    private static final String THEMES = ":root{" + LIGHT + "}\n[data-theme=dark]{" + DARK + "}\n"
            + "@media (prefers-color-scheme:dark){[data-theme=auto]{" + DARK + "}}\n";

    /** The page's own rules: body and header. */
    private static final String PAGE = """
            body{background:var(--bg);color:var(--fg);font:14px/1.45 system-ui,sans-serif;margin:0 auto;\
            max-width:1200px;padding:0 1rem}
            header{display:flex;justify-content:space-between;align-items:center}
            """;

    /** The parts' rules, one a line (embeddedStyle scopes each). */
    private static final String PARTS = """
            form label{display:inline-block;margin-right:1rem}
            button,select{background:var(--panel);color:var(--fg);border:1px solid var(--line);border-radius:4px}
            .graph{overflow:auto;background:#ffffff;border:1px solid var(--line);border-radius:6px;padding:4px}
            details.file{border:1px solid var(--line);border-radius:6px;margin:.5rem 0;padding:.25rem .75rem}
            details.file>summary{font-family:monospace;cursor:pointer}
            .finding{border-top:1px solid var(--line);padding:.25rem 0}
            .finding p{margin:.25rem 0}
            .detail,.fix,.loc{color:var(--muted)}
            .sev{font-weight:bold;text-transform:uppercase;font-size:11px}
            .error .sev{color:var(--error)}
            .warning .sev{color:var(--warning)}
            .info .sev{color:var(--info)}
            pre{background:var(--panel);padding:.4rem;overflow:auto;margin:.25rem 0}
            pre span{display:block}
            pre .hit{background:var(--hit)}
            pre i{color:var(--muted);font-style:normal}
            pre.doc{white-space:pre-wrap}
            a{color:var(--info)}
            .hidden{display:none}
            """;

    private static final String SCRIPT = """
            (function(){
              var root=document.documentElement, form=document.querySelector('#filters form');
              function apply(){
                var shown={};
                form.querySelectorAll('input[name=severity]').forEach(function(c){shown[c.value]=c.checked;});
                var rule=form.rule.value;
                document.querySelectorAll('.finding').forEach(function(f){
                  var ok=shown[f.dataset.severity]&&(!rule||f.dataset.rule===rule);
                  f.classList.toggle('hidden',!ok);
                });
                document.querySelectorAll('details.file').forEach(function(d){
                  d.classList.toggle('hidden',!d.querySelector('.finding:not(.hidden)'));
                });
              }
              form.addEventListener('change',apply);
              var theme=document.getElementById('theme');
              if(theme)theme.addEventListener('click',function(){
                var dark=root.dataset.theme==='dark'||(root.dataset.theme==='auto'
                  &&window.matchMedia('(prefers-color-scheme: dark)').matches);
                root.dataset.theme=dark?'light':'dark';
              });
              apply();
              document.body.dataset.ready='true';
            })();
            """;
}
