package dev.composelint.core.report;

import dev.composelint.core.Finding;
import dev.composelint.core.engine.LintResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checkstyle's XML result format ({@code <checkstyle><file name><error .../></file></checkstyle>}), as read by
 * Jenkins warnings-ng, reviewdog and other CI tools. File names are relative to the base directory; the
 * {@code source} attribute holds the rule id.
 */
public final class CheckstyleReporter implements Reporter {

    @Override
    public String name() {
        return "checkstyle";
    }

    @Override
    public void write(LintResult raw, ReportContext context, Appendable out) throws IOException {
        LintResult result = ReportText.clean(raw);
        out.append(Xml.DECLARATION);
        out.append("<checkstyle version=\"").append(Xml.attribute(context.toolVersion())).append("\">\n");
        for (Map.Entry<Path, List<Finding>> file : byFile(result.findings()).entrySet()) {
            out.append("  <file name=\"").append(Xml.attribute(context.display(file.getKey()))).append("\">\n");
            for (Finding finding : file.getValue()) {
                out.append("    <error line=\"").append(String.valueOf(finding.source().line()))
                        .append("\" column=\"").append(String.valueOf(finding.source().column()))
                        .append("\" severity=\"").append(finding.severity().id())
                        .append("\" message=\"").append(Xml.attribute(finding.message()))
                        .append("\" source=\"").append(Xml.attribute(finding.ruleId())).append("\"/>\n");
            }
            out.append("  </file>\n");
        }
        out.append("</checkstyle>\n");
    }

    /** Findings per file, in the result's order. */
    static Map<Path, List<Finding>> byFile(List<Finding> findings) {
        Map<Path, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding finding : findings) {
            byFile.computeIfAbsent(finding.source().file(), f -> new ArrayList<>()).add(finding);
        }
        return byFile;
    }
}
