package dev.composelint.rules.robustness;

import dev.composelint.core.engine.Linter;
import dev.composelint.rules.PortConflictRule;
import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * composelint never makes a network connection: no compiled class of core or rules refers to a socket, a URL
 * connection, an HTTP client or a name lookup. The check reads each class file's constant pool.
 */
class NoNetworkApiTest {

    /** Classes whose mere use means networking. */
    private static final List<String> FORBIDDEN_CLASSES = List.of(
            "java/net/Socket", "java/net/ServerSocket", "java/net/DatagramSocket", "java/net/MulticastSocket",
            "java/net/URLConnection", "java/net/HttpURLConnection", "java/net/http/", "javax/net/",
            "java/nio/channels/SocketChannel", "java/nio/channels/ServerSocketChannel",
            "java/nio/channels/DatagramChannel", "java/nio/channels/AsynchronousSocketChannel",
            "java/nio/channels/AsynchronousServerSocketChannel", "jdk/net/");

    /** Methods that open a connection or may ask a name server. */
    private static final List<String> FORBIDDEN_METHODS = List.of(
            "java/net/URL.openConnection", "java/net/URL.openStream", "java/net/URL.getContent",
            "java/net/InetAddress.getByName", "java/net/InetAddress.getAllByName",
            "java/net/InetAddress.getLocalHost", "java/net/InetAddress.getHostName",
            "java/net/InetAddress.getCanonicalHostName");

    /** Known uses, each to be removed with its fix: none left. */
    private static final Map<String, Set<String>> KNOWN = Map.of();

    @Test
    void coreAndRulesReferNoNetworkingApi() throws Exception {
        Map<String, Set<String>> found = new TreeMap<>();
        int classes = 0;
        for (Class<?> anchor : List.of(Linter.class, PortConflictRule.class)) {
            for (Map.Entry<String, byte[]> c : classFiles(location(anchor)).entrySet()) {
                classes++;
                Set<String> uses = networkUses(c.getValue());
                if (!uses.isEmpty()) found.put(c.getKey(), uses);
            }
        }
        assertThat(classes).as("class files scanned").isGreaterThan(50);
        assertThat(found).as("networking APIs referred to").isEqualTo(KNOWN);
    }

    @Test
    void theScanSeesANetworkingClass() throws Exception {
        byte[] own = Files.readAllBytes(location(NoNetworkApiTest.class)
                .resolve(Probe.class.getName().replace('.', '/') + ".class"));
        assertThat(networkUses(own)).containsExactlyInAnyOrder("java/net/Socket", "java/net/URL.openStream");
    }

    /** Refers to what the scan must catch; never called. */
    private static final class Probe {
        @SuppressWarnings("unused")
        void connect() throws IOException {
            try (var socket = new java.net.Socket("localhost", 1); InputStream in = new java.net.URL("http://x").openStream()) {
                socket.close();
            }
        }
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** Class file bytes by path, from a classes directory or a jar. */
    private static Map<String, byte[]> classFiles(Path location) throws IOException {
        Map<String, byte[]> result = new TreeMap<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                    result.put(location.relativize(f).toString(), Files.readAllBytes(f));
                }
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                for (JarEntry e : jar.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
                    try (InputStream in = jar.getInputStream(e)) {
                        result.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return result;
    }

    /** The forbidden classes and methods a class file's constant pool refers to. */
    static Set<String> networkUses(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(classFile));
        in.readInt();
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNameIndex = new int[count];
        List<int[]> methodRefs = new ArrayList<>();
        int[] natNameIndex = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNameIndex[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> in.skipBytes(3);
                case 9, 17, 18 -> in.skipBytes(4);
                case 10, 11 -> methodRefs.add(new int[] {in.readUnsignedShort(), in.readUnsignedShort()});
                case 12 -> {
                    natNameIndex[i] = in.readUnsignedShort();
                    in.readUnsignedShort();
                }
                case 3, 4 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        Set<String> uses = new HashSet<>();
        for (int i = 1; i < count; i++) {
            if (classNameIndex[i] == 0) continue;
            String name = utf8[classNameIndex[i]];
            for (String forbidden : FORBIDDEN_CLASSES) {
                if (forbidden.endsWith("/") ? name.startsWith(forbidden) : name.equals(forbidden)) uses.add(name);
            }
        }
        for (int[] ref : methodRefs) {
            String method = utf8[classNameIndex[ref[0]]] + "." + utf8[natNameIndex[ref[1]]];
            if (FORBIDDEN_METHODS.contains(method)) uses.add(method);
        }
        return uses;
    }
}
