package dev.composelint.core.syntax;

import dev.composelint.core.Source;
import dev.composelint.core.model.PortMapping;
import dev.composelint.core.model.PortRange;
import dev.composelint.core.yaml.YNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.composelint.core.syntax.YTrees.m;
import static org.assertj.core.api.Assertions.assertThat;

class PortSyntaxTest {

    private final YTrees trees = new YTrees();

    /** Renders mappings as {@code hostIp|published|target/proto|mode} joined by {@code ;} ({@code -} for null). */
    private static String render(PortSyntax.Parsed parsed) {
        if (parsed.failed()) return "error: " + parsed.error();
        return parsed.ports().stream()
                .map(p -> dash(p.hostIp()) + "|" + dash(p.published()) + "|" + p.target() + "/" + p.protocol()
                        + "|" + p.mode())
                .collect(Collectors.joining(";"));
    }

    private static String dash(Object value) {
        return value == null ? "-" : value.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "80                           # -|-|80/tcp|ingress",
            "8080:80                      # -|8080|80/tcp|ingress",
            "127.0.0.1:8080:80            # 127.0.0.1|8080|80/tcp|ingress",
            "127.0.0.1::80                # 127.0.0.1|-|80/tcp|ingress",
            "0.0.0.0:8080:80              # 0.0.0.0|8080|80/tcp|ingress",
            "[::1]:8080:80                # ::1|8080|80/tcp|ingress",
            "::1:8080:80                  # ::1|8080|80/tcp|ingress",
            ":::8080:80                   # ::|8080|80/tcp|ingress",
            "[fe80::1%eth0]:80:80         # error: invalid IP address: fe80::1%eth0",
            "8000-8002:9000-9002          # -|8000|9000/tcp|ingress;-|8001|9001/tcp|ingress;-|8002|9002/tcp|ingress",
            "8000-8010:80                 # -|8000-8010|80/tcp|ingress",
            "9000-9002                    # -|-|9000/tcp|ingress;-|-|9001/tcp|ingress;-|-|9002/tcp|ingress",
            "9999-10001:9999-10001        # -|10000|10000/tcp|ingress;-|10001|10001/tcp|ingress;-|9999|9999/tcp|ingress",
            "53:53/udp                    # -|53|53/udp|ingress",
            "53:53/UDP                    # -|53|53/udp|ingress",
            "9:9/sctp                     # -|9|9/sctp|ingress",
            "80/                          # -|-|80/tcp|ingress",
            "80/http                      # error: invalid proto: http",
            "8080:80-81                   # error: invalid ranges specified for container and host Ports: 80-81 and 8080",
            "8080-8082:80-81              # error: invalid ranges specified for container and host Ports: 80-81 and 8080-8082",
            "8080:x                       # error: invalid containerPort: x",
            "x:80                         # error: invalid hostPort: x",
            "8080:70000                   # error: invalid containerPort: 70000",
            "81-80                        # error: invalid containerPort: 81-80",
            "+80                          # error: invalid containerPort: +80",
            "1.2.3:8080:80                # error: invalid IP address: 1.2.3",
            "localhost:8080:80            # error: invalid IP address: localhost",
            "010.0.0.1:8080:80            # error: invalid IP address: 010.0.0.1",
            "[::1:8080:80                 # error: invalid IP address: [::1",
            "8080:                        # error: no port specified: 8080:<empty>",
            "/udp                         # error: no port specified: /udp<empty>",
    })
    void shortSyntax(String spec, String expected) {
        assertThat(render(PortSyntax.parse(trees.node(spec)))).isEqualTo(expected);
    }

    @Test
    void integerEntryIsAContainerPort() {
        YNode entry = trees.node(80);
        PortSyntax.Parsed parsed = PortSyntax.parse(entry);
        assertThat(parsed.ports()).containsExactly(
                new PortMapping(null, null, PortRange.single(80), "tcp", "ingress", null, entry.source()));
    }

    @Test
    void everyMappingOfARangeCarriesTheEntrySource() {
        YNode entry = trees.node("8000-8001:9000-9001");
        assertThat(PortSyntax.parse(entry).ports()).extracting(PortMapping::source)
                .containsExactly(entry.source(), entry.source());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
            "target=80                                     # -|-|80/tcp|ingress",
            "target=80,published=8080                      # -|8080|80/tcp|ingress",
            "target=80,published=8000-8010                 # -|8000-8010|80/tcp|ingress",
            "target=80,host_ip=127.0.0.1,published=8080    # 127.0.0.1|8080|80/tcp|ingress",
            "target=53,protocol=UDP,mode=host              # -|-|53/udp|host",
            "target=x                                      # error: invalid containerPort: x",
            "target=80,published=abc                       # error: invalid hostPort: abc",
            "target=80,host_ip=nope                        # error: invalid ip address: nope",
    })
    void longSyntaxWithStrings(String fields, String expected) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String field : fields.split(",")) {
            String[] kv = field.split("=", 2);
            map.put(kv[0], kv[1]);
        }
        assertThat(render(PortSyntax.parse(trees.node(map)))).isEqualTo(expected);
    }

    @Test
    void longSyntaxWithIntegersAndName() {
        YNode entry = trees.node(m("target", 80, "published", 8080, "name", "web", "app_protocol", "http"));
        assertThat(PortSyntax.parse(entry).ports()).containsExactly(new PortMapping(null, PortRange.single(8080),
                PortRange.single(80), "tcp", "ingress", "web", entry.source()));
    }

    @Test
    void nullEntryGivesNothing() {
        PortSyntax.Parsed parsed = PortSyntax.parse(trees.node(null));
        assertThat(parsed.ports()).isEmpty();
        assertThat(parsed.error()).isNull();
    }

    @Test
    void parseShortKeepsTheGivenSource() {
        Source source = Source.of(YTrees.FILE, 7, 9);
        assertThat(PortSyntax.parseShort("1-2", source).ports()).extracting(PortMapping::source)
                .containsOnly(source);
    }
}
