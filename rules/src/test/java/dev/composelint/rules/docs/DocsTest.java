package dev.composelint.rules.docs;

import dev.composelint.core.config.ConfigLoader;
import dev.composelint.core.engine.Linter;
import dev.composelint.core.invocation.LintInvocation;
import dev.composelint.core.rule.Presets;
import dev.composelint.core.rule.ReservedRules;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleMeta;
import dev.composelint.fixtures.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documentation is checked against the code: every composelint configuration in the docs loads and validates,
 * every rule id the docs name exists, and the README's rules table and each rule page's header agree with
 * {@link RuleMeta}. With {@code -Dcomposelint.updateDocs=true} the generated parts are rewritten instead.
 */
class DocsTest {

    private static final boolean UPDATE = Boolean.getBoolean("composelint.updateDocs");
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern TOP_KEY = Pattern.compile("^([a-z-]+):", Pattern.MULTILINE);
    private static final Set<String> CONFIG_KEYS = Set.of("rules", "presets", "ignore", "profiles", "fail-on",
            "projects");
    private static final Pattern SUPPRESSION = Pattern.compile("#\\s*composelint-disable(?:-line|-next-line|-file)"
            + "\\s+([^\\n]*?)(?:\\s+--.*)?$", Pattern.MULTILINE);
    private static final Pattern JSON_RULE_ID = Pattern.compile("\"ruleId\": \"([^\"]+)\"");
    private static final List<Rule> RULES = Linter.builder().discoverRules().build().rules();

    @TempDir
    Path dir;

    private static Path repository() {
        return Fixtures.root().getParent();
    }

