package dev.composelint.core.load;

import dev.composelint.core.testing.SharedData;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.model.Workspace;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads every compose file of the shared corpus (../shared/corpus, see its MANIFEST.tsv) on its own, as
 * {@code docker compose -f <file> config} would: nothing throws, legacy v1 files get one clear error, and every
 * other file loads without an error from the loader. (That files marked invalid are rejected is checked with the
 * whole engine in the rules module, since some of Compose's load-time checks are rules there.)
 */
class CorpusLoadTest {

    static final String V1_MESSAGE = "legacy Compose v1 format";

    record Row(String repo, String path, String kind, boolean invalid) {
        Path file(Path corpus) {
            return corpus.resolve(repo.replace("/", "__")).resolve(path);
        }
    }

    static Path corpus() {
        Path corpus = SharedData.path("corpus");
        return Files.isRegularFile(corpus.resolve("MANIFEST.tsv")) ? corpus : null;
    }

    static List<Row> composeRows(Path corpus) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(corpus.resolve("MANIFEST.tsv"))) {
            String[] cols = line.split("\t", -1);
            if (cols.length < 6 || cols[0].equals("repo")) continue;
            if (cols[4].equals("compose") || cols[4].equals("compose-override")) {
                rows.add(new Row(cols[0], cols[2], cols[4], cols[5].equals("invalid")));
            }
        }
        return rows;
    }

    /** SKIPPED_REFS.tsv: compose files (corpus-relative) with a reference absent from the corpus. */
    static Set<Path> filesWithSkippedRefs(Path corpus) throws IOException {
        Set<Path> files = new HashSet<>();
        for (String line : Files.readAllLines(corpus.resolve("SKIPPED_REFS.tsv"))) {
            String[] cols = line.split("\t", -1);
            if (cols.length < 5 || cols[0].equals("repo")) continue;
            files.add(new Row(cols[0], cols[2], "", false).file(corpus));
        }
        return files;
    }

    @Test
    void everyCorpusComposeFileLoadsAsComposeWould() throws IOException {
        Path corpus = corpus();
        SharedData.assume(corpus != null, "the shared corpus is absent");
        List<Row> rows = composeRows(corpus);
        Set<Path> skippedRefs = filesWithSkippedRefs(corpus);
        WorkspaceLoader loader = new WorkspaceLoader();
        List<String> problems = new ArrayList<>();
        int v1 = 0;
        int loaded = 0;
        Map<String, Integer> tolerated = new HashMap<>();
        for (Row row : rows) {
            Path file = row.file(corpus);
            Workspace ws;
            try {
                ws = loader.load(LoadRequest.builder().files(List.of(file)).workingDirectory(corpus).build());
            } catch (Throwable t) {
                problems.add(row.path() + ": exception " + t);
                continue;
            }
            loaded++;
            List<Finding> errors = ws.diagnostics().stream().filter(f -> f.severity() == Severity.ERROR).toList();
            boolean isV1 = errors.stream().anyMatch(f -> f.message().contains(V1_MESSAGE));
            if (isV1) {
                v1++;
                if (errors.size() != 1) problems.add(row.path() + ": v1 file with more than one error: " + errors);
                continue;
            }
            if (row.invalid() || errors.isEmpty()) continue;
            if (row.kind().equals("compose-override")) {
                tolerated.merge("override fragment alone", 1, Integer::sum);
                continue;
            }
            if (skippedRefs.contains(file) && errors.stream().allMatch(CorpusLoadTest::aboutAbsentReference)) {
                tolerated.merge("reference absent from the corpus", 1, Integer::sum);
                continue;
            }
            if (errors.stream().allMatch(CorpusLoadTest::onALineWithAVariable)) {
                tolerated.merge("a variable the corpus leaves unset", 1, Integer::sum);
                continue;
            }
            String known = REJECTED_BY_COMPOSE.get(row.repo() + "/" + row.path());
            if (known != null) {
                tolerated.merge("rejected by Compose too", 1, Integer::sum);
                continue;
            }
            problems.add(row.repo() + "/" + row.path() + ": " + errors.stream()
                    .map(f -> f.source().line() + ":" + f.source().column() + " [" + f.ruleId() + "] " + f.message())
                    .toList());
        }
        System.out.printf("corpus: %d compose files, %d loaded, %d legacy v1, tolerated %s%n", rows.size(), loaded,
                v1, tolerated);
        assertThat(rows).hasSize(849);
        assertThat(problems).as("corpus files the loader judges differently from Compose").isEmpty();
        // The corpus README counts 82 files without a services: key; one of them, tests/fixtures/no-services of
        // docker/compose, is a version "2" file with only networks, which Compose v2 loads: not legacy v1.
        assertThat(v1).as("legacy v1 files").isEqualTo(81);
    }

    /**
     * Files not marked invalid that Docker Compose v2 rejects all the same, with the reason (checked against the
     * specification's schema and Compose's parsers).
     */
    static final Map<String, String> REJECTED_BY_COMPOSE = Map.of(
            "nginx-proxy/nginx-proxy/docker-compose-separate-containers.yml",
            "environment: with no value is null, which the schema rejects (list_or_dict)",
            "zavoloklom/docker-compose-linter/tests/mocks/docker-compose.correct.yml",
            "port '127.0.0.1:3001' splits into host port 127.0.0.1: invalid hostPort",
            "compose-spec/compose-go/loader/testdata/remote/nested/compose.yaml",
            "remote: is the prefix of compose-go's test loader; docker compose reads it as a local path that is absent");

    /**
     * The variables corpus files use without a value anywhere in the corpus (no {@code .env} ships one), so Compose
     * substitutes an empty string and fails alike.
     */
    static final Set<String> UNSET_IN_CORPUS = Set.of("VARIABLE", "DB_PORT", "REDIS_PORT", "FILE", "FIXED_NAME", "ID",
            "POSTGRES_DATA_PATH", "GITLAB_PKI_CHAIN_PATH", "MATTERMOST_DATA_PATH", "MATTERMOST_LOGS_PATH",
            "MATTERMOST_CONFIG_PATH", "MATTERMOST_PLUGINS_PATH", "MATTERMOST_CLIENT_PLUGINS_PATH",
            "MATTERMOST_BLEVE_INDEXES_PATH", "MATTERMOST_CONTAINER_READONLY");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");
    private static final List<String> EMPTY_VALUE = List.of("<empty>", "empty section", "parsing \"\"",
            "invalid boolean: ", "found an empty string", "must not be empty", "missing a value");

    /** An error about an empty value on a line that uses one of {@link #UNSET_IN_CORPUS}. */
    private static boolean onALineWithAVariable(Finding f) {
        if (EMPTY_VALUE.stream().noneMatch(f.message()::contains)) return false;
        try {
            List<String> lines = Files.readAllLines(f.source().file());
            int line = f.source().line();
            if (line > lines.size()) return false;
            Matcher variables = VARIABLE.matcher(lines.get(line - 1));
            while (variables.find()) {
                if (UNSET_IN_CORPUS.contains(variables.group(1))) return true;
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean aboutAbsentReference(Finding f) {
        return f.ruleId().equals("io") || f.ruleId().equals("interpolation") || f.message().contains("not found");
    }
}
