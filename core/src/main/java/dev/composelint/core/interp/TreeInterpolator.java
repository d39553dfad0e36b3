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
import java.util.function.Function;

/**
 * Interpolates every string value of a compose document, as Compose does per file before merging: mapping keys
 * and non-string scalars are left alone. An interpolated scalar keeps its position, merge tag and written text
 * ({@link YScalar#text()} still shows {@code ${VAR:-x}}); only its value changes. A scalar that cannot be
 * interpolated keeps its original value and yields an {@link Diagnostics#INTERPOLATION} error.
 */
public final class TreeInterpolator {

    /**
     * The interpolated tree, the errors, and each variable used without a value (Compose only warns about these)
     * with the first place it was used, in document order.
     */
    public record Outcome(YNode tree, List<Finding> diagnostics, Map<String, Source> unsetVariables) {

        public Outcome {
            diagnostics = List.copyOf(diagnostics);
            unsetVariables = Collections.unmodifiableMap(new LinkedHashMap<>(unsetVariables));
        }
    }

    private final Function<String, String> lookup;
    private final List<Finding> diagnostics = new ArrayList<>();
    private final Map<String, Source> unset = new LinkedHashMap<>();

    private TreeInterpolator(Function<String, String> lookup) {
        this.lookup = lookup;
    }

    /** Interpolates the tree under {@code root}; {@code lookup} returns null for a variable that is not set. */
    public static Outcome interpolate(YNode root, Function<String, String> lookup) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(lookup, "lookup");
        TreeInterpolator run = new TreeInterpolator(lookup);
        YNode tree = ScalarRewriter.rewrite(root, run::visitScalar);
        return new Outcome(tree, run.diagnostics, run.unset);
    }

    private YNode visitScalar(YScalar scalar, List<String> path) {
        if (!(scalar.value() instanceof String original) || original.indexOf('$') < 0) return scalar;
        Interpolator.Result result = Interpolator.interpolate(original, lookup);
        for (String variable : result.unsetVariables()) {
            unset.putIfAbsent(variable, scalar.source());
        }
        if (result.failed()) {
            diagnostics.add(new Finding(Diagnostics.INTERPOLATION, Severity.ERROR,
                    message(result.error(), String.join(".", path), original), scalar.source()));
            return scalar;
        }
        if (result.value().equals(original)) return scalar;
        return new YScalar(result.value(), scalar.text(), scalar.plain(), scalar.source(), scalar.tag(), scalar.quote());
    }

    private static String message(Interpolator.Error error, String path, String original) {
        if (error.kind() == Interpolator.Kind.INVALID_FORMAT) {
            // Compose quotes the value; a value that may be a secret is left out
            String value = Redaction.isSensitivePath(path) ? "" : ": " + GoText.quote(original);
            return "invalid interpolation format for " + path + value + "; you may need to escape any $ with another $";
        }
        return "error while interpolating " + path + ": " + error.message();
    }
}
