package dev.composelint.core.load;

import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.model.Dependency;
import dev.composelint.core.model.IpAddress;
import dev.composelint.core.model.Mount;
import dev.composelint.core.model.MountType;
import dev.composelint.core.model.NameOrigin;
import dev.composelint.core.model.PortMapping;
import dev.composelint.core.model.PortRange;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Service;
import dev.composelint.core.topology.Topology;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conformance with Docker Compose v2 loading, written from ../shared/docs/compose-semantics.md. Every case loads
 * real files from disk through the whole loader and asserts the resulting model.
 */
class ConformanceTest {

    @TempDir
    Path tmp;
    ConformanceSupport c;

    @BeforeEach
    void setUp() {
        c = new ConformanceSupport(tmp.resolve("My App"));
    }

    static String svc(String body) {
        return "services:\n  web:\n    image: nginx:1.27\n" + body.indent(4);
    }

    @Nested
    class ProjectName {
        @Test
        void directoryBasenameIsNormalized() {
            c.file("compose.yaml", svc(""));
            Project p = c.path(".").project();
            assertThat(p.name()).isEqualTo("myapp");
            assertThat(p.nameOrigin()).isEqualTo(NameOrigin.DIRECTORY);
        }

        @Test
        void optionWins() {
            c.file("compose.yaml", "name: fromfile\n" + svc("")).env("COMPOSE_PROJECT_NAME", "fromenv");
            Project p = c.f("compose.yaml").projectName("fromoption").project();
            assertThat(p.name()).isEqualTo("fromoption");
            assertThat(p.nameOrigin()).isEqualTo(NameOrigin.OPTION);
        }

        @Test
        void invalidOptionIsAnError() {
            c.file("compose.yaml", svc(""));
            c.f("compose.yaml").projectName("MY_PROJECT").load();
            assertThat(c.errorMessages()).contains("invalid project name \"MY_PROJECT\": must consist only of"
                    + " lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter"
                    + " or number");
        }

        @Test
        void shellEnvironmentBeatsNameKey() {
            c.file("compose.yaml", "name: fromfile\n" + svc("")).env("COMPOSE_PROJECT_NAME", "fromenv");
            Project p = c.f("compose.yaml").project();
            assertThat(p.name()).isEqualTo("fromenv");
            assertThat(p.nameOrigin()).isEqualTo(NameOrigin.ENVIRONMENT);
        }

        @Test
        void dotEnvProvidesTheName() {
            c.file("compose.yaml", svc("")).file(".env", "COMPOSE_PROJECT_NAME=dotenvname\n");
            assertThat(c.f("compose.yaml").project().name()).isEqualTo("dotenvname");
        }

        @Test
        void shellBeatsDotEnv() {
            c.file("compose.yaml", svc("")).file(".env", "COMPOSE_PROJECT_NAME=dotenvname\n")
                    .env("COMPOSE_PROJECT_NAME", "shellname");
            assertThat(c.f("compose.yaml").project().name()).isEqualTo("shellname");
        }

        @Test
        void nameKeyIsInterpolatedAndNormalized() {
            c.file("compose.yaml", "name: ${PREFIX}-Shop.App\n" + svc("")).env("PREFIX", "Acme");
            Project p = c.f("compose.yaml").project();
            assertThat(p.name()).isEqualTo("acme-shopapp");
            assertThat(p.nameOrigin()).isEqualTo(NameOrigin.NAME_KEY);
        }

        @Test
        void lastNameAcrossFilesWins() {
            c.file("a.yaml", "name: first\n" + svc("")).file("b.yaml", "name: second\n");
            assertThat(c.f("a.yaml").f("b.yaml").project().name()).isEqualTo("second");
        }

        @Test
        void nameThatNormalizesToEmptyIsAnError() {
            c.file("compose.yaml", "name: ___\n" + svc(""));
            c.f("compose.yaml").load();
            assertThat(c.errorMessages()).contains("project name must not be empty");
        }

        @Test
        void leadingUnderscoresAndDashesAreStripped() {
            c = new ConformanceSupport(tmp.resolve("_-x.y"));
            c.file("compose.yaml", svc(""));
            assertThat(c.f("compose.yaml").project().name()).isEqualTo("xy");
        }

        @Test
        void projectNameIsAvailableForInterpolation() {
            c.file("compose.yaml", svc("container_name: ${COMPOSE_PROJECT_NAME}-web"));
            assertThat(c.f("compose.yaml").projectName("shop").service("web").containerName().value())
                    .isEqualTo("shop-web");
        }

        @Test
        void nonAsciiLettersAreDropped() {
            c.file("compose.yaml", "name: Über-App\n" + svc(""));
            assertThat(c.f("compose.yaml").project().name()).isEqualTo("ber-app");
        }
    }

    @Nested
    class ResourceNames {
        @Test
        void implicitDefaultNetworkIsPrefixed() {
            c.file("compose.yaml", svc(""));
            Project p = c.f("compose.yaml").projectName("p").project();
            assertThat(p.networks().get("default").name()).isEqualTo("p_default");
            assertThat(p.services().get("web").networks()).containsOnlyKeys("default");
        }

        @Test
        void networksByKeyNameAndExternal() {
            c.file("compose.yaml", svc("networks: [ext, named, mynet]")
                    + "networks:\n  ext: {external: true}\n  named: {name: CustomName}\n  mynet: {}\n");
            Project p = c.f("compose.yaml").projectName("p").project();
            assertThat(p.networks().get("ext").name()).isEqualTo("ext");
            assertThat(p.networks().get("named").name()).isEqualTo("CustomName");
            assertThat(p.networks().get("mynet").name()).isEqualTo("p_mynet");
            assertThat(p.networks()).doesNotContainKey("default");
        }

        @Test
        void keysAreNotNormalized() {
            c.file("compose.yaml", svc("networks: [Back.End]") + "networks:\n  Back.End: {}\n");
            assertThat(c.f("compose.yaml").projectName("p").project().networks().get("Back.End").name())
                    .isEqualTo("p_Back.End");
        }

        @Test
        void volumesAreNamedLikeNetworks() {
            c.file("compose.yaml", svc("volumes: [data:/d, ext:/e, named:/n]")
                    + "volumes:\n  data: {}\n  ext: {external: true}\n  named: {name: fixed}\n");
            Project p = c.f("compose.yaml").projectName("p").project();
            assertThat(p.volumes().get("data").name()).isEqualTo("p_data");
            assertThat(p.volumes().get("ext").name()).isEqualTo("ext");
            assertThat(p.volumes().get("named").name()).isEqualTo("fixed");
        }

        @Test
        void externalNetworkWithExplicitName() {
            c.file("compose.yaml", svc("networks: [backend]")
                    + "networks:\n  backend:\n    external: true\n    name: other_backend\n");
            Project p = c.f("compose.yaml").projectName("p").project();
            assertThat(p.networks().get("backend").external()).isTrue();
            assertThat(p.networks().get("backend").name()).isEqualTo("other_backend");
        }

        @Test
        void legacyExternalNameIsHonouredWithAWarning() {
            c.file("compose.yaml", svc("networks: [backend]")
                    + "networks:\n  backend:\n    external:\n      name: legacy_net\n");
            Project p = c.f("compose.yaml").projectName("p").project();
            assertThat(p.networks().get("backend").name()).isEqualTo("legacy_net");
            assertThat(c.workspace().diagnostics()).anyMatch(f -> f.message().contains("external.name is deprecated"));
        }

