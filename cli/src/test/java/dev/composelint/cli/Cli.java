package dev.composelint.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link Main#run} in-process and captures what it prints. Rule discovery sees only the fake rules of the
 * test resources, so built-in rules landing later do not change these tests' expectations.
 */
final class Cli {

    private static final String SERVICES = "META-INF/services/dev.composelint.core.rule.Rule";

    private Cli() {
    }

    record Result(int exitCode, String out, String err) {
    }

    static Result run(Path cwd, String... args) {
        return run(cwd, Map.of(), false, args);
    }

    static Result run(Path cwd, Map<String, String> env, boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(new FakeRulesOnly(previous));
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args, o, e, cwd, env, terminal);
        } finally {
            thread.setContextClassLoader(previous);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Hides every rule registration but the test resources' one. */
    private static final class FakeRulesOnly extends ClassLoader {
        FakeRulesOnly(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            Enumeration<URL> all = super.getResources(name);
            if (!name.equals(SERVICES)) return all;
            List<URL> testOnly = Collections.list(all).stream()
                    .filter(url -> url.toString().contains("/test-classes/")).toList();
            return Collections.enumeration(testOnly);
        }
    }
}
