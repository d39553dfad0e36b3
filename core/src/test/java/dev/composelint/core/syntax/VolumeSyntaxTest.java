package dev.composelint.core.syntax;

import dev.composelint.core.model.Mount;
import dev.composelint.core.model.MountType;
import dev.composelint.core.yaml.YNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.composelint.core.syntax.YTrees.m;
import static org.assertj.core.api.Assertions.assertThat;

class VolumeSyntaxTest {

    private static final Path PROJECT = Path.of("/project");
    private static final String HOME = "/home/me";

    private final YTrees trees = new YTrees();

    private VolumeSyntax.Parsed parse(Object value) {
        return VolumeSyntax.parse(trees.node(value), PROJECT, HOME);
    }

    /** Renders a mount as {@code type|source|rawSource|target|ro|createHostPath} ({@code -} for null). */
    private static String render(VolumeSyntax.Parsed parsed) {
        if (parsed.failed()) return "error: " + parsed.error();
        Mount mount = parsed.mount();
        return mount.type().id() + "|" + dash(mount.source()) + "|" + dash(mount.rawSource()) + "|"
                + dash(mount.target()) + "|" + (mount.readOnly() ? "ro" : "rw") + "|" + dash(mount.createHostPath());
    }

    private static String dash(Object value) {
        return value == null ? "-" : value.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "data:/var/lib/data               # volume|data|data|/var/lib/data|rw|-",
            "data:/var/lib/data:ro            # volume|data|data|/var/lib/data|ro|-",
            "data:/data:nocopy                # volume|data|data|/data|rw|-",
            "data/sub:/x                      # volume|data/sub|data/sub|/x|rw|-",
            "./config:/etc/app                # bind|/project/config|./config|/etc/app|rw|true",
            "./config:/etc/app:ro             # bind|/project/config|./config|/etc/app|ro|true",
            ".:/src                           # bind|/project|.|/src|rw|true",
            "../shared:/shared                # bind|/shared|../shared|/shared|rw|true",
            "./a/../b/./c:/c                  # bind|/project/b/c|./a/../b/./c|/c|rw|true",
            "/var/run/docker.sock:/var/run/docker.sock:ro # bind|/var/run/docker.sock|/var/run/docker.sock|/var/run/docker.sock|ro|true",
            "/srv//www/:/www/                 # bind|/srv/www|/srv//www/|/www|rw|true",
            "~/.ssh:/root/.ssh:ro             # bind|/home/me/.ssh|~/.ssh|/root/.ssh|ro|true",
            "~:/home                          # bind|/home/me|~|/home|rw|true",
            "./src:/app:z                     # bind|/project/src|./src|/app|rw|true",
            "./src:/app:ro,Z                  # bind|/project/src|./src|/app|ro|true",
            "./src:/app:rshared               # bind|/project/src|./src|/app|rw|true",
            "./src:/app:ro,rw                 # bind|/project/src|./src|/app|rw|true",
            "./src:/app:bogus                 # bind|/project/src|./src|/app|rw|true",
            "/data                            # volume|-|-|/data|rw|-",
            "/data/                           # volume|-|-|/data|rw|-",
            "/a                               # volume|-|-|/a|rw|-",
            "ab                               # volume|-|-|ab|rw|-",
            "${DATA_DIR}:/data                # volume|${DATA_DIR}|${DATA_DIR}|/data|rw|-",
            "./${SUB:-x}:/data                # bind|/project/${SUB:-x}|./${SUB:-x}|/data|rw|true",
            "data:${TARGET:-/a:b}             # volume|data|data|${TARGET:-/a:b}|rw|-",
            "C:\\data:/data                   # bind|C:\\data|C:\\data|/data|rw|true",
            "data::/x                         # error: invalid spec: data::/x: empty section between colons",
            ":/x                              # error: invalid spec: :/x: empty section between colons",
            "data:/x:                         # error: invalid spec: data:/x:: empty section between colons",
            "data:                            # error: invalid spec: data:: empty section between colons",
            "data:/x:ro:extra                 # error: invalid spec: data:/x:ro:extra: too many colons",
    })
    void shortSyntax(String spec, String expected) {
        assertThat(render(parse(spec))).isEqualTo(expected);
    }

    @Test
    void emptySpecIsAnError() {
        assertThat(parse("").error()).isEqualTo("invalid empty volume spec");
    }

    @Test
    void shortSyntaxKeepsTheEntryLocation() {
        YNode entry = trees.node("data:/data");
        Mount mount = VolumeSyntax.parse(entry, PROJECT, HOME).mount();
        assertThat(mount.location()).isEqualTo(entry.source());
        assertThat(mount.longSyntax()).isFalse();
        assertThat(mount.isNamedVolume()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "type=volume,source=data,target=/data/          # volume|data|data|/data|rw|-",
            "type=volume,target=/cache                      # volume|-|-|/cache|rw|-",
            "type=volume,source=data,target=/d,read_only=true # volume|data|data|/d|ro|-",
            "type=bind,source=./conf,target=/etc/conf       # bind|/project/conf|./conf|/etc/conf|rw|true",
            "type=bind,source=~/x,target=/x,read_only=yes   # bind|/home/me/x|~/x|/x|ro|true",
            "type=bind,target=/x                            # error: invalid mount config for type \"bind\": field Source must not be empty",
            "type=bind,source=,target=/x                    # error: invalid mount config for type \"bind\": field Source must not be empty",
            "type=tmpfs,target=/run                         # tmpfs|-|-|/run|rw|-",
            "type=npipe,source=\\\\.\\pipe\\x,target=/p # npipe|\\\\.\\pipe\\x|\\\\.\\pipe\\x|/p|rw|-",
            "type=image,source=alpine:3,target=/img         # image|alpine:3|alpine:3|/img|rw|-",
            "type=cluster,source=grp,target=/c              # cluster|grp|grp|/c|rw|-",
    })
    void longSyntaxWithStrings(String fields, String expected) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String field : fields.split(",")) {
            String[] kv = field.split("=", 2);
            map.put(kv[0], kv[1]);
        }
        assertThat(render(parse(map))).isEqualTo(expected);
    }

    @Test
    void longBindCreateHostPathFromBindMap() {
        assertThat(parse(m("type", "bind", "source", "./a", "target", "/a", "bind", m("create_host_path", false)))
                .mount().createHostPath()).isFalse();
        assertThat(parse(m("type", "bind", "source", "./a", "target", "/a", "bind", m("propagation", "rshared")))
                .mount().createHostPath()).isTrue();
    }

    @Test
    void longSyntaxMountIsMarkedAndLocated() {
        YNode entry = trees.node(m("type", "volume", "source", "data", "target", "/data", "read_only", true));
        Mount mount = VolumeSyntax.parse(entry, PROJECT, HOME).mount();
        assertThat(mount).isEqualTo(new Mount(MountType.VOLUME, "data", "data", "/data", true, null, true,
                entry.source()));
    }

    @Test
    void longSyntaxWithoutKnownTypeIsSkippedSilently() {
        assertThat(parse(m("source", "data", "target", "/data"))).isEqualTo(new VolumeSyntax.Parsed(null, null));
        assertThat(parse(m("type", "Bind", "source", "./a", "target", "/a")))
                .isEqualTo(new VolumeSyntax.Parsed(null, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "/run           # /run",
            "/run/          # /run",
            "/run:size=64k  # /run",
    })
    void tmpfsEntries(String entry, String target) {
        YNode node = trees.node(entry);
        assertThat(VolumeSyntax.tmpfs(node)).isEqualTo(new Mount(MountType.TMPFS, null, null, target, false, null,
                false, node.source()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "/data/        # /data",
            "/a//b/./c/..  # /a/b",
            "/..           # /",
            "a/../../b     # ../b",
            "''            # .",
    })
    void cleanIsGoPathClean(String path, String cleaned) {
        assertThat(HostPaths.clean(path)).isEqualTo(cleaned);
    }

    @Test
    void shellWordsSplitLikeCompose() {
        assertThat(ShellWords.split("sh -c 'echo \"hi there\"' \"a\\\"b\" c\\ d  ")).containsExactly(
                "sh", "-c", "echo \"hi there\"", "a\"b", "c d");
        assertThat(ShellWords.split("")).isEmpty();
        assertThat(ShellWords.split("''")).containsExactly("");
    }
}
