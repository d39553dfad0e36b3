package dev.composelint.maven;

import dev.composelint.core.Finding;
import dev.composelint.core.Related;
import dev.composelint.core.Source;
import dev.composelint.core.report.ReportText;
import org.apache.maven.plugin.logging.Log;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Findings as Maven log lines, in the {@code path:[line,col]} form of the Maven compiler so IDEs and CI consoles
 * link them: {@code /abs/compose.yaml:[17,9] port-conflict host port 9090/tcp is already published ...}.
 */
final class FindingLines {

    private FindingLines() {
    }

    /** Logs the finding's line and its details at the finding's severity. */
    static void log(Log log, Finding finding, Path baseDirectory) {
        List<String> lines = new ArrayList<>();
        lines.add(line(finding, baseDirectory));
        lines.addAll(details(finding, baseDirectory));
        for (String line : lines) {
            switch (finding.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                case INFO -> log.info(line);
            }
        }
    }

    /** The finding's line: absolute path, position, rule id and message. */
    static String line(Finding finding, Path baseDirectory) {
        return location(finding.source(), baseDirectory) + " " + finding.ruleId() + " " + safe(finding.message());
    }

    /** Indented lines after the finding's line: related places, fix advice and the profiles it applies to. */
    static List<String> details(Finding finding, Path baseDirectory) {
        List<String> lines = new ArrayList<>();
        for (Related related : finding.related()) {
            lines.add("  related: " + location(related.source(), baseDirectory) + " " + safe(related.message()));
        }
        if (finding.fix() != null) lines.add("  fix: " + safe(finding.fix().description()));
        if (!finding.profiles().isEmpty()) lines.add("  profiles: " + String.join(", ", finding.profiles()));
        return lines;
    }

    /** Text as every report prints it: secrets masked, cut at the message bound, control characters escaped. */
    private static String safe(String text) {
        return ReportText.escapeControls(ReportText.message(text), false);
    }

    private static String location(Source source, Path baseDirectory) {
        Path file = baseDirectory.resolve(source.file()).toAbsolutePath().normalize();
        return file + ":[" + source.line() + "," + source.column() + "]";
    }
}
