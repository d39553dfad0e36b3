package dev.composelint.core.report;

import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.model.ComposeFile;
import dev.composelint.core.model.Project;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JUnit XML as CI servers read it: one test suite, one test case per file (every compose file of the workspace and
 * every file a finding points at). A file with findings fails with one {@code <failure>} element whose message
 * counts the findings and whose text lists them, one per line (most readers take one failure per test case).
 */
public final class JunitReporter implements Reporter {

    @Override
    public String name() {
        return "junit";
    }

    @Override
    public void write(LintResult raw, ReportContext context, Appendable out) throws IOException {
        LintResult result = ReportText.clean(raw);
        Map<String, List<Finding>> cases = new LinkedHashMap<>();
        for (Project project : result.workspace().projects()) {
            for (ComposeFile file : project.files()) {
                cases.putIfAbsent(context.display(file.path()), new ArrayList<>());
            }
        }
        for (Finding finding : result.findings()) {
            cases.computeIfAbsent(context.display(finding.source().file()), f -> new ArrayList<>()).add(finding);
        }
        long failures = cases.values().stream().filter(list -> !list.isEmpty()).count();
        String time = String.format(Locale.ROOT, "%.3f", result.elapsed().toNanos() / 1e9);
        String counts = "tests=\"" + cases.size() + "\" failures=\"" + failures + "\" errors=\"0\"";

        out.append(Xml.DECLARATION);
        out.append("<testsuites name=\"").append(ReportContext.TOOL_NAME).append("\" ").append(counts)
                .append(" time=\"").append(time).append("\">\n");
        out.append("  <testsuite name=\"").append(ReportContext.TOOL_NAME).append("\" ").append(counts)
                .append(" skipped=\"0\" time=\"").append(time).append("\">\n");
        for (Map.Entry<String, List<Finding>> testCase : cases.entrySet()) {
            String file = Xml.attribute(testCase.getKey());
            out.append("    <testcase name=\"").append(file).append("\" classname=\"")
                    .append(ReportContext.TOOL_NAME).append("\" file=\"").append(file).append('"');
            List<Finding> findings = testCase.getValue();
            if (findings.isEmpty()) {
                out.append("/>\n");
                continue;
            }
            out.append(">\n      <failure message=\"").append(Xml.attribute(failureMessage(findings)))
                    .append("\" type=\"").append(worst(findings).id()).append("\">");
            for (Finding finding : findings) {
                out.append(Xml.text(testCase.getKey() + ":" + finding.source().line() + ":"
                        + finding.source().column() + " " + finding.severity().id() + " " + finding.message()
                        + " [" + finding.ruleId() + "]")).append('\n');
            }
            out.append("</failure>\n    </testcase>\n");
        }
        out.append("  </testsuite>\n</testsuites>\n");
    }

    private static String failureMessage(List<Finding> findings) {
        return findings.size() + (findings.size() == 1 ? " problem" : " problems");
    }

    private static Severity worst(List<Finding> findings) {
        return findings.stream().map(Finding::severity).min(Enum::compareTo).orElse(Severity.INFO);
    }
}
