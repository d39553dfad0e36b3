package dev.composelint.core.interp;

import dev.composelint.core.redact.Redaction;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.yaml.ScalarRewriter;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Interpolates every string value of a compose document, as Compose does per file before merging: mapping keys
 * and non-string scalars are left alone. An interpolated scalar keeps its position, merge tag and written text
 * ({@link YScalar#text()} still shows {@code ${VAR:-x}}); only its value changes. A scalar that cannot be
 * interpolated keeps its original value and yields an {@link Diagnostics#INTERPOLATION} error.
 */
public final class TreeInterpolator {

    /**
     * The interpolated tree, the errors, each variable used without a value (Compose only warns about these) with
     * the first place it was used, in document order, every scalar whose value depends on a variable without a value
     * ({@code unknownScalars}: its position and those variables), and, when interpolating leniently, every required
     * variable found without a value.
     */
    public record Outcome(YNode tree, List<Finding> diagnostics, Map<String, Source> unsetVariables,
                          Map<Source, Set<String>> unknownScalars, List<MissingRequired> missingRequired) {

        public Outcome {
            diagnostics = List.copyOf(diagnostics);
            unsetVariables = Collections.unmodifiableMap(new LinkedHashMap<>(unsetVariables));
            unknownScalars = Collections.unmodifiableMap(new LinkedHashMap<>(unknownScalars));
            missingRequired = List.copyOf(missingRequired);
        }
    }

    /**
     * A required variable without a value at {@code source} (the scalar at {@code path}); {@code reason} is the
     * message written after {@code ?}, or empty (never a value: a reason that interpolated a variable is left out).
     */
    public record MissingRequired(String variable, String path, String reason, Source source) {
    }

    /** The most characters interpolation may add over one document (aliases count at every use): 32 MiB. */
    public static final long MAX_GROWTH = 32L * 1024 * 1024;

    private final Function<String, String> lookup;
    private final boolean lenient;
    private final List<Finding> diagnostics = new ArrayList<>();
    private long growth;
    private boolean stopped;
    private final Map<String, Source> unset = new LinkedHashMap<>();
    private final Map<Source, Set<String>> unknown = new LinkedHashMap<>();
    private final List<MissingRequired> missingRequired = new ArrayList<>();

    private TreeInterpolator(Function<String, String> lookup, boolean lenient) {
        this.lookup = lookup;
        this.lenient = lenient;
    }

    /** Interpolates the tree under {@code root}; {@code lookup} returns null for a variable that is not set. */
    public static Outcome interpolate(YNode root, Function<String, String> lookup) {
        return run(root, lookup, false, true);
    }

    /**
     * Like {@link #interpolate}, but a required variable without a value is no error: it is listed in
     * {@link Outcome#missingRequired()} and stands for an empty string (see
     * {@link Interpolator#interpolateLeniently}).
     */
    public static Outcome interpolateLeniently(YNode root, Function<String, String> lookup) {
        return run(root, lookup, true, true);
    }

    /**
     * {@link #interpolateLeniently(YNode, Function)} of a tree that shares no nodes ({@code shared} false: its
     * file has no alias), walked without remembering the subtrees already rewritten.
     */
    public static Outcome interpolateLeniently(YNode root, Function<String, String> lookup, boolean shared) {
        return run(root, lookup, true, shared);
    }

    private static Outcome run(YNode root, Function<String, String> lookup, boolean lenient, boolean shared) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(lookup, "lookup");
        TreeInterpolator run = new TreeInterpolator(lookup, lenient);
        YNode tree = shared
                ? ScalarRewriter.rewriteShared(root, run::visitScalar, TreeInterpolator::withoutVariables)
                : ScalarRewriter.rewrite(root, run::visitScalar);
        return new Outcome(tree, run.diagnostics, run.unset, run.unknown, run.missingRequired);
    }

    /** A scalar interpolation leaves as it is: not a string, or no {@code $} in it. */
    private static boolean withoutVariables(YScalar scalar) {
        return !(scalar.value() instanceof String text) || text.indexOf('$') < 0;
    }

    private YNode visitScalar(YScalar scalar, List<String> path) {
        if (stopped || !(scalar.value() instanceof String original) || original.indexOf('$') < 0) return scalar;
        Interpolator.Result result = lenient ? Interpolator.interpolateLeniently(original, lookup)
                : Interpolator.interpolate(original, lookup);
        growth += Math.max(0, result.value().length() - original.length());
        if (growth > MAX_GROWTH) {
            stopped = true;
            diagnostics.add(new Finding(Diagnostics.INTERPOLATION, Severity.ERROR, "interpolation of this document"
                    + " adds more than " + MAX_GROWTH + " characters; the rest of it is not interpolated",
                    scalar.source()));
            return scalar;
        }
        for (String variable : result.unsetVariables()) {
            unset.putIfAbsent(variable, scalar.source());
            unknown.computeIfAbsent(scalar.source(), s -> new TreeSet<>()).add(variable);
        }
        for (Interpolator.Error missing : result.missingRequired()) {
            unset.putIfAbsent(missing.variable(), scalar.source());
            unknown.computeIfAbsent(scalar.source(), s -> new TreeSet<>()).add(missing.variable());
            missingRequired.add(new MissingRequired(missing.variable(), String.join(".", path),
                    writtenReason(missing, original), scalar.source()));
        }
        if (result.failed()) {
            diagnostics.add(new Finding(Diagnostics.INTERPOLATION, Severity.ERROR,
                    message(result.error(), String.join(".", path), original), scalar.source()));
            return scalar;
        }
        if (result.value().equals(original)) return scalar;
        return new YScalar(result.value(), scalar.text(), scalar.plain(), scalar.source(), scalar.tag(), scalar.quote());
    }

    /** The reason of a required variable's error when it is written literally in the template, else empty. */
    private static String writtenReason(Interpolator.Error missing, String template) {
        String prefix = "required variable " + missing.variable() + " is missing a value: ";
        if (!missing.message().startsWith(prefix)) return "";
        String reason = missing.message().substring(prefix.length());
        return template.contains(reason) ? reason : "";
    }

    private static String message(Interpolator.Error error, String path, String original) {
        if (error.kind() == Interpolator.Kind.LIMIT) {
            return "interpolation of " + path + " stopped: " + error.message();
        }
        if (error.kind() == Interpolator.Kind.INVALID_FORMAT) {
            // Compose quotes the value; a value that may be a secret is left out
            String value = Redaction.isSensitivePath(path) ? "" : ": " + GoText.quote(original);
            return "invalid interpolation format for " + path + value + "; you may need to escape any $ with another $";
        }
        return "error while interpolating " + path + ": " + error.message();
    }
}