        @Test
        void namesMayUseVariables() {
            c.file("compose.yaml", svc("networks: [n]") + "networks:\n  n:\n    name: ${ENV}-net\n").env("ENV", "prod");
            assertThat(c.f("compose.yaml").project().networks().get("n").name()).isEqualTo("prod-net");
        }
    }

    @Nested
    class Interpolation {
        @ParameterizedTest(name = "{0} with VAR={1} -> {2}")
        @CsvSource(delimiter = '|', nullValues = "UNSET", value = {
                "${VAR}|x|x", "${VAR}|UNSET|''", "$VAR|x|x",
                "${VAR:-d}|x|x", "${VAR:-d}|''|d", "${VAR:-d}|UNSET|d",
                "${VAR-d}|x|x", "${VAR-d}|''|''", "${VAR-d}|UNSET|d",
                "${VAR:+a}|x|a", "${VAR:+a}|''|''", "${VAR:+a}|UNSET|''",
                "${VAR+a}|x|a", "${VAR+a}|''|a", "${VAR+a}|UNSET|''",
                "$$VAR|x|$VAR", "pre-${VAR}-post|x|pre-x-post", "${VAR:-${OTHER:-deep}}|UNSET|deep",
                "$VAR-suffix|x|x-suffix", "cost: $5|x|cost: $5"})
        void operators(String template, String value, String expected) {
            c.file("compose.yaml", svc("environment:\n  OUT: '" + template + "'"));
            if (value != null) c.env("VAR", value);
            assertThat(c.f("compose.yaml").service("web").env("OUT")).isEqualTo(expected);
        }

