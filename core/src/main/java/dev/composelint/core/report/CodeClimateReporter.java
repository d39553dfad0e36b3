package dev.composelint.core.report;

import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.engine.LintResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GitLab code quality (a subset of the Code Climate issue format): a JSON array of issues with {@code description},
 * {@code check_name}, {@code fingerprint}, {@code severity} and {@code location.path} / {@code location.lines.begin}.
 * The fingerprint hashes the rule, the file and the message (not the line, so unrelated edits above a finding do
 * not make it "new"), plus a counter for repeats of the same triple.
 */
public final class CodeClimateReporter implements Reporter {

    @Override
    public String name() {
        return "codeclimate";
    }

    @Override
    public void write(LintResult raw, ReportContext context, Appendable out) throws IOException {
        LintResult result = ReportText.clean(raw);
        List<Object> issues = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Finding finding : result.findings()) {
            String path = context.display(finding.source().file());
            String identity = finding.ruleId() + '\0' + path + '\0' + finding.message();
            int repeat = seen.merge(identity, 1, Integer::sum);
            Map<String, Object> issue = new LinkedHashMap<>();
            issue.put("type", "issue");
            issue.put("check_name", finding.ruleId());
            issue.put("description", finding.message());
            issue.put("categories", List.of("Bug Risk"));
            issue.put("fingerprint", sha256(identity + '\0' + repeat));
            issue.put("severity", severity(finding.severity()));
            Map<String, Object> lines = new LinkedHashMap<>();
            lines.put("begin", finding.source().line());
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("path", path);
            location.put("lines", lines);
            issue.put("location", location);
            issues.add(issue);
        }
        Json.write(issues, out);
        out.append('\n');
    }

    /** GitLab's levels are info, minor, major, critical and blocker; ours map like ESLint's formatter does. */
    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case INFO -> "info";
        };
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
