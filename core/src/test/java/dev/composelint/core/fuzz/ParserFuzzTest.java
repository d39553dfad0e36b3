package dev.composelint.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.composelint.core.Finding;
import dev.composelint.core.fs.Glob;
import dev.composelint.core.interp.DotEnv;
import dev.composelint.core.interp.Interpolator;
import dev.composelint.core.redact.Redaction;
import dev.composelint.core.sidecar.common.ConfigUrl;
import dev.composelint.core.sidecar.common.UrlsParse;
import dev.composelint.core.sidecar.alertmanager.AlertmanagerConfigParser;
import dev.composelint.core.sidecar.grafana.GrafanaDatasource;
import dev.composelint.core.sidecar.grafana.GrafanaProvisioning;
import dev.composelint.core.sidecar.loki.LokiConfigParser;
import dev.composelint.core.sidecar.prometheus.PrometheusConfigParser;
import dev.composelint.core.sidecar.promtail.PromtailConfigParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the parsers that read text other than compose files: the env-file parser, interpolation, the ignore-glob
 * matcher, and the Prometheus, Alertmanager, Grafana, Loki and Promtail configuration readers. Each input is plain
 * text (the seeds under {@code ParserFuzzTestInputs/<method>/} are readable files). The property: nothing but the
 * documented exception is thrown, findings are located in the file read, each input finishes within
 * {@link LoaderFuzzTest#BOUND_MILLIS} (the glob matcher within {@link #GLOB_BOUND_MILLIS}), and a URL a parser
 * returns prints no userinfo in its redacted form.
 *
 * <p>Fuzzing mode: docs/fuzzing.md.
 */
class ParserFuzzTest {

    static final long GLOB_BOUND_MILLIS = 1_000;
    private static Path dir;

    @BeforeAll
    static void createDirectory() throws IOException {
        dir = FuzzDirectory.create("parser-fuzz");
    }

    @AfterAll
    static void deleteDirectory() throws IOException {
        FuzzDirectory.delete(dir);
    }

    /** The text is an env file. */
    @FuzzTest(maxDuration = "30s")
    void dotEnvKeepsTheProperty(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Path file = Path.of("/fuzz/.env");
        long start = System.nanoTime();
        DotEnv.Parsed parsed = DotEnv.parse(file, text, name -> null);
        assertWithinBound(start, LoaderFuzzTest.BOUND_MILLIS, text);
        for (Finding f : parsed.diagnostics()) {
            assertThat(f.source().file()).isEqualTo(file);
            LoaderFuzzTest.assertLocated(f.source());
        }
        parsed.keySources().values().forEach(LoaderFuzzTest::assertLocated);
    }

    /** The first line is a template; the other lines are {@code NAME=value} variables. */
    @FuzzTest(maxDuration = "30s")
    void interpolationKeepsTheProperty(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        int newline = text.indexOf('\n');
        String template = newline < 0 ? text : text.substring(0, newline);
        Map<String, String> variables = new HashMap<>();
        if (newline >= 0) {
            for (String line : text.substring(newline + 1).split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) variables.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        long start = System.nanoTime();
        Interpolator.Result result = Interpolator.interpolate(template, variables::get);
        assertWithinBound(start, LoaderFuzzTest.BOUND_MILLIS, text);
        assertThat(result.failed() ? result.error().message() : result.value()).isNotNull();
    }

    /** The first line is a glob (config syntax, and a gitignore line); the rest is the path. */
    @FuzzTest(maxDuration = "30s")
    void ignoreMatcherKeepsTheProperty(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        int newline = text.indexOf('\n');
        String pattern = newline < 0 ? text : text.substring(0, newline);
        String path = newline < 0 ? "" : text.substring(newline + 1);
        long start = System.nanoTime();
        try {
            Glob.of(pattern).matches(path);
        } catch (IllegalArgumentException invalidGlob) {
            assertThat(invalidGlob.getMessage()).contains("glob");
        }
        Glob.gitignore(pattern, pattern.contains("/")).matches(path);
        assertWithinBound(start, GLOB_BOUND_MILLIS, text);
    }

    @FuzzTest(maxDuration = "30s")
    void prometheusKeepsTheProperty(FuzzedDataProvider data) throws IOException {
        checkDiagnostics(data.consumeRemainingAsString(), "prometheus.yml",
                file -> PrometheusConfigParser.parse(file).diagnostics());
    }

    @FuzzTest(maxDuration = "30s")
    void alertmanagerKeepsTheProperty(FuzzedDataProvider data) throws IOException {
        checkDiagnostics(data.consumeRemainingAsString(), "alertmanager.yml",
                file -> AlertmanagerConfigParser.parse(file).diagnostics());
    }

    /** A config parser on the text as its file: located diagnostics, URLs in them redacted. */
    private static void checkDiagnostics(String text, String name, Function<Path, List<Finding>> parser)
            throws IOException {
        Path file = write(name, text);
        long start = System.nanoTime();
        List<Finding> diagnostics = parser.apply(file);
        assertWithinBound(start, LoaderFuzzTest.BOUND_MILLIS, text);
        assertLocatedAndRedacted(diagnostics);
    }

    private static void assertLocatedAndRedacted(List<Finding> diagnostics) {
        for (Finding f : diagnostics) {
            LoaderFuzzTest.assertLocated(f.source());
            assertRedacted(f.message());
        }
    }

    @FuzzTest(maxDuration = "30s")
    void grafanaKeepsTheProperty(FuzzedDataProvider data) throws IOException {
        String text = data.consumeRemainingAsString();
        Path file = write("datasources.yaml", text);
        long start = System.nanoTime();
        GrafanaProvisioning.Provisioned provisioned = GrafanaProvisioning.read(List.of(file), name -> null);
        assertWithinBound(start, LoaderFuzzTest.BOUND_MILLIS, text);
        assertLocatedAndRedacted(provisioned.diagnostics());
        for (GrafanaDatasource datasource : provisioned.datasources()) {
            LoaderFuzzTest.assertLocated(datasource.source());
            if (datasource.url() != null) assertUserinfoHidden(datasource.url().text(), datasource.url().redacted());
            if (datasource.endpoint() != null) assertUrl(datasource.endpoint());
        }
    }

    @FuzzTest(maxDuration = "30s")
    void lokiKeepsTheProperty(FuzzedDataProvider data) throws IOException {
        checkUrls(data.consumeRemainingAsString(), "loki.yaml", LokiConfigParser::parse);
    }

    @FuzzTest(maxDuration = "30s")
    void promtailKeepsTheProperty(FuzzedDataProvider data) throws IOException {
        checkUrls(data.consumeRemainingAsString(), "promtail.yaml", PromtailConfigParser::parse);
    }

    /** A reader of the URLs in a config file, on the text as that file. */
    private static void checkUrls(String text, String name, Function<Path, UrlsParse> reader)
            throws IOException {
        Path file = write(name, text);
        long start = System.nanoTime();
        UrlsParse parse = reader.apply(file);
        assertWithinBound(start, LoaderFuzzTest.BOUND_MILLIS, text);
        assertLocatedAndRedacted(parse.diagnostics());
        parse.urls().forEach(ParserFuzzTest::assertUrl);
    }

    private static Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static void assertUrl(ConfigUrl url) {
        LoaderFuzzTest.assertLocated(url.source());
        assertThat(url.host()).isNotEmpty();
        assertUserinfoHidden(url.url().text(), url.redacted());
    }

    /** The userinfo {@link URI} finds in a URL (an independent parser) never shows in its redacted form. */
    private static void assertUserinfoHidden(String url, String redacted) {
        String userinfo;
        try {
            userinfo = new URI(url.trim()).getRawUserInfo();
        } catch (URISyntaxException notAUri) {
            return;
        }
        if (userinfo != null && userinfo.length() >= 4 && !"***".contains(userinfo)) {
            assertThat(redacted).as("redacted form of " + url).doesNotContain(userinfo + "@");
        }
    }

    /** A message about a URL of the input shows none of that URL's userinfo. */
    private static void assertRedacted(String message) {
        if (!message.contains("://")) return;
        assertThat(Redaction.text(message)).as("message already redacted: " + message).isEqualTo(message);
    }

    private static void assertWithinBound(long startNanos, long bound, String input) {
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        assertThat(millis).as("time for an input of " + input.length() + " chars").isLessThan(bound);
    }
}
