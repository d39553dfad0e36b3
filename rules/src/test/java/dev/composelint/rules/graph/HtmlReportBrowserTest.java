package dev.composelint.rules.graph;

import dev.composelint.core.engine.LintResult;
import dev.composelint.core.engine.Linter;
import dev.composelint.core.load.LoadRequest;
import dev.composelint.core.report.HtmlReporter;
import dev.composelint.core.report.ReportContext;
import dev.composelint.fixtures.Fixtures;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML report of the incident: self-contained by construction (checked in the text), and rendered in headless
 * Chromium when it is installed (Debian's {@code chromium}; {@code .ci/run} installs it when it can): the filter
 * script runs to its end, no console error and no refused load is logged, and the graph shows the broken edges.
 */
class HtmlReportBrowserTest {

    private static final Pattern EXTERNAL_REFERENCE =
            Pattern.compile("(?i)(src|href|action)\\s*=\\s*\"(https?:|//)|@import|url\\(\\s*['\"]?(https?:|//)");
    private static String html;

    @BeforeAll
    static void renderTheIncident() throws Exception {
        Path incident = Fixtures.root().resolve("projects/incident");
        LintResult result = Linter.builder().discoverRules().build()
                .lint(LoadRequest.of(incident).withEnvironment(Map.of()).withWorkingDirectory(incident));
        StringBuilder sb = new StringBuilder();
        new HtmlReporter().write(result, ReportContext.of(incident, "test"), sb);
        html = sb.toString();
    }

    @Test
    void pageIsSelfContained() {
        assertThat(EXTERNAL_REFERENCE.matcher(html).find()).as("external reference").isFalse();
        assertThat(html).contains("Content-Security-Policy\" content=\"default-src 'none'")
                .contains("class=\"edge broken\"", "absent-scrape-target", "external-network-mismatch")
                .contains("<pre class=\"frame\">", "id=\"rule-absent-scrape-target\"", "name=\"severity\"",
                        "data-theme=");
    }

    @Test
    void rendersInHeadlessChromium(@TempDir Path temp) throws Exception {
        Path chromium = onPath("chromium");
        Assumptions.assumeTrue(chromium != null,
                "chromium is not installed (apt-get install -y chromium); skipping the browser check");
        Path page = temp.resolve("report.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + temp.resolve("p"),
                "--enable-logging=stderr", "--v=0", "--virtual-time-budget=2000", "--dump-dom", page.toUri().toString()))
                .redirectError(temp.resolve("stderr.txt").toFile()).start();
        process.getOutputStream().close();
        byte[] dom = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        String rendered = new String(dom, StandardCharsets.UTF_8);
        String log = Files.readString(temp.resolve("stderr.txt"), StandardCharsets.UTF_8);
        assertThat(rendered).as(log).contains("data-ready=\"true\"").contains("class=\"edge broken\"");
        assertThat(log).doesNotContain("Uncaught").doesNotContain("Refused to").doesNotContainPattern(
                "CONSOLE.*(?i)error");
    }

    private static Path onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) return candidate;
        }
        return null;
    }
}
