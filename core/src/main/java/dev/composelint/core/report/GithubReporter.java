package dev.composelint.core.report;

import dev.composelint.core.Finding;
import dev.composelint.core.Source;
import dev.composelint.core.engine.LintResult;

import java.io.IOException;

/**
 * GitHub Actions workflow commands, one per finding:
 * {@code ::error file=compose.yaml,line=3,col=12,title=rule-id::message} ({@code warning} and {@code notice} for
 * the other severities), which GitHub shows as annotations on the pull request.
 */
public final class GithubReporter implements Reporter {

    @Override
    public String name() {
        return "github";
    }

    @Override
    public void write(LintResult raw, ReportContext context, Appendable out) throws IOException {
        LintResult result = ReportText.clean(raw);
        for (Finding finding : result.findings()) {
            Source source = finding.source();
            StringBuilder properties = new StringBuilder();
            properties.append("file=").append(property(context.display(source.file())))
                    .append(",line=").append(source.line())
                    .append(",col=").append(source.column());
            if (source.hasEnd()) {
                properties.append(",endLine=").append(source.endLine());
                if (source.endLine() == source.line()) properties.append(",endColumn=").append(source.endColumn());
            }
            properties.append(",title=").append(property(finding.ruleId()));
            out.append("::").append(command(finding)).append(' ').append(properties).append("::")
                    .append(data(finding.message())).append('\n');
        }
    }

    private static String command(Finding finding) {
        return switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** Escapes a command's message as GitHub's runner expects; other control characters are written as {@code \\xNN}. */
    static String data(String text) {
        String escaped = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
        return ReportText.escapeControls(escaped, false);
    }

    /** Escapes a property value: like {@link #data} plus {@code :} and {@code ,}. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
