package dev.composelint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The picocli-free parse of everyday command lines gives exactly picocli's options, and defers the rest. */
class QuickArgsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            ".",
            "a b/c.yaml",
            "-f compose.yaml -f compose.prod.yaml -p shop --project-directory sub",
            "--file=compose.yaml --project-name=shop --env-file .env --env-file=.env.prod",
            "--strict-env --allow-outside ../shared --profile debug --profile=ops",
            "--format json --format sarif:out.sarif -o report.json --max-warnings 3 --config cl.yaml",
            "--fail-on warning --preset security --preset=strict --enable a --disable=b .",
            "--fix --unsafe-fixes --no-color -q deploy",
            "--fix-dry-run --quiet deploy --max-warnings=0",
            "--list-projects",
            "--list-rules",
            "--explain port-conflict",
    })
    void everydayCommandLinesGivePicocliOptions(String line) throws Exception {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        Optional<CliOptions> quick = QuickArgs.parse(args);
        assertThat(quick).as("parsed without picocli").isPresent();
        assertThat(fields(quick.get())).isEqualTo(fields(picocli(args)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "--help", "-h", "--version", "-V", "graph .", "graph --format dot", "@args.txt", "--", "-- -x", "-",
            "--bogus", "-x", "--format", "-f", "-o --format json", "--max-warnings -1", "--max-warnings lots",
            "--config a --config b", "-p a --project-name b", "--quiet --quiet", "--fix=true", "-fcompose.yaml",
            "-f=compose.yaml", "--format=", "-o graph", "-qf compose.yaml", "lsp", "-o lsp",
    })
    void everythingElseIsLeftToPicocli(String line) {
        assertThat(QuickArgs.parse(line.split(" "))).isEmpty();
    }

    @Test
    void knowsEverySubcommandOfTheCommandLine() {
        assertThat(Main.commandLine(new CliOptions(), new GraphOptions()).getSubcommands().keySet())
                .containsExactlyInAnyOrderElementsOf(QuickArgs.SUBCOMMANDS);
    }

    private static CliOptions picocli(String[] args) {
        CliOptions options = new CliOptions();
        new CommandLine(options).addSubcommand("graph", new GraphOptions()).parseArgs(args);
        return options;
    }

    private static Map<String, Object> fields(CliOptions options) throws IllegalAccessException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : CliOptions.class.getDeclaredFields()) values.put(field.getName(), field.get(options));
        return values;
    }
}
