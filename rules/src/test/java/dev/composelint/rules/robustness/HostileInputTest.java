package dev.composelint.rules.robustness;

import dev.composelint.core.Finding;
import dev.composelint.core.config.ConfigException;
import dev.composelint.core.config.ConfigLoader;
import dev.composelint.core.engine.LintResult;
import dev.composelint.core.engine.Linter;
import dev.composelint.core.load.LoadRequest;
import dev.composelint.core.rule.RuleMeta;
import dev.composelint.fixtures.FixtureAssert;
import dev.composelint.fixtures.Fixtures;
import dev.composelint.fixtures.HostileInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Every hostile input of {@link HostileInputs}, linted with every rule in one scanned tree next to a healthy
 * project: the hostile file yields its located diagnostic within 10 s, and the healthy project still yields exactly
 * its {@code # expect:} marks. Maven runs the rules tests with {@code -Xmx512m} (rules/pom.xml), so
 * passing also proves the 512 MB bound.
 */
class HostileInputTest {

    private static final long MEMORY_BOUND = 512L * 1024 * 1024;
    private static final Linter LINTER = Linter.builder().discoverRules().build();

    @Test
    void runsInAJvmLimitedTo512Megabytes() {
        assertThat(Runtime.getRuntime().maxMemory())
                .as("max heap; run through Maven: rules/pom.xml sets -Xmx512m")
                .isLessThanOrEqualTo(MEMORY_BOUND);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(HostileInputs.class)
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void yieldsALocatedDiagnosticAndSparesItsNeighbour(HostileInputs hostile, @TempDir Path tree) throws IOException {
        Path good = copyGoodNeighbour(tree.resolve("good-neighbour"));
        Path dir = hostile.write(tree.resolve(hostile.id()));
        Path file = dir.resolve(hostile.file());
        assumeFalse(hostile == HostileInputs.UNREADABLE && Files.isReadable(file),
                "skipped: the file is still readable after chmod 000 (tests running as root)");

        LintResult result = LINTER.lint(LoadRequest.of(tree).withEnvironment(Map.of()).withWorkingDirectory(tree)
                .withAllowOutside(hostile.allowOutside()));

        // matched by a predicate, not per-element assertions: a case may yield 100,000 other findings
        assertThat(result.findings()).filteredOn(f -> f.source().file().startsWith(dir))
                .as("findings of the %s case: one with rule %s at %s:%d:%d containing \"%s\"", hostile.id(),
                        hostile.ruleId(), hostile.file(), hostile.line(), hostile.column(), hostile.messageFragment())
                .anyMatch(f -> f.ruleId().equals(hostile.ruleId()) && f.source().file().equals(file)
                        && f.source().line() == hostile.line() && f.source().column() == hostile.column()
                        && f.message().contains(hostile.messageFragment()));
        assertThat(result.findings()).extracting(Finding::message).noneMatch(m -> m.contains("please report this"));
        FixtureAssert.assertMatchesMarks(good, result, f -> f.source().file().startsWith(good)
                && LINTER.rules().stream().noneMatch(r -> r.meta().id().equals(f.ruleId())
                        && !r.meta().presets().contains(RuleMeta.RECOMMENDED)));
    }

    /** A configuration file that is /dev/zero behind a link, or a FIFO: found, refused with its place, no hang. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(names = {"DEV_ZERO", "FIFO"})
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void refusesASpecialConfigurationFile(SpecialFile kind, @TempDir Path tree) throws IOException {
        Path config = tree.resolve(".composelint.yaml");
        if (kind == SpecialFile.DEV_ZERO) Files.createSymbolicLink(config, Path.of("/dev/zero"));
        else HostileInputs.fifo(config);

        Path found = ConfigLoader.find(tree).orElseThrow();
        assertThat(found).isEqualTo(config);
        assertThatThrownBy(() -> ConfigLoader.load(found)).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.source().file()).isEqualTo(config);
            assertThat(e.reason()).contains("is not a regular file");
        });
    }

    enum SpecialFile { DEV_ZERO, FIFO }

    private static Path copyGoodNeighbour(Path target) throws IOException {
        Path source = Fixtures.root().resolve("hostile/good-neighbour");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.sorted().toList()) {
                Files.copy(p, target.resolve(source.relativize(p).toString()));
            }
        }
        return target;
    }
}