        @Test
        void requiredVariableMissingIsALocatedErrorWithStrictEnv() {
            c.file("compose.yaml", "services:\n  web:\n    image: app:${TAG:?set the TAG}\n");
            c.f("compose.yaml").strictEnv().load();
            assertThat(c.errors()).singleElement().satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("interpolation");
                assertThat(f.message()).contains("required variable TAG is missing a value").contains("set the TAG");
                assertThat(f.source().line()).isEqualTo(3);
            });
            assertThat(c.workspace().projects()).hasSize(1);
        }

        @Test
        void invalidFormatIsAnError() {
            c.file("compose.yaml", svc("environment:\n  A: ${ x}"));
            c.f("compose.yaml").load();
            assertThat(c.errors()).anySatisfy(f -> assertThat(f.message()).contains("invalid interpolation format"));
        }

        @Test
        void keysAreNotInterpolated() {
            c.file("compose.yaml", svc("environment:\n  $KEY: v")).env("KEY", "changed");
            assertThat(c.f("compose.yaml").service("web").environment()).containsKey("$KEY");
        }

        @Test
        void unsetVariablesAreRemembered() {
            c.file("compose.yaml", svc("environment:\n  A: ${NOT_SET}"));
            assertThat(c.f("compose.yaml").project().unsetVariables()).containsKey("NOT_SET");
        }

        @Test
        void shellBeatsDotEnv() {
            c.file("compose.yaml", svc("environment:\n  A: ${V}")).file(".env", "V=fromfile\n").env("V", "fromshell");
            assertThat(c.f("compose.yaml").service("web").env("A")).isEqualTo("fromshell");
        }

        @Test
        void dotEnvIsUsed() {
            c.file("compose.yaml", svc("environment:\n  A: ${V}")).file(".env", "V=fromfile\n");
            assertThat(c.f("compose.yaml").service("web").env("A")).isEqualTo("fromfile");
        }

        @Test
        void explicitEnvFilesReplaceDotEnvAndLaterWins() {
            c.file("compose.yaml", svc("environment:\n  A: ${V}\n  B: ${W}")).file(".env", "V=dotenv\nW=dotenv\n")
                    .file("one.env", "V=one\nW=one\n").file("two.env", "W=two\n");
            Service s = c.f("compose.yaml").envFile("one.env").envFile("two.env").service("web");
            assertThat(s.env("A")).isEqualTo("one");
            assertThat(s.env("B")).isEqualTo("two");
        }

        @Test
        void missingExplicitEnvFileIsAnError() {
            c.file("compose.yaml", svc(""));
            c.f("compose.yaml").envFile("nope.env").load();
            assertThat(c.errorMessages()).anyMatch(m -> m.startsWith("couldn't find env file:"));
        }

        @Test
        void rawValueIsKept() {
            c.file("compose.yaml", svc("environment:\n  PASS: ${PASSWORD:-admin}"));
            var v = c.f("compose.yaml").service("web").environment().get("PASS");
            assertThat(v.value()).isEqualTo("admin");
            assertThat(v.rawValue()).isEqualTo("${PASSWORD:-admin}");
        }

        @Test
        void portsAreInterpolatedBeforeParsing() {
            c.file("compose.yaml", svc("ports: ['${PORT:-8080}:80']")).file(".env", "PORT=9000\n");
            assertThat(c.f("compose.yaml").service("web").ports().get(0).published()).isEqualTo(PortRange.single(9000));
        }
    }

    @Nested
    class DotEnvSyntax {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "V=plain|plain", "export V=exported|exported", "V = spaced |spaced", "V: yamlish|yamlish",
                "V=value # comment|value", "V='single $X'|single $X", "V=\"double\\tquoted\"|double\tquoted",
                "V=\"a\" # trailing|a", "V=${X}y|xy", "V=a#b|a#b"})
        void syntax(String line, String expected) {
            c.file("compose.yaml", svc("environment:\n  OUT: ${V}")).file(".env", "X=x\n" + line + "\n");
            assertThat(c.f("compose.yaml").service("web").env("OUT")).isEqualTo(expected);
        }

        @Test
        void multiLineDoubleQuotes() {
            c.file("compose.yaml", svc("environment:\n  OUT: ${V}")).file(".env", "V=\"line1\nline2\"\n");
            assertThat(c.f("compose.yaml").service("web").env("OUT")).isEqualTo("line1\nline2");
        }

        @Test
        void commentsAndBlankLinesAreIgnored() {
            c.file("compose.yaml", svc("environment:\n  OUT: ${V}")).file(".env", "# comment\n\nV=ok\n");
            assertThat(c.f("compose.yaml").service("web").env("OUT")).isEqualTo("ok");
        }

        @Test
        void badKeyIsALocatedError() {
            c.file("compose.yaml", svc("")).file(".env", "OK=1\nBAD KEY=2\n");
            c.f("compose.yaml").load();
            assertThat(c.errors()).anySatisfy(f -> {
                assertThat(f.message()).contains("key cannot contain a space");
                assertThat(f.source().file().getFileName().toString()).isEqualTo(".env");
                assertThat(f.source().line()).isEqualTo(2);
            });
        }
    }

    @Nested
    class Merge {
        @Test
        void portsAppendAndDeduplicate() {
            c.file("a.yaml", svc("ports: ['8080:80', '443:443']")).file("b.yaml",
                    "services:\n  web:\n    ports: ['9090:80', '443:443']\n");
            List<PortMapping> ports = c.f("a.yaml").f("b.yaml").service("web").ports();
            assertThat(ports).extracting(p -> p.published().start()).containsExactly(8080, 443, 9090);
        }

        @Test
        void overridePortPointsAtTheOverrideFile() {
            c.file("a.yaml", svc("ports: ['8080:80']")).file("b.yaml", "services:\n  web:\n    ports: ['9090:80']\n");
            List<PortMapping> ports = c.f("a.yaml").f("b.yaml").service("web").ports();
            assertThat(ports.get(0).source().file().getFileName().toString()).isEqualTo("a.yaml");
            assertThat(ports.get(1).source().file().getFileName().toString()).isEqualTo("b.yaml");
            assertThat(ports.get(1).source().line()).isEqualTo(3);
        }

        @Test
        void environmentMergesByKey() {
            c.file("a.yaml", svc("environment:\n  A: '1'\n  B: '2'")).file("b.yaml",
                    "services:\n  web:\n    environment:\n      - B=3\n      - C=4\n");
            Service s = c.f("a.yaml").f("b.yaml").service("web");
            assertThat(s.env("A")).isEqualTo("1");
            assertThat(s.env("B")).isEqualTo("3");
            assertThat(s.env("C")).isEqualTo("4");
        }

        @Test
        void commandIsReplaced() {
            c.file("a.yaml", svc("command: [a, b]")).file("b.yaml", "services:\n  web:\n    command: [c]\n");
            assertThat(c.f("a.yaml").f("b.yaml").service("web").command()).containsExactly("c");
        }

        @Test
        void resetRemovesPorts() {
            c.file("a.yaml", svc("ports: ['8080:80']")).file("b.yaml", "services:\n  web:\n    ports: !reset []\n");
            assertThat(c.f("a.yaml").f("b.yaml").service("web").ports()).isEmpty();
        }

        @Test
        void overrideReplacesPorts() {
            c.file("a.yaml", svc("ports: ['8080:80']")).file("b.yaml",
                    "services:\n  web:\n    ports: !override ['9090:80']\n");
            assertThat(c.f("a.yaml").f("b.yaml").service("web").ports()).extracting(p -> p.published().start())
                    .containsExactly(9090);
        }

        @Test
        void resetRemovesAWholeService() {
            c.file("a.yaml", svc("") + "  db:\n    image: postgres:16\n").file("b.yaml", "services:\n  db: !reset {}\n");
            assertThat(c.f("a.yaml").f("b.yaml").project().services()).containsOnlyKeys("web");
        }

        @Test
        void resetOneEnvironmentKey() {
            c.file("a.yaml", svc("environment:\n  A: '1'\n  B: '2'")).file("b.yaml",
                    "services:\n  web:\n    environment:\n      A: !reset null\n");
            assertThat(c.f("a.yaml").f("b.yaml").service("web").environment()).containsOnlyKeys("B");
        }

        @Test
        void volumesReplaceByTarget() {
            c.file("a.yaml", svc("volumes: ['./a:/data', 'logs:/logs']") + "volumes:\n  logs: {}\n")
                    .file("b.yaml", "services:\n  web:\n    volumes: ['./b:/data']\n");
            List<Mount> mounts = c.f("a.yaml").f("b.yaml").service("web").mounts();
            assertThat(mounts).extracting(Mount::target).containsExactly("/data", "/logs");
            assertThat(mounts.get(0).source()).endsWith("/b");
        }

        @Test
        void networksListAndMapMerge() {
            c.file("a.yaml", svc("networks: [front]") + "networks:\n  front: {}\n  back: {}\n").file("b.yaml",
                    "services:\n  web:\n    networks:\n      back:\n        aliases: [api]\n");
            Service s = c.f("a.yaml").f("b.yaml").service("web");
            assertThat(s.networks()).containsOnlyKeys("front", "back");
            assertThat(s.networks().get("back").aliases()).containsExactly("api");
        }

        @Test
        void dependsOnListAndMapMerge() {
            c.file("a.yaml", svc("depends_on: [db]") + "  db:\n    image: postgres:16\n  cache:\n    image: redis:7\n")
                    .file("b.yaml", "services:\n  web:\n    depends_on:\n      cache:\n        condition: service_healthy\n");
            Service s = c.f("a.yaml").f("b.yaml").service("web");
            assertThat(s.dependsOn()).containsOnlyKeys("db", "cache");
            assertThat(s.dependsOn().get("db").condition()).isEqualTo("service_started");
            assertThat(s.dependsOn().get("cache").condition()).isEqualTo("service_healthy");
        }

        @Test
        void imageIsReplaced() {
            c.file("a.yaml", svc("")).file("b.yaml", "services:\n  web:\n    image: nginx:1.28\n");
            assertThat(c.f("a.yaml").f("b.yaml").service("web").image().value()).isEqualTo("nginx:1.28");
        }

        @Test
        void defaultOverrideFileIsPickedUp() {
            c.file("compose.yaml", svc("ports: ['80:80']")).file("compose.override.yaml",
                    "services:\n  web:\n    ports: ['81:80']\n");
            assertThat(c.path("compose.yaml").service("web").ports()).hasSize(2);
        }

        @Test
        void multiDocumentFileMergesInOrder() {
            c.file("compose.yaml", svc("environment:\n  A: '1'") + "---\nservices:\n  web:\n    environment:\n      A: '2'\n");
            assertThat(c.f("compose.yaml").service("web").env("A")).isEqualTo("2");
        }
    }

    @Nested
    class Extends {
        @Test
        void sameFile() {
            c.file("compose.yaml", "services:\n  base:\n    image: app:1\n    environment:\n      A: '1'\n"
                    + "  web:\n    extends: base\n    environment:\n      B: '2'\n");
            Service s = c.f("compose.yaml").service("web");
            assertThat(s.image().value()).isEqualTo("app:1");
            assertThat(s.environment()).containsOnlyKeys("A", "B");
        }

        @Test
        void otherFileWithRelativePathsResolvedThere() {
            c.file("common/base.yaml", "services:\n  app:\n    image: app:1\n    volumes: ['./conf:/conf']\n")
                    .file("compose.yaml", "services:\n  web:\n    extends:\n      file: common/base.yaml\n      service: app\n");
            Service s = c.f("compose.yaml").service("web");
            assertThat(s.image().value()).isEqualTo("app:1");
            assertThat(s.mounts().get(0).source()).endsWith("common/conf");
        }

        @Test
        void chains() {
            c.file("compose.yaml", "services:\n  a:\n    image: app:1\n    command: [a]\n  b:\n    extends: a\n"
                    + "    environment: {B: '1'}\n  c:\n    extends: b\n    command: [c]\n");
            Service s = c.f("compose.yaml").service("c");
            assertThat(s.image().value()).isEqualTo("app:1");
            assertThat(s.command()).containsExactly("c");
            assertThat(s.env("B")).isEqualTo("1");
        }

        @Test
        void cycleIsAnError() {
            c.file("compose.yaml", "services:\n  a:\n    image: x:1\n    extends: b\n  b:\n    image: x:1\n    extends: a\n");
            c.f("compose.yaml").load();
            assertThat(c.errorMessages()).anyMatch(m -> m.startsWith("Circular reference:"));
        }

        @Test
        void cycleMessageHasComposesWording() {
            c.file("compose.yaml", "services:\n  a:\n    image: x:1\n    extends: b\n  b:\n    image: x:1\n    extends: a\n");
            c.path(".").load();
            String file = c.root().resolve("compose.yaml").toString();
            assertThat(c.errorMessages()).contains("Circular reference:\n  a in " + file + "\n  extends b in " + file
                    + "\n  extends a in " + file);
            assertThat(c.workspace().projects()).as("the project is still loaded").hasSize(1);
        }

        @Test
        void fromItsOwnFileByNameIsValid() {
            c.file("compose.yaml", "services:\n  base:\n    image: app:1\n    environment: {A: '1'}\n"
                    + "  web:\n    extends:\n      file: compose.yaml\n      service: base\n");
            Project p = c.path(".").project();
            assertThat(p.services().get("web").image().value()).isEqualTo("app:1");
            assertThat(p.services().get("web").env("A")).isEqualTo("1");
            assertThat(c.errorMessages()).isEmpty();
        }

        @Test
        void crossFileCycleIsAnErrorAndHidesNeitherProject() {
            c.file("one/compose.yaml", "services:\n  x:\n    image: x:1\n    extends:\n"
                            + "      file: ../two/compose.yaml\n      service: y\n")
                    .file("two/compose.yaml", "services:\n  y:\n    image: y:1\n    extends:\n"
                            + "      file: ../one/compose.yaml\n      service: x\n");
            c.path(".").load();
            String one = c.root().resolve("one/compose.yaml").toString();
            String two = c.root().resolve("two/compose.yaml").toString();
            assertThat(c.errorMessages()).contains("Circular reference:\n  x in " + one + "\n  extends y in " + two
                    + "\n  extends x in " + one);
            assertThat(c.workspace().projects()).extracting(Project::name).containsExactlyInAnyOrder("one", "two");
        }

        @Test
        void chainLongerThanTheBoundIsReportedAndTheProjectKept() {
            StringBuilder yaml = new StringBuilder("services:\n");
            for (int i = 0; i < 1000; i++) yaml.append("  s").append(i).append(":\n    extends: s").append(i + 1).append('\n');
            yaml.append("  s1000:\n    image: app:1\n");
            c.file("compose.yaml", yaml.toString());
            Project p = c.path(".").project();
            assertThat(p.services()).hasSize(1001);
            assertThat(c.errorMessages()).anyMatch(m -> m.startsWith("extends chain is longer than 64 services"));
        }

        @Test
        void fileOutsideTheWorkspaceIsNotRead() {
            c.file("compose.yaml", "services:\n  web:\n    image: web:1\n    extends:\n"
                            + "      file: ../elsewhere/base.yaml\n      service: app\n")
                    .file("../elsewhere/base.yaml", "services:\n  app:\n    image: app:1\n");
            Project p = c.path(".").project();
            assertThat(p.services().get("web").image().value()).isEqualTo("web:1");
            assertThat(c.workspace().diagnostics()).anyMatch(f -> f.severity() == dev.composelint.core.Severity.INFO
                    && f.message().contains("is outside the workspace root; not read; allow it with --allow-outside")
                    && f.source().line() == 5);
        }

        @Test
        void missingBaseIsAnError() {
            c.file("compose.yaml", "services:\n  web:\n    extends: nope\n");
            c.f("compose.yaml").load();
            assertThat(c.errorMessages()).anyMatch(m -> m.contains("service \"nope\" not found"));
        }

        @Test
        void portsOfBaseAndLocalAreBothKept() {
            c.file("compose.yaml", "services:\n  base:\n    image: x:1\n    ports: ['80:80']\n"
                    + "  web:\n    extends: base\n    ports: ['81:80']\n");
            assertThat(c.f("compose.yaml").service("web").ports()).hasSize(2);
        }
    }

    @Nested
    class Include {
        @Test
        void importsServicesAndResources() {
            c.file("sub/compose.yaml", "services:\n  db:\n    image: postgres:16\n    volumes: [data:/d]\n"
                    + "volumes:\n  data: {}\n").file("compose.yaml", "include: [sub/compose.yaml]\n" + svc(""));
            Project p = c.f("compose.yaml").projectName("p").project();
            assertThat(p.services()).containsOnlyKeys("db", "web");
            assertThat(p.volumes().get("data").name()).isEqualTo("p_data");
        }

        @Test
        void relativePathsResolveInTheIncludedDirectory() {
            c.file("sub/compose.yaml", "services:\n  db:\n    image: postgres:16\n    volumes: ['./init:/init']\n")
                    .file("compose.yaml", "include:\n  - path: sub/compose.yaml\n" + svc(""));
            assertThat(c.f("compose.yaml").service("db").mounts().get(0).source()).endsWith("sub/init");
        }

        @Test
        void includedProjectUsesItsOwnDotEnvUnderTheParentEnvironment() {
            c.file("sub/.env", "TAG=16\nONLY_SUB=sub\n")
                    .file("sub/compose.yaml", "services:\n  db:\n    image: postgres:${TAG}\n    environment: {X: '${ONLY_SUB}'}\n")
                    .file("compose.yaml", "include: [sub/compose.yaml]\n" + svc("")).env("TAG", "17");
            Service db = c.f("compose.yaml").service("db");
            assertThat(db.image().value()).isEqualTo("postgres:17");
            assertThat(db.env("X")).isEqualTo("sub");
        }

        @Test
        void cycleIsAnError() {
            c.file("a.yaml", "include: [b.yaml]\n" + svc("")).file("b.yaml", "include: [a.yaml]\nservices: {}\n");
            c.f("a.yaml").load();
            assertThat(c.errorMessages()).anyMatch(m -> m.startsWith("include cycle detected"));
        }

        @Test
        void cycleMessageHasComposesWordingAndHidesNeitherProject() {
            c.file("one/compose.yaml", "include: [../two/compose.yaml]\n" + svc(""))
                    .file("two/compose.yaml", "include: [../one/compose.yaml]\nservices:\n  db:\n    image: db:1\n");
            c.path(".").load();
            String one = c.root().resolve("one/compose.yaml").toString();
            String two = c.root().resolve("two/compose.yaml").toString();
            assertThat(c.errorMessages()).contains("include cycle detected:\n" + one + "\n include " + two
                    + "\n include " + one);
            assertThat(c.workspace().projects()).extracting(Project::name).containsExactlyInAnyOrder("one", "two");
        }

        @Test
        void nonMappingFileIsAnError() {
            c.file("list.yaml", "- a\n- b\n").file("compose.yaml", "include: [list.yaml]\n" + svc(""));
            Project p = c.path(".").project();
            assertThat(p.services()).containsOnlyKeys("web");
            assertThat(c.errorMessages()).anyMatch(m -> m.endsWith("list.yaml: top-level object must be a mapping"));
        }

        @Test
        void absolutePathOutsideTheWorkspaceIsNotRead() {
            Path outside = c.root().resolveSibling("elsewhere").resolve("compose.yaml");
            c.file("compose.yaml", "include: ['" + outside + "']\n" + svc(""))
                    .file("../elsewhere/compose.yaml", "services:\n  db:\n    image: db:1\n");
            Project p = c.path(".").project();
            assertThat(p.services()).containsOnlyKeys("web");
            assertThat(c.workspace().diagnostics()).anyMatch(f -> f.severity() == dev.composelint.core.Severity.INFO
                    && f.message().equals(outside + " is outside the workspace root; not read; allow it with"
                    + " --allow-outside") && f.source().line() == 1);
        }

        @Test
        void allowOutsideOptsIn() {
            Path outside = c.root().resolveSibling("elsewhere");
            c.file("compose.yaml", "include: ['" + outside.resolve("compose.yaml") + "']\n" + svc(""))
                    .file("../elsewhere/compose.yaml", "services:\n  db:\n    image: db:1\n");
            c.allowOutside(outside);
            assertThat(c.path(".").project().services()).containsOnlyKeys("db", "web");
        }

        @Test
        void includingFileWinsOnClash() {
            c.file("sub.yaml", "services:\n  web:\n    image: from-include:1\n")
                    .file("compose.yaml", "include: [sub.yaml]\n" + svc(""));
            assertThat(c.f("compose.yaml").service("web").image().value()).isEqualTo("nginx:1.27");
        }

        @Test
        void includedFileIsNotAProjectOfItsOwn() {
            c.file("compose.yaml", "include: [docker-compose.db.yml]\n" + svc(""))
                    .file("docker-compose.db.yml", "services:\n  db:\n    image: postgres:16\n");
            assertThat(c.path(".").load().projects()).hasSize(1);
        }
    }

    @Nested
    class Profiles {
        @Test
        void withoutProfilesOnlyUnprofiledServicesAreEnabled() {
            c.file("compose.yaml", svc("") + "  debug:\n    image: busybox:1.36\n    profiles: [debug]\n");
            Project p = c.f("compose.yaml").project();
            assertThat(p.services().get("web").enabled()).isTrue();
            assertThat(p.services().get("debug").enabled()).isFalse();
            assertThat(p.services().get("debug").profiles()).containsExactly("debug");
        }

        @Test
        void activeProfileEnables() {
            c.file("compose.yaml", svc("") + "  debug:\n    image: busybox:1.36\n    profiles: [debug]\n");
            assertThat(c.f("compose.yaml").profiles("debug").service("debug").enabled()).isTrue();
        }

        @Test
        void composeProfilesFromDotEnv() {
            c.file("compose.yaml", svc("") + "  debug:\n    image: busybox:1.36\n    profiles: [debug]\n")
                    .file(".env", "COMPOSE_PROFILES=debug\n");
            assertThat(c.f("compose.yaml").service("debug").enabled()).isTrue();
        }

        @Test
        void starEnablesEverything() {
            c.file("compose.yaml", svc("") + "  debug:\n    image: busybox:1.36\n    profiles: [debug]\n");
            assertThat(c.f("compose.yaml").profiles("*").service("debug").enabled()).isTrue();
        }
    }

    @Nested
    class Yaml {
        @Test
        void restartNoStaysAString() {
            c.file("compose.yaml", svc("restart: no\nenvironment:\n  FLAG: no\n  ON: on\n  YES: yes"));
            Service s = c.f("compose.yaml").service("web");
            assertThat(s.env("FLAG")).isEqualTo("no");
            assertThat(s.env("ON")).isEqualTo("on");
            assertThat(s.env("YES")).isEqualTo("yes");
        }

        @Test
        void numbersBecomeGoText() {
            c.file("compose.yaml", svc("environment:\n  A: 1.0\n  B: 1_000\n  C: 0x1F\n  D: 1e8\n  E: true"));
            Service s = c.f("compose.yaml").service("web");
            assertThat(s.env("A")).isEqualTo("1");
            assertThat(s.env("B")).isEqualTo("1000");
            assertThat(s.env("C")).isEqualTo("31");
            assertThat(s.env("D")).isEqualTo("1e+08");
            assertThat(s.env("E")).isEqualTo("true");
        }

        @Test
        void anchorsAndMergeKeys() {
            c.file("compose.yaml", "x-common: &common\n  image: app:1\n  environment:\n    A: '1'\n"
                    + "services:\n  a:\n    <<: *common\n  b:\n    <<: *common\n    image: app:2\n");
            Project p = c.f("compose.yaml").project();
            assertThat(p.services().get("a").image().value()).isEqualTo("app:1");
            assertThat(p.services().get("b").image().value()).isEqualTo("app:2");
            assertThat(p.services().get("b").env("A")).isEqualTo("1");
        }

        @Test
        void duplicateKeysAreLocatedErrors() {
            c.file("compose.yaml", "services:\n  web:\n    image: a:1\n    image: b:1\n");
            c.f("compose.yaml").load();
            assertThat(c.errors()).anySatisfy(f -> {
                assertThat(f.ruleId()).isEqualTo("yaml");
                assertThat(f.source().line()).isEqualTo(4);
                assertThat(f.message()).contains("already defined at line 3");
            });
        }

        @Test
        void syntaxErrorIsLocatedAndOtherProjectsStillLoad() {
            c.file("bad/compose.yaml", "services:\n  web:\n    image: [unclosed\n")
                    .file("good/compose.yaml", svc(""));
            var ws = c.path(".").load();
            assertThat(ws.projects()).extracting(Project::name).containsExactly("good");
            assertThat(c.errors()).anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("yaml"));
        }

        @Test
        void emptyFileIsAnError() {
            c.file("compose.yaml", "# nothing here\n");
            c.f("compose.yaml").load();
            assertThat(c.errorMessages()).contains("empty compose file");
        }

        @Test
        void legacyV1FormatGetsOneClearError() {
            c.file("docker-compose.yml", "web:\n  image: nginx:1.27\n  ports: ['80:80']\n");
            c.f("docker-compose.yml").load();
            assertThat(c.errors()).hasSize(1);
            assertThat(c.errorMessages().get(0)).contains("legacy Compose v1 format");
        }

        @Test
        void topLevelMustBeAMapping() {
            c.file("compose.yaml", "- a\n- b\n");
            c.f("compose.yaml").load();
            assertThat(c.errorMessages()).contains("top-level object must be a mapping");
        }
    }

    @Nested
    class Ports {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', nullValues = "-", value = {
                "'80'|-|-|80|tcp", "'8080:80'|-|8080|80|tcp", "'127.0.0.1:8080:80'|127.0.0.1|8080|80|tcp",
                "'127.0.0.1::80'|127.0.0.1|-|80|tcp", "'\"[::1]:8080:80\"'|::1|8080|80|tcp",
                "'::1:8080:80'|::1|8080|80|tcp", "'53:53/udp'|-|53|53|udp", "'53:53/UDP'|-|53|53|udp",
                "'8000-8010:80'|-|8000-8010|80|tcp", "80|-|-|80|tcp", "'9000:9000/sctp'|-|9000|9000|sctp"})
        void shortForms(String spec, String ip, String published, String target, String protocol) {
            c.file("compose.yaml", svc("ports:\n  - " + spec));
            PortMapping p = c.f("compose.yaml").service("web").ports().get(0);
            assertThat(p.hostIp() == null ? null : p.hostIp().text()).isEqualTo(ip);
            assertThat(p.published() == null ? null : p.published().toString()).isEqualTo(published);
            assertThat(p.target().toString()).isEqualTo(target);
            assertThat(p.protocol()).isEqualTo(protocol);
            assertThat(p.mode()).isEqualTo("ingress");
        }

        @Test
        void rangesExpandPairwise() {
            c.file("compose.yaml", svc("ports: ['8000-8002:9000-9002']"));
            List<PortMapping> ports = c.f("compose.yaml").service("web").ports();
            assertThat(ports).extracting(p -> p.published().start() + ">" + p.target().start())
                    .containsExactlyInAnyOrder("8000>9000", "8001>9001", "8002>9002");
        }

        @Test
        void longForm() {
            c.file("compose.yaml", svc("ports:\n  - target: 80\n    published: '8080'\n    host_ip: 127.0.0.1\n"
                    + "    protocol: udp\n    mode: host"));
            PortMapping p = c.f("compose.yaml").service("web").ports().get(0);
            assertThat(p.target()).isEqualTo(PortRange.single(80));
            assertThat(p.published()).isEqualTo(PortRange.single(8080));
            assertThat(p.hostIp()).isEqualTo(IpAddress.parse("127.0.0.1"));
            assertThat(p.protocol()).isEqualTo("udp");
            assertThat(p.mode()).isEqualTo("host");
        }

        @Test
        void badPortIsALocatedError() {
            c.file("compose.yaml", svc("ports: ['80:abc']"));
            c.f("compose.yaml").load();
            assertThat(c.errors()).anySatisfy(f -> assertThat(f.message()).contains("invalid containerPort: abc"));
        }
    }

    @Nested
    class Volumes {
        @Test
        void namedBindAnonymousAndOptions() {
            c.file("compose.yaml", svc("volumes:\n  - data:/var/lib/data\n  - ./conf:/etc/conf:ro\n  - /cache\n"
                    + "  - ../shared:/shared:rw,z\n  - /abs/path:/abs") + "volumes:\n  data: {}\n");
            List<Mount> m = c.f("compose.yaml").service("web").mounts();
            assertThat(m.get(0).type()).isEqualTo(MountType.VOLUME);
            assertThat(m.get(0).source()).isEqualTo("data");
            assertThat(m.get(1).type()).isEqualTo(MountType.BIND);
            assertThat(m.get(1).source()).isEqualTo(tmp.resolve("My App/conf").toString());
            assertThat(m.get(1).readOnly()).isTrue();
            assertThat(m.get(1).rawSource()).isEqualTo("./conf");
            assertThat(m.get(2).type()).isEqualTo(MountType.VOLUME);
            assertThat(m.get(2).source()).isNull();
            assertThat(m.get(3).source()).isEqualTo(tmp.resolve("shared").toString());
            assertThat(m.get(3).readOnly()).isFalse();
            assertThat(m.get(4).source()).isEqualTo("/abs/path");
        }

        @Test
        void homeIsExpanded() {
            c.file("compose.yaml", svc("volumes: ['~/data:/data']")).env("HOME", "/home/tester");
            assertThat(c.f("compose.yaml").service("web").mounts().get(0).source()).isEqualTo("/home/tester/data");
        }

        @Test
        void targetsAreCleaned() {
            c.file("compose.yaml", svc("volumes: ['./a:/data/']"));
            assertThat(c.f("compose.yaml").service("web").mounts().get(0).target()).isEqualTo("/data");
        }

        @Test
        void longFormBindDefaultsCreateHostPath() {
            c.file("compose.yaml", svc("volumes:\n  - type: bind\n    source: ./x\n    target: /x\n    bind: {}"));
            Mount m = c.f("compose.yaml").service("web").mounts().get(0);
            assertThat(m.createHostPath()).isTrue();
            assertThat(m.longSyntax()).isTrue();
        }

        @Test
        void longFormCreateHostPathFalse() {
            c.file("compose.yaml", svc("volumes:\n  - type: bind\n    source: ./x\n    target: /x\n"
                    + "    bind:\n      create_host_path: false"));
            assertThat(c.f("compose.yaml").service("web").mounts().get(0).createHostPath()).isFalse();
        }

        @Test
        void tmpfsMounts() {
            c.file("compose.yaml", svc("tmpfs: [/run]\nvolumes:\n  - type: tmpfs\n    target: /tmp"));
            assertThat(c.f("compose.yaml").service("web").mounts()).extracting(Mount::type, Mount::target)
                    .contains(org.assertj.core.groups.Tuple.tuple(MountType.TMPFS, "/run"),
                            org.assertj.core.groups.Tuple.tuple(MountType.TMPFS, "/tmp"));
        }

        @Test
        void badSpecIsAnError() {
            c.file("compose.yaml", svc("volumes: ['data::/x']"));
            c.f("compose.yaml").load();
            assertThat(c.errorMessages()).anyMatch(m -> m.contains("empty section between colons"));
        }
    }

    @Nested
    class Services {
        @Test
        void implicitDependencies() {
            c.file("compose.yaml", "services:\n  db:\n    image: postgres:16\n  data:\n    image: busybox:1\n"
                    + "  vpn:\n    image: wireguard:1\n  web:\n    image: app:1\n    links: ['db:database']\n"
                    + "    volumes_from: [data]\n    network_mode: service:vpn\n");
            Service s = c.f("compose.yaml").service("web");
            assertThat(s.dependsOn().get("db").kind()).isEqualTo(Dependency.Kind.LINKS);
            assertThat(s.dependsOn().get("data").kind()).isEqualTo(Dependency.Kind.VOLUMES_FROM);
            assertThat(s.dependsOn().get("vpn").kind()).isEqualTo(Dependency.Kind.NETWORK_MODE);
            assertThat(s.networks()).isEmpty();
        }

        @Test
        void dependsOnLongForm() {
            c.file("compose.yaml", svc("depends_on:\n  db:\n    condition: service_healthy\n    required: false")
                    + "  db:\n    image: postgres:16\n");
            Dependency d = c.f("compose.yaml").service("web").dependsOn().get("db");
            assertThat(d.condition()).isEqualTo("service_healthy");
            assertThat(d.required()).isFalse();
        }

        @Test
        void healthcheckStringBecomesCmdShell() {
            c.file("compose.yaml", svc("healthcheck:\n  test: curl -f http://localhost\n  retries: '3'"));
            assertThat(c.f("compose.yaml").service("web").healthcheck().test())
                    .containsExactly("CMD-SHELL", "curl -f http://localhost");
        }

        @Test
        void replicasFromDeployAndScale() {
            c.file("compose.yaml", svc("deploy:\n  replicas: '3'") + "  w:\n    image: x:1\n    scale: 2\n");
            Project p = c.f("compose.yaml").project();
            assertThat(p.services().get("web").replicas().value()).isEqualTo(3);
            assertThat(p.services().get("w").replicas().value()).isEqualTo(2);
        }

        @Test
        void environmentListFormAndLookup() {
            c.file("compose.yaml", svc("environment:\n  - A=1\n  - B\n  - C")).env("B", "fromshell");
            Service s = c.f("compose.yaml").service("web");
            assertThat(s.env("A")).isEqualTo("1");
            assertThat(s.env("B")).isEqualTo("fromshell");
            assertThat(s.environment().get("C").value()).isNull();
        }

        @Test
        void secretsDefaultTarget() {
            c.file("compose.yaml", svc("secrets: [token]") + "secrets:\n  token:\n    file: ./token.txt\n");
            Project p = c.f("compose.yaml").project();
            assertThat(p.services().get("web").secrets().get(0).target()).isEqualTo("/run/secrets/token");
            assertThat(p.secrets().get("token").file()).isEqualTo(tmp.resolve("My App/token.txt"));
        }

        @Test
        void elementsCarryTheirPositions() {
            c.file("compose.yaml", svc("ports:\n  - '80:80'\nvolumes:\n  - ./a:/a"));
            Service s = c.f("compose.yaml").service("web");
            assertThat(s.source().line()).isEqualTo(2);
            assertThat(s.image().keySource().line()).isEqualTo(3);
            assertThat(s.image().source().column()).isEqualTo(12);
            assertThat(s.ports().get(0).source().line()).isEqualTo(5);
            assertThat(s.mounts().get(0).location().line()).isEqualTo(7);
        }

        @Test
        void wrongTypesDoNotStopTheRest() {
            c.file("compose.yaml", svc("ports: 80\nenvironment:\n  A: '1'"));
            Service s = c.f("compose.yaml").service("web");
            assertThat(s.ports()).isEmpty();
            assertThat(s.env("A")).isEqualTo("1");
            assertThat(c.errors()).anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("schema"));
        }
    }

    @Nested
    class Discovery {
        @Test
        void completeSecondFileIsASecondProjectWithTheSameName() {
            c.file("docker-compose.yml", svc("")).file("docker-compose.monitoring.yml",
                    "services:\n  prometheus:\n    image: prom/prometheus:v2.53.0\n");
            var ws = c.path(".").load();
            assertThat(ws.projects()).hasSize(2).allSatisfy(p -> assertThat(p.name()).isEqualTo("myapp"));
        }

        @Test
        void fragmentIsLoadedOnTopOfTheDefaultProject() {
            c.file("docker-compose.yml", svc("")).file("docker-compose.prod.yml",
                    "services:\n  web:\n    environment:\n      MODE: prod\n");
            var ws = c.path(".").load();
            assertThat(ws.projects()).hasSize(2);
            assertThat(ws.projects().get(0).services().get("web").env("MODE")).isNull();
            assertThat(ws.projects().get(1).files()).extracting(f -> f.path().getFileName().toString())
                    .containsExactly("docker-compose.yml", "docker-compose.prod.yml");
            assertThat(ws.projects().get(1).services().get("web").env("MODE")).isEqualTo("prod");
        }

        @Test
        void overlayThatNeedsTheDefaultServicesIsLoadedOnTopOfThem() {
            c.file("docker-compose.yml", svc("")).file("docker-compose-ui.yml",
                    "services:\n  ui:\n    image: ui:1\n    depends_on: [web]\n");
            var ws = c.path(".").load();
            assertThat(ws.projects()).hasSize(2);
            assertThat(ws.projects().get(1).services()).containsOnlyKeys("web", "ui");
        }

        @Test
        void overlayNeedingAnotherOverlayIsLoadedWithIt() {
            c.file("compose.yaml", svc("")).file("compose.observability.yaml",
                    "services:\n  collector:\n    image: otel/opentelemetry-collector:0.110.0\n"
                            + "    depends_on: [web]\n")
                    .file("compose.agent.yaml", "services:\n  agent:\n    image: agent:1\n"
                            + "    depends_on: [web, collector]\n");
            var ws = c.path(".").load();
            assertThat(ws.projects()).anySatisfy(p -> assertThat(p.files()).extracting(f -> f.path().getFileName()
                    .toString()).containsExactly("compose.yaml", "compose.observability.yaml", "compose.agent.yaml"));
        }

        @Test
        void composeFileInDotEnvSelectsFiles() {
            c.file("base.yml", svc("")).file("extra.yml", "services:\n  web:\n    environment: {X: '1'}\n")
                    .file("docker-compose.yml", "services:\n  other:\n    image: x:1\n")
                    .file(".env", "COMPOSE_FILE=base.yml:extra.yml\n");
            var ws = c.path(".").load();
            assertThat(ws.projects()).anySatisfy(p -> assertThat(p.services().get("web").env("X")).isEqualTo("1"));
        }

        @Test
        void nestedDirectoriesAreSeparateProjects() {
            c.file("a/compose.yaml", svc("")).file("b/docker-compose.yaml", svc(""));
            assertThat(c.path(".").load().projects()).extracting(Project::name).containsExactly("a", "b");
        }

        @Test
        void missingPathIsAnIoError() {
            c.path("nope").load();
            assertThat(c.errors()).anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("io"));
        }
    }

    /**
     * Values the user supplies at deploy time (issue 12): a required variable without a value, or an unset one, is
     * known to be unknown; the project still loads and nothing is judged on those values.
     */
    @Nested
    class DeployTimeValues {
        @Test
        void requiredVariableMissingIsAnInfoAndTheProjectLoads() {
            c.file("compose.yaml", "services:\n  web:\n    image: app:${TAG:?set the TAG}\n    environment:\n"
                    + "      A: ${TAG:?}\n");
            Project p = c.f("compose.yaml").project();
            assertThat(c.errors()).isEmpty();
            assertThat(c.diagnostics(Severity.INFO)).singleElement().satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("interpolation");
                assertThat(f.message()).startsWith("needs TAG at deploy time").contains("\"set the TAG\"");
                assertThat(f.source().line()).isEqualTo(3);
                assertThat(f.related()).singleElement().satisfies(r -> assertThat(r.source().line()).isEqualTo(5));
            });
            Service web = p.services().get("web");
            assertThat(web.image().value()).isEqualTo("app:");
            assertThat(p.unknownVariables(web.image().source())).containsExactly("TAG");
            assertThat(p.isUnknown(web.environment().get("A").valueSource())).isTrue();
        }

        @Test
        void requiredVariableMissingFromANamedEnvFileIsAnError() {
            c.file("compose.yaml", "services:\n  web:\n    image: app:${TAG:?}\n").file("prod.env", "OTHER=1\n");
            c.f("compose.yaml").envFile("prod.env").load();
            assertThat(c.errorMessages()).singleElement().asString()
                    .contains("required variable TAG is missing a value");
        }

        @Test
        void aReasonThatInterpolatesAVariableIsNotPrinted() {
            c.file("compose.yaml", "services:\n  web:\n    image: app:${TAG:?$HINT}\n").env("HINT", "s3cr3t-value");
            c.f("compose.yaml").load();
            assertThat(c.diagnostics(Severity.INFO)).singleElement()
                    .satisfies(f -> assertThat(f.message()).doesNotContain("s3cr3t-value"));
        }

        @Test
        void aLoadErrorCausedByAnUnsetVariableNamesItAndIsAnInfo() {
            c.file("compose.yaml", svc("volumes:\n  - ${NGINX_CONF_DIR}:/etc/nginx/conf.d:ro"));
            c.f("compose.yaml").load();
            assertThat(c.errors()).isEmpty();
            assertThat(c.diagnostics(Severity.INFO)).singleElement().satisfies(f -> assertThat(f.message())
                    .isEqualTo("invalid spec: :/etc/nginx/conf.d:ro: empty section between colons"
                            + " (NGINX_CONF_DIR is unset)"));
        }

        @Test
        void withStrictEnvTheLoadErrorStaysAnError() {
            c.file("compose.yaml", svc("volumes:\n  - ${NGINX_CONF_DIR}:/etc/nginx/conf.d:ro"));
            c.f("compose.yaml").strictEnv().load();
            assertThat(c.errorMessages()).singleElement().asString().endsWith("(NGINX_CONF_DIR is unset)");
        }

        @Test
        void unsetValuesStayEmptyForLoadingAndAreMarkedUnknown() {
            c.file("compose.yaml", "services:\n  web:\n    image: ${REGISTRY}/app\n    ports: ['${PORT}:80', '8080:81']\n"
                    + "    volumes: ['${DATA}/x:/x', './conf:/conf']\n    environment:\n      URL: http://${HOST:-api}\n");
            Project p = c.f("compose.yaml").project();
            Service web = p.services().get("web");
            assertThat(web.image().value()).isEqualTo("/app");
            assertThat(p.isUnknown(web.image().source())).isTrue();
            assertThat(web.ports()).extracting(port -> p.isUnknown(port.source())).containsExactly(true, false);
            assertThat(web.mounts()).extracting(m -> p.isUnknown(m.location())).containsExactly(true, false);
            assertThat(p.isUnknown(web.environment().get("URL").valueSource())).isFalse();
            assertThat(p.unsetVariables()).containsOnlyKeys("REGISTRY", "PORT", "DATA");
        }

        @Test
        void aLongFormElementIsUnknownWhenAnyOfItsFieldsIs() {
            c.file("compose.yaml", svc("volumes:\n  - type: bind\n    source: ${SRC}/data\n    target: /data"));
            Project p = c.f("compose.yaml").project();
            Mount mount = p.services().get("web").mounts().get(0);
            assertThat(p.unknownVariables(mount.location())).containsExactly("SRC");
        }

        @Test
        void anEmptyImageIsNoImageAndNamesItsVariable() {
            c.file("compose.yaml", "services:\n  web:\n    image: ${IMAGE}\n");
            c.f("compose.yaml").load();
            assertThat(c.diagnostics(Severity.INFO)).singleElement().satisfies(f -> {
                assertThat(f.message()).isEqualTo("service \"web\" has neither an image nor a build context"
                        + " specified: invalid compose project (IMAGE is unset)");
                assertThat(f.source().line()).isEqualTo(3);
            });
            c.file("compose.yaml", "services:\n  web:\n    image: ''\n");
            assertThat(new ConformanceSupport(tmp.resolve("My App")).f("compose.yaml").errorMessages())
                    .containsExactly("service \"web\" has neither an image nor a build context specified: invalid"
                            + " compose project");
        }

        @Test
        void aMissingEnvFileUsersCreateFromATemplateIsAnInfo() {
            c.file("compose.yaml", svc("env_file: .env")).file(".env.example", "A=1\n");
            c.f("compose.yaml").load();
            assertThat(c.errors()).isEmpty();
            assertThat(c.diagnostics(Severity.INFO)).extracting(Finding::message)
                    .anySatisfy(m -> assertThat(m).startsWith("env file ").endsWith("not found: stat "
                            + tmp.resolve("My App/.env") + ": no such file or directory; users create it (from"
                            + " .env.example), so it is needed at deploy time"));
        }

        @Test
        void aMissingEnvFileNobodyCreatesIsAnError() {
            c.file("compose.yaml", svc("env_file: app.env"));
            c.f("compose.yaml").load();
            assertThat(c.errorMessages()).singleElement().asString().startsWith("env file ")
                    .endsWith("app.env: no such file or directory");
        }

        @Test
        void envTemplateStandsInForAMissingDotEnv() {
            c.file("compose.yaml", svc("environment:\n  T: ${TOKEN:?}")).file(".env.example",
                    "# copy to .env\nTOKEN=example-token\n");
            Project p = c.f("compose.yaml").project();
            assertThat(p.services().get("web").env("T")).isEqualTo("example-token");
            assertThat(c.workspace().diagnostics()).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.message()).isEqualTo("no .env; values taken from .env.example as stand-ins for what"
                        + " users put in .env");
                assertThat(f.source().file().getFileName()).hasToString(".env.example");
                assertThat(f.source().line()).isEqualTo(2);
            });
        }

        @Test
        void envTemplatesAreTriedInOrderAndInAncestorsInsideTheWorkspace() {
            c.file("deploy/compose.yaml", svc("environment:\n  T: ${TOKEN}"))
                    .file("env.example", "TOKEN=from-env-example\n").file(".env.sample", "TOKEN=from-sample\n");
            assertThat(c.f("deploy/compose.yaml").service("web").env("T")).isEqualTo("from-sample");
        }

        @Test
        void aTemplatesProfilesDoNotNarrowTheAnalysis() {
            c.file("compose.yaml", svc("") + "  debug:\n    image: busybox:1\n    profiles: [debug]\n")
                    .file(".env.example", "COMPOSE_PROFILES=prod\nCOMPOSE_PROJECT_NAME=fromtemplate\n");
            Project p = c.f("compose.yaml").project();
            assertThat(p.activeProfiles()).isEmpty();
            assertThat(p.name()).isEqualTo("fromtemplate");
        }

        @Test
        void noEnvTemplateOutsideTheWorkspaceRoot() throws Exception {
            java.nio.file.Files.writeString(tmp.resolve(".env.example"), "TOKEN=outside\n");
            c.file("compose.yaml", svc("environment:\n  T: ${TOKEN}"));
            assertThat(c.f("compose.yaml").service("web").env("T")).isEmpty();
        }

        @Test
        void aDotEnvOrANamedEnvFileWinsOverTheTemplate() {
            c.file("compose.yaml", svc("environment:\n  T: ${TOKEN}")).file(".env.example", "TOKEN=template\n")
                    .file("prod.env", "TOKEN=prod\n");
            assertThat(c.f("compose.yaml").envFile("prod.env").service("web").env("T")).isEqualTo("prod");
            assertThat(c.workspace().diagnostics()).isEmpty();
            c.file(".env", "TOKEN=dotenv\n");
            ConformanceSupport again = new ConformanceSupport(tmp.resolve("My App"));
            assertThat(again.f("compose.yaml").service("web").env("T")).isEqualTo("dotenv");
            assertThat(again.workspace().diagnostics()).isEmpty();
        }
    }

    /** Corners where composelint disagreed with Compose (issue 12, item 6). */
    @Nested
    class ComposeCorners {
        @Test
        void predefinedNetworksAreExternalNetworksThatAlwaysExist() {
            c.file("compose.yaml", svc("networks: [h]") + "networks:\n  h:\n    name: host\n    external: true\n");
            Project p = c.f("compose.yaml").project();
            assertThat(p.networks().get("h").name()).isEqualTo("host");
            assertThat(Topology.PREDEFINED_NETWORKS).containsExactlyInAnyOrder("host", "bridge", "none");
            assertThat(Topology.isPredefined(p.networks().get("h").name())).isTrue();
        }

        @Test
        void resourceNamesAreComparedAfterInterpolation() {
            c.file("compose.yaml", svc("networks: [n]") + "networks:\n  n:\n    name: ${NET:-foo}\n"
                    + "    external: true\nvolumes:\n  v:\n    name: ${VOL-bar}\n");
            Project p = c.f("compose.yaml").project();
            assertThat(p.networks().get("n").name()).isEqualTo("foo");
            assertThat(p.volumes().get("v").name()).isEqualTo("bar");
            assertThat(p.isUnknown(p.networks().get("n").nameSource())).isFalse();
        }

        @Test
        void aNameThatInterpolatesToEmptyFallsBackToTheKeyAndIsUnknown() {
            c.file("compose.yaml", svc("networks: [n]") + "networks:\n  n:\n    name: ${NET}\n    external: true\n");
            Project p = c.f("compose.yaml").project();
            assertThat(p.networks().get("n").name()).isEqualTo("n");
            assertThat(p.unknownVariables(p.networks().get("n").nameSource())).containsExactly("NET");
        }

        @Test
        void extendsFromABaseWithAnEmptyBodyInAnotherFile() {
            c.file("base.yaml", "services:\n  empty:\n  braces: {}\n")
                    .file("compose.yaml", "services:\n  web:\n    image: app:1\n    extends:\n      file: base.yaml\n"
                            + "      service: empty\n  api:\n    image: app:2\n    extends:\n      file: base.yaml\n"
                            + "      service: braces\n");
            Project p = c.f("compose.yaml").project();
            assertThat(c.errors()).isEmpty();
            assertThat(p.services().get("web").image().value()).isEqualTo("app:1");
            assertThat(p.services().get("api").image().value()).isEqualTo("app:2");
        }

        @Test
        void extendsFromAnEmptyBaseInTheSameFileIsNotMissing() {
            c.file("compose.yaml", "services:\n  base: {}\n  web:\n    extends: base\n    image: app:1\n");
            c.f("compose.yaml").load();
            // Compose refuses the empty base itself (no image), never the extends.
            assertThat(c.errorMessages()).containsExactly("service \"base\" has neither an image nor a build"
                    + " context specified: invalid compose project");
        }

        @Test
        void aProjectNameThatInterpolatesToEmptyNamesTheVariable() {
            c.file("compose.yaml", "name: ${STACK}\n" + svc(""));
            c.f("compose.yaml").load();
            assertThat(c.diagnostics(Severity.INFO)).extracting(Finding::message)
                    .contains("project name must not be empty (STACK is unset)");
        }
    }
}
