package dev.composelint.core.evidence;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of evidence file: Makefiles, justfiles, Taskfiles, GitHub and GitLab CI, Markdown, env templates. */
class SourceKindsTest extends EvidenceTestSupport {

    @TempDir
    Path temp;

    @BeforeEach
    void setUp() {
        root = temp;
        touch("a.yml", "b.yml", "c.yml", "deploy/prod.yml", "docker-compose.yml");
    }

    @Test
    void makefileVariablesAndRecipePrefixes() {
        write("Makefile", """
                DC = docker compose -f a.yml
                EXTRA := -f b.yml
                EXTRA += -f c.yml
                PROJECT ?= demo
                PROJECT ?= ignored
                FILES = $(EXTRA)

                up: ## start
                \t@$(DC) ${FILES} -p $(PROJECT) up -d
                \t-$(DC) logs -f web

                prod:
                \tcd deploy && \\
                \t  docker compose -f prod.yml -f $(shell ls *.yml) up
                \tdocker compose -f $$HOME/x.yml up
                """);
        EvidenceScanner.Result result = scanResult();
        ComposeInvocation first = result.evidence().invocations().get(0);
        assertThat(first.files()).isEqualTo(paths("a.yml", "b.yml", "c.yml"));
        assertThat(first.projectName()).isEqualTo("demo");
        assertThat(first.source().line()).isEqualTo(9);
        assertThat(first.source().column()).isEqualTo(3);
        assertThat(result.evidence().invocations()).hasSize(2);
        assertThat(result.evidence().invocations().get(1).files()).isEqualTo(paths("a.yml"));
        assertThat(result.unresolvedDropped()).isEqualTo(2);
    }

    @Test
    void makefileRecipeLinesRunInShellsOfTheirOwn() {
        write("Makefile", "up:\n\tcd deploy\n\tdocker compose -f a.yml up\n\tcd deploy; docker compose -f prod.yml up\n");
        Evidence evidence = scan();
        assertThat(evidence.invocations()).extracting(ComposeInvocation::workingDirectory)
                .containsExactly(root, at("deploy"));
    }

    @Test
    void makefileIncludesAndExportedVariables() {
        write("mk/compose.mk", """
                export COMPOSE_PROFILES = tools
                compose-up:
                \tdocker compose -f deploy/prod.yml up
                """);
        ComposeInvocation invocation = only(scan());
        assertThat(invocation.workingDirectory()).isEqualTo(root);
        assertThat(invocation.environment()).isEqualTo(Map.of("COMPOSE_PROFILES", "tools"));
    }

    @Test
    void justfileVariablesRunInTheJustfileDirectory() {
        write("deploy/justfile", """
                file := "prod.yml"
                export COMPOSE_PROJECT_NAME := "shop"

                up *args:
                    @docker compose -f {{file}} up {{args}}
                """);
        ComposeInvocation invocation = only(scan());
        assertThat(invocation.workingDirectory()).isEqualTo(at("deploy"));
        assertThat(invocation.files()).isEqualTo(paths("deploy/prod.yml"));
        assertThat(invocation.environment()).isEqualTo(Map.of("COMPOSE_PROJECT_NAME", "shop"));
        assertThat(invocation.source().line()).isEqualTo(5);
    }

    @Test
    void taskfileCommandsDirectoriesAndVariables() {
        write("Taskfile.yml", """
                version: '3'
                vars:
                  PROD: prod.yml
                tasks:
                  up:
                    dir: deploy
                    cmds:
                      - docker compose -f {{.PROD}} up -d
                      - cmd: docker compose -f ../a.yml -f {{.OTHER}} up
                  local:
                    env:
                      COMPOSE_PROFILES: dev
                    cmds:
                      - docker compose -f b.yml up
                """);
        EvidenceScanner.Result result = scanResult();
        assertThat(result.evidence().invocations()).hasSize(2);
        ComposeInvocation up = result.evidence().invocations().get(0);
        assertThat(up.workingDirectory()).isEqualTo(at("deploy"));
        assertThat(up.files()).isEqualTo(paths("deploy/prod.yml"));
        assertThat(up.source().line()).isEqualTo(8);
        ComposeInvocation local = result.evidence().invocations().get(1);
        assertThat(local.environment()).isEqualTo(Map.of("COMPOSE_PROFILES", "dev"));
        assertThat(result.unresolvedDropped()).isEqualTo(1);
    }

