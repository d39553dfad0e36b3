package dev.composelint.rules;

import dev.composelint.core.Finding;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.engine.Linter;
import dev.composelint.core.fix.FileText;
import dev.composelint.core.fix.Fixer;
import dev.composelint.core.load.LoadRequest;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;
import dev.composelint.core.yaml.YamlReader;
import dev.composelint.core.testing.SharedData;
import dev.composelint.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --fix --unsafe-fixes} over a copy of every corpus repository: every finding
 * that had a fix is gone, no new finding appears, a second run changes nothing, every comment line stays in order,
 * the YAML model of each file equals the original's but for the intended changes, and line endings and byte order
 * marks stay.
 */
class FixRoundTripTest {

    private static final Linter LINTER = Linter.builder().discoverRules().build();
    /** What default-credentials writes: the variable is then required, which the interpolation finding says. */
    private static final Pattern REQUIRED = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*):\\?set \\1}");
    /** The rules whose fixes reorder entries: comments move with their entries, so only their set is kept. */
    private static final Set<String> ORDER_RULES = Set.of("top-level-keys-order", "services-alphabetical-order",
            "service-keys-order", "dependencies-alphabetical-order", "ports-alphabetical-order");
    /** Comment lines that obsolete-version removes with the key. */
    private static final Pattern VERSION_COMMENT = Pattern.compile("(?i)version|file format");

    @TempDir
    Path temp;

    @Test
    void fixingTheCorpusKeepsEverythingButTheIntendedChanges() throws IOException {
        Path shared = Fixtures.shared();
        SharedData.assume(shared != null, "the shared corpus is absent: round trip not run");
        List<String> failures = new ArrayList<>();
        int fixed = 0;
        int files = 0;
        try (Stream<Path> repos = Files.list(shared.resolve("corpus"))) {
            for (Path repo : repos.filter(Files::isDirectory).sorted().toList()) {
                Path work = temp.resolve(repo.getFileName().toString());
                copy(repo, work);
                int[] counts = roundTrip(repo.getFileName().toString(), work, failures);
                fixed += counts[0];
                files += counts[1];
            }
        }
        assertTrue(fixed > 0, "the corpus offered no fix at all");
        assertTrue(failures.isEmpty(), fixed + " fixes in " + files + " files; failures:\n"
                + String.join("\n", failures));
    }

    private int[] roundTrip(String name, Path work, List<String> failures) throws IOException {
        Supplier<LintResult> lint = () -> LINTER.lint(LoadRequest.of(work).withEnvironment(Map.of())
                .withWorkingDirectory(work));
        LintResult before = lint.get();
        Map<Path, byte[]> original = new HashMap<>();
        for (Path file : before.workspace().composeFiles()) {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) original.put(file, Files.readAllBytes(file));
        }
        Fixer.FileOutcome outcome = new Fixer(work, true).fixFiles(lint, true);
        if (!outcome.problems().isEmpty()) failures.add(name + ": " + outcome.problems());
        LintResult after = outcome.remaining();

        Set<String> required = new java.util.HashSet<>();
        for (Path file : outcome.changed()) {
            Matcher m = REQUIRED.matcher(outcome.after().get(file));
            while (m.find()) required.add(m.group(1));
        }
        Set<Path> reordered = new java.util.HashSet<>();
        for (Finding f : before.findings()) {
            if (ORDER_RULES.contains(f.ruleId()) && f.fix() != null && f.fix().applicable()) {
                reordered.add(f.source().file().toAbsolutePath().normalize());
            }
        }
        Map<String, Integer> fixable = new TreeMap<>();
        Map<String, Integer> unfixable = new TreeMap<>();
        for (Finding f : before.findings()) {
            (f.fix() != null && f.fix().applicable() ? fixable : unfixable).merge(key(f, reordered), 1, Integer::sum);
        }
        Map<String, Integer> remaining = new TreeMap<>();
        for (Finding f : after.findings()) remaining.merge(key(f, reordered), 1, Integer::sum);
        for (Map.Entry<String, Integer> entry : remaining.entrySet()) {
            String key = entry.getKey();
            int allowed = unfixable.getOrDefault(key, 0);
            if (fixable.containsKey(key) && entry.getValue() > allowed) {
                failures.add(name + ": a fixed finding remains: " + key);
            } else if (!fixable.containsKey(key) && entry.getValue() > allowed && !intended(key, required)) {
                failures.add(name + ": a new finding: " + key);
            }
        }

        Fixer.FileOutcome again = new Fixer(work, true).fixFiles(lint, true);
        if (again.applied() != 0) failures.add(name + ": a second run changed " + again.changed());

        for (Path file : outcome.changed()) {
            String label = name + "/" + work.relativize(file);
            byte[] bytes = original.get(file);
            if (bytes == null) {
                failures.add(label + ": a file that is not a compose file changed");
                continue;
            }
            FileText old = FileText.decode(bytes).orElseThrow();
            FileText now = FileText.decode(Files.readAllBytes(file)).orElseThrow();
            if (old.bom() != now.bom()) failures.add(label + ": byte order mark changed");
            if (!old.lineEnding().equals(now.lineEnding()) || mixed(now.body(), old.lineEnding())) {
                failures.add(label + ": line endings changed");
            }
            boolean moved = reordered.contains(file.toAbsolutePath().normalize());
            if (!keepsComments(comments(old.body()), comments(now.body()), moved)) {
                failures.add(label + ": a comment line was lost or moved");
            }
            Object oldModel = model(file, old.body());
            Object newModel = model(file, now.body());
            Object expected = intendedModel(oldModel, newModel);
            if (!expected.equals(newModel)) {
                failures.add(label + ": the model changed beyond the fixes:\n  before " + oldModel + "\n  after  "
                        + newModel);
            }
        }
        return new int[] {outcome.applied(), outcome.changed().size()};
    }

    /**
     * A finding in a file whose entries were reordered, by rule and file only: of two services in conflict the
     * later one is reported, naming the earlier, so a reorder changes the message but not the problem. Other
     * findings by {@link #key(Finding)}.
     */
    private static String key(Finding finding, Set<Path> reordered) {
        Path file = finding.source().file().toAbsolutePath().normalize();
        if (reordered.contains(file) && !finding.ruleId().equals("interpolation")) {
            return finding.ruleId() + " in reordered " + file;
        }
        return key(finding);
    }

    /**
     * A finding by rule and by what it says is wrong (the message up to its advice after "; "), since the advice
     * may list keys a fix added.
     */
    private static String key(Finding finding) {
        String message = finding.message();
        int advice = message.indexOf("; ");
        return finding.ruleId() + " " + (advice < 0 ? message : message.substring(0, advice));
    }

    /** New interpolation findings about variables a credentials fix made required are intended. */
    private static boolean intended(String key, Set<String> required) {
        if (!key.startsWith("interpolation ")) return false;
        for (String variable : required) {
            if (Pattern.compile("\\b" + Pattern.quote(variable) + "\\b").matcher(key).find()) return true;
        }
        return false;
    }

    private static boolean mixed(String body, String lineEnding) {
        String other = lineEnding.equals("\r\n") ? body.replace("\r\n", "") : body;
        return lineEnding.equals("\r\n") ? other.contains("\n") : body.contains("\r");
    }

    private static List<String> comments(String body) {
        List<String> comments = new ArrayList<>();
        for (String line : body.split("\r\n|\r|\n")) {
            if (line.stripLeading().startsWith("#")) comments.add(line.strip());
        }
        return comments;
    }

    /**
     * The new comments hold the old ones in order (in any order when entries were reordered: they move with their
     * entries); only comments about the removed version key may go.
     */
    private static boolean keepsComments(List<String> old, List<String> now, boolean reordered) {
        if (reordered) {
            List<String> left = new ArrayList<>(now);
            for (String comment : old) {
                if (!left.remove(comment) && !VERSION_COMMENT.matcher(comment).find()) return false;
            }
            return true;
        }
        int at = 0;
        for (String comment : old) {
            int found = now.subList(at, now.size()).indexOf(comment);
            if (found < 0) {
                if (VERSION_COMMENT.matcher(comment).find()) continue;
                return false;
            }
            at += found + 1;
        }
        return true;
    }

    private static Object model(Path file, String body) {
        List<Object> documents = new ArrayList<>();
        for (YNode node : new YamlReader().parse(file, body).documents()) documents.add(plain(node, false));
        return documents;
    }

    /**
     * The tree as plain maps, lists and values; maps compare without order (key order is what the ordering fixes
     * change). Port and expose entries are compared as text: Compose reads 80 and "80" there alike, and
     * quotes-in-ports changes only their quoting. Ports and depends_on lists are compared sorted: their fixes sort
     * them.
     */
    private static Object plain(YNode node, boolean asText) {
        if (node instanceof YMap map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.entries().forEach(e -> {
                Object value = plain(e.value(), e.key().equals("ports") || e.key().equals("expose"));
                if ((e.key().equals("ports") || e.key().equals("depends_on")) && value instanceof List<?> list) {
                    value = list.stream().map(String::valueOf).sorted().toList();
                }
                out.put(e.key(), value);
            });
            return out;
        }
        if (node instanceof YSeq seq) return seq.items().stream().map(item -> plain(item, asText)).toList();
        YScalar scalar = (YScalar) node;
        if (asText && !scalar.isNull()) return scalar.asText();
        return scalar.value() == null ? "<null>" : scalar.value();
    }

    /**
     * The old model with the intended changes of the new one: no top-level version, the name and the declarations
     * the fixes add, the {@code name:} of external networks, and credentials now required from the environment.
     */
    @SuppressWarnings("unchecked")
    private static Object intendedModel(Object oldModel, Object newModel) {
        List<Object> oldDocs = (List<Object>) oldModel;
        List<Object> newDocs = (List<Object>) newModel;
        if (oldDocs.size() != newDocs.size()) return oldModel;
        List<Object> result = new ArrayList<>();
        for (int i = 0; i < oldDocs.size(); i++) {
            if (!(oldDocs.get(i) instanceof Map<?, ?> oldTop) || !(newDocs.get(i) instanceof Map<?, ?> newTop)) {
                result.add(oldDocs.get(i));
                continue;
            }
            Map<String, Object> top = new LinkedHashMap<>((Map<String, Object>) oldTop);
            top.remove("version");
            if (!top.containsKey("name") && newTop.containsKey("name")) {
                Map<String, Object> withName = new LinkedHashMap<>();
                withName.put("name", newTop.get("name"));
                withName.putAll(top);
                top = withName;
            }
            for (String kind : List.of("volumes", "networks", "secrets", "configs")) {
                if (!(newTop.get(kind) instanceof Map<?, ?> added)) continue;
                Map<String, Object> declared = top.get(kind) instanceof Map<?, ?> m
                        ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
                for (Map.Entry<?, ?> entry : added.entrySet()) {
                    String key = (String) entry.getKey();
                    Object value = entry.getValue();
                    if (!declared.containsKey(key)) {
                        declared.put(key, value);
                    } else if (kind.equals("networks") && declared.get(key) instanceof Map<?, ?> was
                            && value instanceof Map<?, ?> is && is.get("name") != null) {
                        Map<String, Object> renamed = new LinkedHashMap<>((Map<String, Object>) was);
                        renamed.put("name", is.get("name"));
                        declared.put(key, renamed);
                    }
                }
                top.put(kind, declared);
            }
            result.add(requireCredentials(top, newTop));
        }
        return result;
    }

    /** Where the new model requires a variable ({@code ${VAR:?set VAR}}) and the old had a value, take the new. */
    @SuppressWarnings("unchecked")
    private static Object requireCredentials(Object old, Object now) {
        if (now instanceof String s && REQUIRED.matcher(s).find()) return now;
        if (old instanceof Map<?, ?> o && now instanceof Map<?, ?> n) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : o.entrySet()) {
                out.put((String) e.getKey(), requireCredentials(e.getValue(), n.get(e.getKey())));
            }
            return out;
        }
        if (old instanceof List<?> o && now instanceof List<?> n && o.size() == n.size()) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < o.size(); i++) out.add(requireCredentials(o.get(i), n.get(i)));
            return out;
        }
        return old;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isSymbolicLink(file)) continue;
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(file)) {
                    Files.copy(file, target);
                }
            }
        }
    }
}
