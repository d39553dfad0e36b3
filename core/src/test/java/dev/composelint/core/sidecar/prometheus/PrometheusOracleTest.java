package dev.composelint.core.sidecar.prometheus;

import dev.composelint.core.testing.SharedData;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * promtool's verdicts on the corpus (shared/oracle/promtool-dev.tsv) against the parser's: every config promtool
 * rejects gets an error, except rejections of fields this old promtool does not know but current Prometheus does;
 * every config the corpus manifest does not mark invalid gets none when promtool accepts it or rejects it only for
 * such newer fields. The allow-list names each disagreement.
 */
class PrometheusOracleTest {

    /** Rows where the parser knowingly disagrees with promtool 2.42, and why. */
    private static final Map<String, String> ALLOWED = Map.of(
            "prometheus__prometheus/config/testdata/labelmap.bad.yml",
            "invalid base64 in a !!binary scalar: the YAML tree keeps no tags, so binary values are not decoded",
            "prometheus__prometheus/config/testdata/labelname.bad.yml",
            "a !!binary label name decoding to invalid UTF-8: the YAML tree keeps no tags",
            "prometheus__prometheus/config/testdata/labelvalue.bad.yml",
            "a !!binary label value decoding to invalid UTF-8: the YAML tree keeps no tags",
            "prometheus__prometheus/config/testdata/config_with_deprecated_am_api_config.yml",
            "api_version v1 of Alertmanager is gone in Prometheus 3, which rejects it; promtool 2.42 accepted it",
            "docker__awesome-compose/prometheus-grafana/prometheus/prometheus.yml",
            "api_version v1 of Alertmanager is gone in Prometheus 3, which rejects it; promtool 2.42 accepted it");

    /** Fields promtool 2.42 rejects that current Prometheus rejects too. */
    private static final Pattern UNKNOWN_TODAY =
            Pattern.compile(".*field (consult_sd_configs|nonexistent_field|targets|labels) not found in type.*");

    static Path shared() {
        Path tsv = SharedData.path("oracle/promtool-dev.tsv");
        return Files.isRegularFile(tsv) ? tsv.getParent().getParent() : null;
    }

    @Test
    void agreesWithPromtoolOnTheCorpus() throws IOException {
        Path shared = shared();
        SharedData.assume(shared != null, "shared/oracle/promtool-dev.tsv not found; skipping the promtool oracle");
        Set<String> invalid = new HashSet<>();
        for (String line : Files.readAllLines(shared.resolve("corpus/MANIFEST.tsv"))) {
            String[] c = line.split("\t", -1);
            if (c.length > 5 && c[4].equals("prometheus") && c[5].equals("invalid")) {
                invalid.add(c[0].replace("/", "__") + "/" + c[2]);
            }
        }
        List<String> missed = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        int rejected = 0;
        int accepted = 0;
        int newerFields = 0;
        for (String line : Files.readAllLines(shared.resolve("oracle/promtool-dev.tsv"))) {
            if (line.startsWith("#") || line.startsWith("path\t")) continue;
            String[] c = line.split("\t", -1);
            if (!c[1].equals("config")) continue;
            String path = c[0];
            List<Finding> errors = PrometheusConfigParser.parse(shared.resolve("corpus").resolve(path)).diagnostics()
                    .stream().filter(f -> f.severity() == Severity.ERROR).toList();
            boolean olderPromtoolOnly = c[3].contains("not found in type") && !UNKNOWN_TODAY.matcher(c[3]).matches();
            if (!c[2].equals("0") && !olderPromtoolOnly) {
                rejected++;
                if (errors.isEmpty() && !ALLOWED.containsKey(path)) missed.add(path + ": " + c[3]);
            } else if (!invalid.contains(path)) {
                if (c[2].equals("0")) accepted++;
                else newerFields++;
                if (!errors.isEmpty() && !ALLOWED.containsKey(path)) {
                    falseAlarms.add(path + ": " + errors.get(0).source().line() + ": " + errors.get(0).message());
                }
            }
        }
        assertThat(rejected).as("configs promtool rejects").isEqualTo(88);
        assertThat(accepted).as("valid configs promtool accepts").isEqualTo(36);
        assertThat(newerFields).as("valid configs only this old promtool rejects, for newer fields").isEqualTo(60);
        assertThat(missed).as("rejected by promtool, accepted by the parser").isEmpty();
        assertThat(falseAlarms).as("valid, but rejected by the parser").isEmpty();
    }

    @Test
    void newerFieldsOfCurrentPrometheusAreAccepted() throws IOException {
        Path shared = shared();
        SharedData.assume(shared != null, "shared/oracle/promtool-dev.tsv not found; skipping the promtool oracle");
        Path conf = shared.resolve("corpus/prometheus__prometheus/config/testdata/conf.good.yml");
        SharedData.assume(Files.isRegularFile(conf), "conf.good.yml is not in the corpus");
        List<Finding> diagnostics = PrometheusConfigParser.parse(conf).diagnostics();
        assertThat(diagnostics).extracting(f -> f.source().line() + ": " + f.message()).isEmpty();
    }
}
