package dev.composelint.core.evidence;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Shell scripts: options before the subcommand, continuations, variables, cd, working directory inference. */
class ShellEvidenceTest extends EvidenceTestSupport {

    @TempDir
    Path temp;

    @BeforeEach
    void setUp() {
        root = temp;
        touch("a.yml", "b.yml", "deploy/prod.yml", "deploy/base.yml");
    }

    @Test
    void globalFileOptionsInOrderWithSourceOfTheCommand() {
        write("run.sh", "#!/bin/sh\nset -e\n  docker compose -f a.yml --file b.yml up -d\n");
        ComposeInvocation invocation = only(scan());
        assertThat(invocation.files()).isEqualTo(paths("a.yml", "b.yml"));
        assertThat(invocation.workingDirectory()).isEqualTo(root);
        assertThat(invocation.source().file()).isEqualTo(at("run.sh"));
        assertThat(invocation.source().line()).isEqualTo(3);
        assertThat(invocation.source().column()).isEqualTo(3);
    }

    @Test
    void followFlagAfterTheSubcommandIsNoFile() {
        write("logs.sh", "docker compose logs -f web\ndocker-compose -f a.yml logs -f b.yml\n");
        ComposeInvocation invocation = only(scan());
        assertThat(invocation.files()).isEqualTo(paths("a.yml"));
    }

    @Test
    void everyOptionSpelling() {
        write("all.sh", "docker compose --file=a.yml -fb.yml --env-file .env.prod -p demo --profile debug "
                + "--profile=tools --project-directory deploy up\n");
        ComposeInvocation invocation = only(scan());
        assertThat(invocation.files()).isEqualTo(paths("a.yml", "b.yml"));
        assertThat(invocation.envFiles()).isEqualTo(paths(".env.prod"));
        assertThat(invocation.projectName()).isEqualTo("demo");
        assertThat(invocation.profiles()).containsExactlyInAnyOrder("debug", "tools");
        assertThat(invocation.projectDirectory()).isEqualTo(at("deploy"));
    }

    @Test
    void podmanAndDockerComposeSpellings() {
        write("p.sh", "podman-compose -f a.yml up\npodman compose -f b.yml up\nsudo -E docker-compose -f "
                + "deploy/prod.yml up\n/usr/local/bin/docker --context remote compose -f deploy/base.yml up\n");
        assertThat(scan().invocations()).extracting(ComposeInvocation::files).containsExactly(
                paths("a.yml"), paths("b.yml"), paths("deploy/prod.yml"), paths("deploy/base.yml"));
    }

    @Test
    void continuationLinesJoinOneCommand() {
        write("up.sh", "docker compose \\\n  -f a.yml \\\n  -f b.yml \\\n  up -d  # start\n");
        ComposeInvocation invocation = only(scan());
        assertThat(invocation.files()).isEqualTo(paths("a.yml", "b.yml"));
        assertThat(invocation.source().line()).isEqualTo(1);
    }

    @Test
    void operatorsSeparateCommandsAndRedirectionsAreDropped() {
        write("ops.sh", "docker compose -f a.yml pull 2>/dev/null && docker compose -f b.yml up || echo no; "
                + "docker compose -f a.yml config | grep x > out.txt\n");
        assertThat(scan().invocations()).extracting(ComposeInvocation::files)
                .containsExactly(paths("a.yml"), paths("b.yml"));
    }

    @Test
    void hereDocumentBodiesAndCommentsAreNotCommands() {
        write("doc.sh", "cat <<'EOF' > help.txt\ndocker compose -f a.yml up\nEOF\n# docker compose -f b.yml up\n"
                + "echo 'docker compose -f a.yml up'\n");
        assertThat(scan().invocations()).isEmpty();
    }

    @Test
    void literalVariablesExpandAndUnresolvedFilesAreDropped() {
        write("vars.sh", """
                COMPOSE="docker compose -f a.yml"
                FILE=${OVERRIDE:-b.yml}
                $COMPOSE -f "$FILE" up
                docker compose -f "$UNKNOWN/x.yml" up
                docker compose -f $(pick-file) up
                """);
        EvidenceScanner.Result result = scanResult();
        ComposeInvocation invocation = only(result.evidence());
        assertThat(invocation.files()).isEqualTo(paths("a.yml", "b.yml"));
        assertThat(result.unresolvedDropped()).isEqualTo(2);
    }

    @Test
    void prefixAssignmentsAndExportsAreTheEnvironment() {
        write("env.sh", """
                export COMPOSE_PROFILES=debug
                DB_PASSWORD=hunter2 COMPOSE_FILE=a.yml:b.yml docker compose up
                """);
        ComposeInvocation invocation = only(scan());
        assertThat(invocation.files()).isEmpty();
        assertThat(invocation.environment())
                .isEqualTo(Map.of("COMPOSE_PROFILES", "debug", "COMPOSE_FILE", "a.yml:b.yml"));
        assertThat(invocation.workingDirectory()).isEqualTo(root);
    }

    @Test
    void invocationsWithoutFilesOrSettingsAreLeftOut() {
        write("plain.sh", "docker compose up -d\ndocker compose ps\n");
        assertThat(scan().invocations()).isEmpty();
    }