    private static List<Path> documents() {
        List<Path> documents = new ArrayList<>();
        documents.add(repository().resolve("README.md"));
        try (Stream<Path> docs = Files.walk(repository().resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    private static Set<String> knownIds() {
        Set<String> ids = new TreeSet<>();
        RULES.forEach(rule -> ids.add(rule.meta().id()));
        ReservedRules.all().forEach(meta -> ids.add(meta.id()));
        return ids;
    }

    @TestFactory
    Stream<DynamicTest> everyConfigurationInTheDocsPassesThroughTheInvocation() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path document : documents()) {
            Matcher block = YAML_BLOCK.matcher(Files.readString(document));
            while (block.find()) {
                String yaml = block.group(1);
                Matcher key = TOP_KEY.matcher(yaml);
                if (!key.find() || !CONFIG_KEYS.contains(key.group(1))) continue;
                String name = repository().relativize(document) + " block at offset " + block.start();
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    Path config = Files.writeString(dir.resolve(".composelint.yaml"), yaml);
                    assertThat(ConfigLoader.load(config).file()).isEqualTo(config);
                    LintInvocation invocation = LintInvocation.builder(dir).build();
                    assertThat(invocation.config().file()).isEqualTo(config);
                }));
            }
        }
        assertThat(tests).as("configuration examples in the docs").hasSizeGreaterThanOrEqualTo(1);
        return tests.stream();
    }

    @Test
    void everyRuleIdTheDocsNameInSuppressionsAndReportsExists() throws IOException {
        Set<String> known = knownIds();
        List<String> unknown = new ArrayList<>();
        for (Path document : documents()) {
            String text = Files.readString(document);
            Matcher block = YAML_BLOCK.matcher(text);
            while (block.find()) {
                Matcher suppression = SUPPRESSION.matcher(block.group(1));
                while (suppression.find()) {
                    for (String id : suppression.group(1).split("[,\\s]+")) {
                        if (!known.contains(id)) unknown.add(repository().relativize(document) + ": " + id);
                    }
                }
            }
            Matcher json = JSON_RULE_ID.matcher(text);
            while (json.find()) {
                if (!known.contains(json.group(1))) unknown.add(repository().relativize(document) + ": " + json.group(1));
            }
        }
        assertThat(unknown).as("rule ids in the docs that no rule has").isEmpty();
    }

    /** {@code # <id>}, a blank line, then the line this returns (free text may follow it). */
    static String headerLine(RuleMeta meta) {
        return "**Category:** " + meta.category().id() + " · **Presets:** " + presets(meta)
                + " · **Default severity:** " + meta.defaultSeverity().id();
    }

    private static String presets(RuleMeta meta) {
        return String.join(", ", Presets.of(meta).stream().filter(p -> !p.equals(Presets.ALL)).toList());
    }

    @Test
    void everyRulePageHeaderAgreesWithRuleMeta() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Rule rule : RULES) {
            RuleMeta meta = rule.meta();
            Path page = repository().resolve(meta.docPath());
            List<String> lines = new ArrayList<>(Files.readAllLines(page));
            String title = "# " + meta.id() + ": " + meta.title();
            String header = headerLine(meta);
            boolean ok = lines.size() > 2 && lines.get(0).equals(title) && lines.get(2).startsWith(header)
                    && !lines.get(2).substring(header.length()).startsWith(",")
                    && !lines.get(2).substring(header.length()).contains("**Presets:**");
            if (ok) continue;
            if (UPDATE) {
                String rest = lines.size() > 2 && lines.get(2).startsWith("**Category:**")
                        ? lines.get(2).replaceFirst("^\\*\\*Category:\\*\\* [a-z]+( · \\*\\*Presets:\\*\\* [a-z, ]+)?"
                        + " · \\*\\*Default severity:\\*\\* [a-z]+", "")
                        .replaceAll(" · \\*\\*Presets:\\*\\* [a-z, ]+?(?= · |$)", "") : "";
                lines.set(0, title);
                if (lines.size() > 2 && lines.get(2).startsWith("**Category:**")) {
                    lines.set(2, header + rest);
                } else {
                    lines.addAll(1, List.of("", header));
                }
                Files.write(page, lines);
            } else {
                wrong.add(repository().relativize(page) + " must start with:\n" + title + "\n\n" + header);
            }
        }
        assertThat(wrong).as("rule pages whose header differs from RuleMeta (regenerate with "
                + "-Dcomposelint.updateDocs=true)").isEmpty();
    }

    @Test
    void theReadmeRulesTableListsEveryRuleAsRuleMetaSays() throws IOException {
        Path readme = repository().resolve("README.md");
        List<String> lines = new ArrayList<>(Files.readAllLines(readme));
        int header = lines.indexOf("| id | category | default | presets | finds |");
        if (UPDATE && header < 0) {
            header = lines.indexOf("| id | category | default | finds |");
            lines.set(header, "| id | category | default | presets | finds |");
            lines.set(header + 1, "|---|---|---|---|---|");
        }
        assertThat(header).as("the README rules table header").isNotNegative();
        Map<String, String> finds = new LinkedHashMap<>();
        int end = header + 2;
        while (end < lines.size() && lines.get(end).startsWith("| [")) {
            String[] cells = lines.get(end).split(" \\| ");
            String id = cells[0].substring(cells[0].indexOf('[') + 1, cells[0].indexOf(']'));
            finds.put(id, cells[cells.length - 1].replaceFirst(" \\|$", ""));
            end++;
        }
        List<String> expected = new ArrayList<>();
        for (Rule rule : RULES) {
            RuleMeta meta = rule.meta();
            String what = finds.getOrDefault(meta.id(), meta.title());
            expected.add("| [" + meta.id() + "](" + meta.docPath() + ") | " + meta.category().id() + " | "
                    + meta.defaultSeverity().id() + " | " + presets(meta) + " | " + what + " |");
        }
        List<String> actual = lines.subList(header + 2, end);
        if (UPDATE && !actual.equals(expected)) {
            List<String> updated = new ArrayList<>(lines.subList(0, header + 2));
            updated.addAll(expected);
            updated.addAll(lines.subList(end, lines.size()));
            Files.write(readme, updated);
            return;
        }
        assertThat(String.join("\n", actual)).as("README rules table (in id order; regenerate with "
                + "-Dcomposelint.updateDocs=true)").isEqualTo(String.join("\n", expected));
        String text = String.join("\n", lines);
        for (RuleMeta reserved : ReservedRules.all()) {
            assertThat(text).as("the README names reserved id " + reserved.id()).contains("`" + reserved.id() + "`");
        }
    }
}
