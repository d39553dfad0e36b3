package dev.composelint.core.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The built-in output formats by name. */
public final class Reporters {

    private static final List<Reporter> ALL = List.of(new TextReporter(), new JsonReporter(), new SarifReporter(),
            new CheckstyleReporter(), new JunitReporter(), new GithubReporter(), new CodeClimateReporter(),
            new HtmlReporter());

    private Reporters() {
    }

    /** Every format name, in the order {@code --help} lists them. */
    public static List<String> names() {
        return ALL.stream().map(Reporter::name).toList();
    }

    /** The reporter for a format name (any case). */
    public static Optional<Reporter> find(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(r -> r.name().equals(wanted)).findFirst();
    }

    /**
     * The reporter for a format name (any case).
     *
     * @throws IllegalArgumentException naming the known formats when the name is unknown
     */
    public static Reporter byName(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown format '" + name + "'; expected one of " + String.join(", ", names())));
    }
}