    @Test
    void cdToTheScriptDirectoryAndToLiteralDirectories() {
        write("scripts/deploy.sh", """
                #!/usr/bin/env bash
                cd "$(dirname "$0")/.."
                docker compose -f deploy/base.yml -f deploy/prod.yml up -d
                cd deploy && docker compose -f prod.yml config
                """);
        Evidence evidence = scan();
        assertThat(evidence.invocations()).hasSize(2);
        assertThat(evidence.invocations().get(0).workingDirectory()).isEqualTo(root);
        assertThat(evidence.invocations().get(1).workingDirectory()).isEqualTo(at("deploy"));
        assertThat(evidence.invocations().get(1).files()).isEqualTo(paths("deploy/prod.yml"));
    }

    @Test
    void scriptDirectoryVariable() {
        write("deploy/up.sh", """
                SCRIPT_DIR="$( cd "$( dirname "${BASH_SOURCE[0]}" )" && pwd )"
                docker compose -f "${SCRIPT_DIR}"/prod.yml up
                """);
        ComposeInvocation invocation = only(scan());
        assertThat(invocation.files()).isEqualTo(paths("deploy/prod.yml"));
    }

    @Test
    void workingDirectoryIsTheFirstAncestorHoldingEveryFile() {
        write("deploy/tools/a.sh", "docker compose -f prod.yml -f base.yml up\n");
        write("deploy/tools/b.sh", "docker compose -f missing.yml up\n");
        Evidence evidence = scan();
        assertThat(evidence.invocations()).hasSize(2);
        assertThat(evidence.invocations().get(0).workingDirectory()).isEqualTo(at("deploy"));
        assertThat(evidence.invocations().get(1).workingDirectory()).isEqualTo(at("deploy/tools"));
        assertThat(evidence.invocations().get(1).files()).isEqualTo(paths("deploy/tools/missing.yml"));
    }

    @Test
    void identicalInvocationsAreKeptOnceWithTheFirstSource() {
        write("one.sh", "docker compose -f a.yml up\n");
        write("two.sh", "docker compose -f a.yml down\n");
        ComposeInvocation invocation = only(scan());
        assertThat(invocation.source().file()).isEqualTo(at("one.sh"));
    }

    @Test
    void extensionlessScriptsNeedAShellShebang() {
        write("bin/up", "#!/bin/bash\ndocker compose -f a.yml up\n");
        write("bin/tool", "#!/usr/bin/env python3\nprint('docker compose -f b.yml up')\n");
        ComposeInvocation invocation = only(scan());
        assertThat(invocation.files()).isEqualTo(paths("a.yml"));
    }

    @Test
    void stackDeploys() {
        write("swarm.sh", """
                docker stack deploy -c a.yml --compose-file=b.yml --with-registry-auth --resolve-image never web
                docker deploy --compose-file deploy/prod.yml prod
                docker stack deploy -c "$STACK_FILE" other
                """);
        EvidenceScanner.Result result = scanResult();
        assertThat(result.evidence().stacks()).hasSize(2);
        StackDeploy first = result.evidence().stacks().get(0);
        assertThat(first.files()).isEqualTo(paths("a.yml", "b.yml"));
        assertThat(first.stackName()).isEqualTo("web");
        assertThat(result.evidence().stacks().get(1).stackName()).isEqualTo("prod");
        assertThat(result.unresolvedDropped()).isEqualTo(1);
    }

    @Test
    void networksAndVolumesCreatedByHand() {
        write("setup.sh", """
                docker network create --driver overlay --attachable --subnet=10.0.0.0/24 -d bridge --label k=v net1
                docker network inspect proxy >/dev/null 2>&1 || docker network create ${NETWORK:-proxy}
                docker volume create --name vol1
                docker volume create -d local --opt type=none data
                docker volume create "$DYNAMIC"
                """);
        assertThat(scan().created()).extracting(CreatedResource::kind, CreatedResource::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CreatedResource.Kind.NETWORK, "net1"),
                org.assertj.core.groups.Tuple.tuple(CreatedResource.Kind.NETWORK, "proxy"),
                org.assertj.core.groups.Tuple.tuple(CreatedResource.Kind.VOLUME, "vol1"),
                org.assertj.core.groups.Tuple.tuple(CreatedResource.Kind.VOLUME, "data"));
    }

    @Test
    void remoteComposeFilesAreNotLocalEvidence() {
        write("remote.sh", "docker compose -f oci://registry.example.com/app:1 up\n");
        assertThat(scanResult().evidence().invocations()).isEmpty();
    }

    @Test
    void secretNamedVariablesNeverReachTheEnvironment() {
        write("secret.sh", "export API_TOKEN=abc\nDB_URL=postgres://u:p@db/x TAG=1.2 docker compose -f a.yml up\n");
        assertThat(only(scan()).environment()).isEqualTo(Map.of("TAG", "1.2"));
    }

    @Test
    void commandsInsideShDashC() {
        write("nested.sh", "F=b.yml\nbash -c \"docker compose -f a.yml -f $F up\"\nsh -ec 'docker compose -f $G up'\n");
        EvidenceScanner.Result result = scanResult();
        assertThat(only(result.evidence()).files()).isEqualTo(paths("a.yml", "b.yml"));
        assertThat(only(result.evidence()).source().line()).isEqualTo(2);
        assertThat(result.unresolvedDropped()).isEqualTo(1);
    }

    @Test
    void windowsLineEndings() {
        write("crlf.sh", "cd deploy\r\ndocker compose \\\r\n  -f prod.yml up\r\n");
        ComposeInvocation invocation = only(scan());
        assertThat(invocation.files()).isEqualTo(paths("deploy/prod.yml"));
        assertThat(invocation.workingDirectory()).isEqualTo(at("deploy"));
    }
}
