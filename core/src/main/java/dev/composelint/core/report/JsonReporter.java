package dev.composelint.core.report;

import dev.composelint.core.Finding;
import dev.composelint.core.Fix;
import dev.composelint.core.Related;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.engine.LintResult;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * composelint's own stable JSON structure, documented in {@code docs/json-format.md}. Bump
 * {@link #SCHEMA_VERSION} on any incompatible change.
 */
public final class JsonReporter implements Reporter {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String name() {
        return "json";
    }

    @Override
    public void write(LintResult raw, ReportContext context, Appendable out) throws IOException {
        LintResult result = ReportText.clean(raw);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("name", ReportContext.TOOL_NAME);
        tool.put("version", context.toolVersion());
        root.put("tool", tool);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("problems", result.findings().size());
        summary.put("errors", result.count(Severity.ERROR));
        summary.put("warnings", result.count(Severity.WARNING));
        summary.put("info", result.count(Severity.INFO));
        summary.put("projects", result.workspace().projects().size());
        summary.put("elapsedMillis", result.elapsed().toMillis());
        root.put("summary", summary);
        root.put("projects", ProjectListing.json(result.workspace(), context));
        root.put("findings", result.findings().stream().map(f -> finding(f, context)).toList());
        Json.write(root, out);
    }

    private static Map<String, Object> finding(Finding finding, ReportContext context) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ruleId", finding.ruleId());
        json.put("severity", finding.severity().id());
        json.put("message", finding.message());
        putLocation(json, finding.source(), context);
        json.put("related", finding.related().stream().map(r -> related(r, context)).toList());
        json.put("fix", finding.fix() == null ? null : fix(finding.fix(), context));
        json.put("profiles", finding.profiles());
        return json;
    }

    private static Map<String, Object> related(Related related, ReportContext context) {
        Map<String, Object> json = new LinkedHashMap<>();
        putLocation(json, related.source(), context);
        json.put("message", related.message());
        return json;
    }

    private static Map<String, Object> fix(Fix fix, ReportContext context) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("description", fix.description());
        json.put("safe", fix.safe());
        List<Map<String, Object>> edits = fix.edits().stream().map(edit -> {
            Map<String, Object> e = new LinkedHashMap<>();
            putLocation(e, edit.range(), context);
            e.put("replacement", edit.replacement());
            return e;
        }).toList();
        json.put("edits", edits);
        return json;
    }

    private static void putLocation(Map<String, Object> json, Source source, ReportContext context) {
        json.put("file", context.display(source.file()));
        json.put("line", source.line());
        json.put("column", source.column());
        json.put("endLine", source.hasEnd() ? source.endLine() : null);
        json.put("endColumn", source.hasEnd() ? source.endColumn() : null);
    }
}