    @Test
    void githubWorkflowStepsWithEnvironmentAndWorkingDirectory() {
        write(".github/workflows/ci.yml", """
                name: ci
                env:
                  COMPOSE_PROJECT_NAME: ci
                  TOKEN: ${{ secrets.TOKEN }}
                jobs:
                  test:
                    runs-on: ubuntu-latest
                    defaults:
                      run:
                        working-directory: deploy
                    steps:
                      - uses: actions/checkout@v4
                      - run: docker compose -f prod.yml up -d
                      - shell: pwsh
                        run: docker compose -f $env:FILE up
                      - name: root
                        working-directory: .
                        env:
                          COMPOSE_PROFILES: e2e
                        run: |
                          echo start
                          docker compose \\
                            -f a.yml -f ${{ matrix.file }} up
                          docker compose -f a.yml -f b.yml logs -f
                """);
        EvidenceScanner.Result result = scanResult();
        assertThat(result.evidence().invocations()).hasSize(2);
        ComposeInvocation first = result.evidence().invocations().get(0);
        assertThat(first.workingDirectory()).isEqualTo(at("deploy"));
        assertThat(first.files()).isEqualTo(paths("deploy/prod.yml"));
        assertThat(first.environment()).isEqualTo(Map.of("COMPOSE_PROJECT_NAME", "ci"));
        assertThat(first.source().line()).isEqualTo(13);
        assertThat(first.source().column()).isEqualTo(14);
        ComposeInvocation second = result.evidence().invocations().get(1);
        assertThat(second.workingDirectory()).isEqualTo(root);
        assertThat(second.files()).isEqualTo(paths("a.yml", "b.yml"));
        assertThat(second.environment()).containsEntry("COMPOSE_PROFILES", "e2e");
        assertThat(second.source().line()).isEqualTo(24);
        assertThat(second.source().column()).isEqualTo(11);
        assertThat(result.unresolvedDropped()).isEqualTo(1);
    }

    @Test
    void gitlabScriptsAndVariables() {
        write(".gitlab-ci.yml", """
                variables:
                  COMPOSE_FILE: a.yml:b.yml
                  OVERRIDE: $CI_PROJECT_DIR/c.yml
                stages: [test]
                default:
                  before_script:
                    - cd deploy
                e2e:
                  stage: test
                  script:
                    - docker compose up -d
                    - docker compose -f prod.yml ps
                    - docker compose -f "$OVERRIDE" ps
                  after_script:
                    - docker compose -f c.yml down
                """);
        EvidenceScanner.Result result = scanResult();
        Evidence evidence = result.evidence();
        assertThat(result.unresolvedDropped()).isEqualTo(1);
        assertThat(evidence.invocations()).hasSize(3);
        assertThat(evidence.invocations().get(0).environment()).containsEntry("COMPOSE_FILE", "a.yml:b.yml");
        assertThat(evidence.invocations().get(0).workingDirectory()).isEqualTo(at("deploy"));
        assertThat(evidence.invocations().get(1).files()).isEqualTo(paths("deploy/prod.yml"));
        assertThat(evidence.invocations().get(2).workingDirectory()).isEqualTo(root);
        assertThat(evidence.invocations().get(2).files()).isEqualTo(paths("c.yml"));
    }

    @Test
    void markdownShellBlocksWithPromptsOnly() {
        write("docs/README.md", """
                Run `docker compose -f b.yml up` to start (inline code is not evidence).

                docker compose -f c.yml up

                ```console
                $ docker compose -f a.yml \\
                    -f b.yml up
                Creating network "default"
                docker compose -f c.yml output-line
                ```

                ```yaml
                command: docker compose -f c.yml up
                ```

                - In a list:
                  ```bash
                  # docker network create web
                  docker compose -f deploy/prod.yml up
                  ```
                """);
        Evidence evidence = scan();
        assertThat(evidence.invocations()).extracting(ComposeInvocation::files)
                .containsExactly(paths("a.yml", "b.yml"), paths("deploy/prod.yml"));
        assertThat(evidence.invocations().get(0).workingDirectory()).isEqualTo(root);
        assertThat(evidence.invocations().get(0).source().line()).isEqualTo(6);
        assertThat(evidence.invocations().get(0).source().column()).isEqualTo(3);
        assertThat(evidence.created()).extracting(CreatedResource::name).containsExactly("web");
    }

    @Test
    void markdownCdCarriesToLaterBlocks() {
        write("README.md", """
                ```sh
                git clone https://example.com/shop.git
                cd shop
                cd deploy
                ```
                Then:
                ```
                docker compose -f prod.yml up
                ```
                """);
        ComposeInvocation invocation = only(scan());
        assertThat(invocation.workingDirectory()).isEqualTo(at("deploy"));
    }

    @Test
    void envFilesYieldOnlyComposeVariables() {
        write(".env", """
                # settings
                COMPOSE_FILE=a.yml:b.yml
                POSTGRES_PASSWORD=hunter2
                export COMPOSE_PROJECT_NAME="demo" # name
                COMPOSE_PROFILES=dev #comment-less
                """);
        write("deploy/.env.example", "COMPOSE_PATH_SEPARATOR=;\n");
        Evidence evidence = scan();
        assertThat(evidence.settings()).extracting(EnvSetting::key, EnvSetting::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("COMPOSE_FILE", "a.yml:b.yml"),
                org.assertj.core.groups.Tuple.tuple("COMPOSE_PROJECT_NAME", "demo"),
                org.assertj.core.groups.Tuple.tuple("COMPOSE_PROFILES", "dev"),
                org.assertj.core.groups.Tuple.tuple("COMPOSE_PATH_SEPARATOR", ";"));
        assertThat(evidence.settings().get(1).source().line()).isEqualTo(4);
        assertThat(evidence.settings().get(1).source().column()).isEqualTo(8);
        assertThat(evidence.toString()).doesNotContain("hunter2");
    }
}
