package dev.composelint.core.report;

import dev.composelint.core.Finding;
import dev.composelint.core.Fix;
import dev.composelint.core.Related;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.rule.ReservedRules;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.RuleMeta;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 with one run, as GitHub code scanning reads it. Paths inside the base directory are relative to the
 * {@code %SRCROOT%} base id; others are absolute file URIs. Fixes with text edits become SARIF fixes.
 */
public final class SarifReporter implements Reporter {

    static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";

    @Override
    public String name() {
        return "sarif";
    }

    @Override
    public void write(LintResult raw, ReportContext context, Appendable out) throws IOException {
        LintResult result = ReportText.clean(raw);
        List<RuleMeta> rules = rulesOf(result);
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (RuleMeta rule : rules) ruleIndex.put(rule.id(), ruleIndex.size());

        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", ReportContext.TOOL_NAME);
        driver.put("version", context.toolVersion());
        driver.put("informationUri", ReportContext.INFORMATION_URI);
        driver.put("rules", rules.stream().map(SarifReporter::descriptor).toList());

        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("originalUriBaseIds", Map.of(SRCROOT, Map.of("uri", directoryUri(context.baseDirectory()))));
        run.put("columnKind", "unicodeCodePoints");
        run.put("results", result.findings().stream().map(f -> result(f, ruleIndex, context)).toList());
        run.put("properties", Map.of("projects", ProjectListing.json(result.workspace(), context)));

        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA_URI);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        Json.write(log, out);
    }

    /** The rules that ran, then the reserved ids and unknown ids that findings use. */
    private static List<RuleMeta> rulesOf(LintResult result) {
        Map<String, RuleMeta> rules = new LinkedHashMap<>();
        result.rules().forEach(meta -> rules.put(meta.id(), meta));
        for (Finding finding : result.findings()) {
            rules.computeIfAbsent(finding.ruleId(), id -> ReservedRules.find(id).orElseGet(
                    () -> new RuleMeta(id, id, Category.CORRECTNESS, finding.severity())));
        }
        return new ArrayList<>(rules.values());
    }

    private static Map<String, Object> descriptor(RuleMeta meta) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", meta.id());
        json.put("shortDescription", text(meta.title()));
        if (ReservedRules.find(meta.id()).isEmpty()) json.put("helpUri", meta.docUrl());
        json.put("defaultConfiguration", Map.of("level", level(meta.defaultSeverity())));
        json.put("properties", Map.of("tags", List.of(meta.category().id())));
        return json;
    }

    private static Map<String, Object> result(Finding finding, Map<String, Integer> ruleIndex,
                                              ReportContext context) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ruleId", finding.ruleId());
        json.put("ruleIndex", ruleIndex.get(finding.ruleId()));
        json.put("level", level(finding.severity()));
        json.put("message", text(finding.message()));
        json.put("locations", List.of(Map.of("physicalLocation", physicalLocation(finding.source(), context))));
        if (!finding.related().isEmpty()) {
            List<Map<String, Object>> related = new ArrayList<>();
            for (Related r : finding.related()) {
                Map<String, Object> location = new LinkedHashMap<>();
                location.put("id", related.size() + 1);
                location.put("physicalLocation", physicalLocation(r.source(), context));
                location.put("message", text(r.message()));
                related.add(location);
            }
            json.put("relatedLocations", related);
        }
        Fix fix = finding.fix();
        if (fix != null && !fix.edits().isEmpty()) {
            json.put("fixes", List.of(fix(fix, context)));
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        if (fix != null) properties.put("fix", fix.description());
        if (!finding.profiles().isEmpty()) properties.put("profiles", finding.profiles());
        if (!properties.isEmpty()) json.put("properties", properties);
        return json;
    }

    private static Map<String, Object> fix(Fix fix, ReportContext context) {
        Map<Path, List<Map<String, Object>>> byFile = new LinkedHashMap<>();
        for (Fix.Edit edit : fix.edits()) {
            Source range = edit.range();
            Map<String, Object> deleted = new LinkedHashMap<>();
            deleted.put("startLine", range.line());
            deleted.put("startColumn", range.column());
            deleted.put("endLine", range.hasEnd() ? range.endLine() : range.line());
            deleted.put("endColumn", range.hasEnd() ? range.endColumn() : range.column());
            Map<String, Object> replacement = new LinkedHashMap<>();
            replacement.put("deletedRegion", deleted);
            replacement.put("insertedContent", text(edit.replacement()));
            byFile.computeIfAbsent(range.file(), f -> new ArrayList<>()).add(replacement);
        }
        List<Map<String, Object>> changes = new ArrayList<>();
        byFile.forEach((file, replacements) -> {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("artifactLocation", artifactLocation(file, context));
            change.put("replacements", replacements);
            changes.add(change);
        });
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("description", text(fix.description()));
        json.put("artifactChanges", changes);
        json.put("properties", Map.of("safe", fix.safe()));
        return json;
    }

    private static Map<String, Object> physicalLocation(Source source, ReportContext context) {
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("startLine", source.line());
        region.put("startColumn", source.column());
        if (source.hasEnd()) {
            region.put("endLine", source.endLine());
            region.put("endColumn", Math.max(1, source.endColumn()));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("artifactLocation", artifactLocation(source.file(), context));
        json.put("region", region);
        return json;
    }

    private static Map<String, Object> artifactLocation(Path file, ReportContext context) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (context.isInside(file)) {
            json.put("uri", relativeUri(context.display(file)));
            json.put("uriBaseId", SRCROOT);
        } else {
            json.put("uri", context.absolute(file).toUri().toString());
        }
        return json;
    }

    /** A relative URI reference for a forward-slash path, percent-encoded. */
    static String relativeUri(String path) {
        try {
            String encoded = new URI(null, null, path, null).toASCIIString();
            // A colon in the first segment would read as a scheme.
            int colon = encoded.indexOf(':');
            int slash = encoded.indexOf('/');
            return colon >= 0 && (slash < 0 || colon < slash) ? "./" + encoded : encoded;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot encode path as a URI: " + path, e);
        }
    }

    private static String directoryUri(Path directory) {
        String uri = directory.toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private static Map<String, Object> text(String text) {
        return Map.of("text", text);
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
