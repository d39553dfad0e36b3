package dev.composelint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Every usage, configuration and I/O error: exit code 2 and exactly one line on stderr. */
class CliErrorsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "missing.yaml                         | path not found: missing.yaml",
            "-f missing.yaml                      | compose file not found: missing.yaml",
            "-f sub                               | compose file is a directory: sub",
            "--env-file .env.missing              | env file not found: .env.missing",
            "--project-directory compose.yaml     | project directory is not a directory: compose.yaml",
            "--config nope.yaml                   | config file not found: nope.yaml",
            "--format xml                         | unknown format 'xml'; expected one of text, json, sarif, "
                    + "checkstyle, junit, github, codeclimate, html",
            "--fail-on sometimes                  | invalid fail-on 'sometimes'; expected error, warning, info or "
                    + "never",
            "--enable no-such-rule                | unknown rule 'no-such-rule' in enable",
            "--disable fake-eror                  | unknown rule 'fake-eror' in disable; did you mean 'fake-error'?",
            "--preset secure                      | unknown preset 'secure'; expected one of recommended, security, "
                    + "strict, style, all",
            "--explain fake-eror                  | unknown rule 'fake-eror'; did you mean 'fake-error'? "
                    + "(see --list-rules)",
            "--enable fake-info --disable fake-info | rule 'fake-info' is both enabled and disabled",
            "--bogus                              | Unknown option: '--bogus' (see --help)",
            "--format                             | Missing required parameter for option '--format' (FORMAT[:FILE]) "
                    + "(see --help)",
            "-o compose.yaml/report.txt           | cannot write compose.yaml/report.txt: a file is in the way of "
                    + "its directory",
            "--format sarif:                      | --format sarif: names no file; use sarif:FILE or sarif",
            "--format text --format json          | at most one --format may write to standard output; give the "
                    + "others a file, e.g. --format sarif:composelint.sarif",
            "--format json:a.json --format sarif:a.json | two reports would write a.json",
            "--format json:a.json --format sarif:b.sarif -o c.txt | -o needs exactly one --format without a file; "
                    + "write --format NAME:FILE for each report instead",
            "--max-warnings -2                    | invalid max-warnings -2; expected -1 or more",
    })
    void usageAndIoErrors(String args, String message) throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), "services: {}\n");
        Files.createDirectories(dir.resolve("sub"));
        Cli.Result result = Cli.run(dir, args.split(" "));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("composelint: " + message + "\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'rules:\\n  fake-error: loud\\n'       | .composelint.yaml:2:15: invalid rule level 'loud'; expected "
                    + "off, error, warning or info",
            "'rulez: {}\\n'                          | .composelint.yaml:1:1: unknown key 'rulez' in the "
                    + "configuration; expected one of allow-outside, fail-on, ignore, presets, profiles, projects, rules,"
                    + " strict-env",
            "'rules:\\n  fake-eror: off\\n'         | .composelint.yaml:2:3: unknown rule 'fake-eror'; did you mean "
                    + "'fake-error'?",
            "'rules: {a: [\\n'                       | .composelint.yaml:2:1: invalid YAML: expected the node "
                    + "content, but found '<stream end>'",
    })
    void configurationErrorsCarryTheirPosition(String config, String message) throws Exception {
        Files.writeString(dir.resolve(".composelint.yaml"), config.replace("\\n", "\n"));
        Cli.Result result = Cli.run(dir);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("composelint: " + message).endsWith("\n");
        assertThat(result.err().lines()).hasSize(1);
    }

    @Test
    void unreadableFilesAreIoErrors() throws Exception {
        Path file = Files.writeString(dir.resolve("secret.yaml"), "services: {}\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as a user who can read any file (root)");
        Cli.Result result = Cli.run(dir, "-f", "secret.yaml");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("composelint: cannot read compose file secret.yaml: permission denied\n");
    }

    @Test
    void writingTheReportOverADirectoryIsAnIoError() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:1.27.4\n");
        Cli.Result result = Cli.run(dir, "--output", ".");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("composelint: cannot write .: Is a directory\n");
    }

    @Test
    void aPathWithoutComposeFilesIsAUsageError() throws Exception {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/ci.yml"), "services:\n  - docker\n");
        Cli.Result result = Cli.run(dir, "docs");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("composelint: no compose file found under docs (looked for compose.yaml,"
                + " docker-compose.yml and any YAML file with a services: mapping)\n");
    }
}
