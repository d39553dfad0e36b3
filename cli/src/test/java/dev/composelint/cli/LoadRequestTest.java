package dev.composelint.cli;

import dev.composelint.core.load.LoadRequest;
import dev.composelint.core.load.ProjectDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How options and configuration become the loader's request. */
class LoadRequestTest {

    private static final Map<String, String> ENV = Map.of("TAG", "1.0");

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), "services: {}\n");
        Files.writeString(dir.resolve("compose.prod.yaml"), "services: {}\n");
        Files.writeString(dir.resolve(".env.prod"), "TAG=2\n");
        Files.createDirectories(dir.resolve("apps"));
    }

    private LoadRequest request(String config, String... args) throws Exception {
        if (config != null) Files.writeString(dir.resolve(".composelint.yaml"), config);
        CliOptions options = new CliOptions();
        new CommandLine(options).parseArgs(args);
        return new LintCommand(options, new PrintStream(OutputStream.nullOutputStream()),
                new PrintStream(OutputStream.nullOutputStream()), dir, ENV, false)
                .invocation().request();
    }

    @Test
    void noArgumentsMeansTheCurrentDirectory() throws Exception {
        LoadRequest request = request(null);
        assertThat(request.paths()).containsExactly(dir);
        assertThat(request.files()).isEmpty();
        assertThat(request.environment()).isEqualTo(ENV);
        assertThat(request.workingDirectory()).isEqualTo(dir);
        assertThat(request.profiles()).isEmpty();
    }

    @Test
    void composeLikeOptionsAreResolvedAgainstTheWorkingDirectory() throws Exception {
        LoadRequest request = request(null, "-f", "compose.yaml", "--file", "compose.prod.yaml",
                "-p", "shop", "--project-directory", "apps", "--env-file", ".env.prod", "--profile", "debug",
                "--profile", "test", "apps");
        assertThat(request.paths()).containsExactly(dir.resolve("apps"));
        assertThat(request.files()).containsExactly(dir.resolve("compose.yaml"), dir.resolve("compose.prod.yaml"));
        assertThat(request.projectName()).isEqualTo("shop");
        assertThat(request.projectDirectory()).isEqualTo(dir.resolve("apps"));
        assertThat(request.envFiles()).containsExactly(dir.resolve(".env.prod"));
        assertThat(request.profiles()).containsExactlyInAnyOrder("debug", "test");
    }

    @Test
    void configSuppliesProfilesIgnoreAndProjects() throws Exception {
        String config = """
                profiles: [debug]
                ignore: [vendor/**]
                projects:
                  - name: shop
                    files: [compose.yaml, compose.prod.yaml]
                """;
        LoadRequest request = request(config);
        assertThat(request.paths()).as("explicit projects replace discovery of the current directory").isEmpty();
        assertThat(request.profiles()).containsExactly("debug");
        assertThat(request.ignore()).containsExactly("vendor/**");
        assertThat(request.projects()).containsExactly(new ProjectDefinition("shop", null,
                List.of(dir.resolve("compose.yaml"), dir.resolve("compose.prod.yaml")), List.of()));
        assertThat(request(config, "--profile", "prod").profiles()).as("flags win").containsExactly("prod");
    }

    @Test
    void strictEnvComesFromTheFlagOrTheConfiguration() throws Exception {
        assertThat(request(null).strictEnv()).isFalse();
        assertThat(request(null, "--strict-env").strictEnv()).isTrue();
        assertThat(request("strict-env: true\n").strictEnv()).isTrue();
    }
}
