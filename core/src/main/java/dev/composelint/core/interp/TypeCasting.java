package dev.composelint.core.interp;

import dev.composelint.core.redact.Redaction;

import dev.composelint.core.Diagnostics;
import dev.composelint.core.Finding;
import dev.composelint.core.Severity;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Compose's type casts after interpolation (compose-go {@code loader/interpolate.go}): a string value at one of
 * a fixed set of paths becomes an integer, a number or a boolean, whether or not it held a variable. Only string
 * scalars are cast; a cast scalar keeps its position, tag and written text. A value that does not parse is
 * reported as a {@link Diagnostics#COMPOSE} error and kept as it was; {@code yes}/{@code no}-style booleans are
 * accepted with a warning, as Compose does.
 */
public final class TypeCasting {

    /** The cast tree and the findings about it. */
    public record Outcome(YMap tree, List<Finding> diagnostics) {

        public Outcome {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private enum Cast { INT, INT64, FLOAT, FLOAT32, BOOL }

    /** Path patterns: {@code *} is any single segment, {@code []} a sequence item. */
    private static final Map<String, Cast> CASTS = Map.ofEntries(
            Map.entry("networks.*.external", Cast.BOOL),
            Map.entry("networks.*.internal", Cast.BOOL),
            Map.entry("networks.*.attachable", Cast.BOOL),
            Map.entry("networks.*.enable_ipv4", Cast.BOOL),
            Map.entry("networks.*.enable_ipv6", Cast.BOOL),
            Map.entry("volumes.*.external", Cast.BOOL),
            Map.entry("secrets.*.external", Cast.BOOL),
            Map.entry("configs.*.external", Cast.BOOL),
            Map.entry("services.*.cpu_count", Cast.INT64),
            Map.entry("services.*.cpu_percent", Cast.FLOAT),
            Map.entry("services.*.cpu_period", Cast.INT64),
            Map.entry("services.*.cpu_quota", Cast.INT64),
            Map.entry("services.*.cpu_rt_period", Cast.INT64),
            Map.entry("services.*.cpu_rt_runtime", Cast.INT64),
            Map.entry("services.*.cpus", Cast.FLOAT32),
            Map.entry("services.*.cpu_shares", Cast.INT64),
            Map.entry("services.*.init", Cast.BOOL),
            Map.entry("services.*.oom_kill_disable", Cast.BOOL),
            Map.entry("services.*.oom_score_adj", Cast.INT64),
            Map.entry("services.*.pids_limit", Cast.INT64),
            Map.entry("services.*.privileged", Cast.BOOL),
            Map.entry("services.*.read_only", Cast.BOOL),
            Map.entry("services.*.ulimits.*", Cast.INT),
            Map.entry("services.*.ulimits.*.hard", Cast.INT),
            Map.entry("services.*.ulimits.*.soft", Cast.INT),
            Map.entry("services.*.volumes.[].read_only", Cast.BOOL),
            Map.entry("services.*.volumes.[].volume.nocopy", Cast.BOOL),
            Map.entry("services.*.depends_on.*.required", Cast.BOOL),
            Map.entry("services.*.depends_on.*.restart", Cast.BOOL),
            Map.entry("services.*.healthcheck.retries", Cast.INT),
            Map.entry("services.*.healthcheck.disable", Cast.BOOL),
            Map.entry("services.*.ports.[].target", Cast.INT),
            Map.entry("services.*.stdin_open", Cast.BOOL),
            Map.entry("services.*.tty", Cast.BOOL),
            Map.entry("services.*.deploy.replicas", Cast.INT),
            Map.entry("services.*.deploy.update_config.parallelism", Cast.INT),
            Map.entry("services.*.deploy.update_config.max_failure_ratio", Cast.FLOAT),
            Map.entry("services.*.deploy.rollback_config.parallelism", Cast.INT),
            Map.entry("services.*.deploy.rollback_config.max_failure_ratio", Cast.FLOAT),
            Map.entry("services.*.deploy.restart_policy.max_attempts", Cast.INT),
            Map.entry("services.*.deploy.placement.max_replicas_per_node", Cast.INT),
            Map.entry("services.*.scale", Cast.INT));

    /**
     * The patterns' prefix tree: a walk enters only the keys and items some pattern may still match, so the many
     * values no cast concerns (environment, labels, commands, ...) are not visited at all. No two patterns match
     * one path, so a scalar reached by a step where a pattern ends takes that pattern's cast.
     */
    private static final class Step {
        final Map<String, Step> next = new HashMap<>();
        /** The cast of the pattern that ends here, or null. */
        Cast cast;

        Step add(String segment) {
            return next.computeIfAbsent(segment, k -> new Step());
        }
    }

    private static final Step PATTERNS = new Step();

    static {
        CASTS.forEach((key, cast) -> {
            Step step = PATTERNS;
            for (String segment : key.split("\\.")) step = step.add(segment);
            step.cast = cast;
        });
    }

    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL_FLOAT =
            Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    private static final Pattern HEX_FLOAT =
            Pattern.compile("[+-]?0[xX]([0-9a-fA-F]+\\.?[0-9a-fA-F]*|\\.[0-9a-fA-F]+)[pP][+-]?[0-9]+");
    private static final Pattern INFINITY = Pattern.compile("[+-]?(?i:inf|infinity)");

    private final List<Finding> diagnostics = new ArrayList<>();

    private TypeCasting() {
    }

    /** Casts the values of a whole compose document. */
    public static Outcome apply(YMap document) {
        Objects.requireNonNull(document, "document");
        TypeCasting run = new TypeCasting();
        YMap tree = (YMap) run.castBelow(document, List.of(PATTERNS), new ArrayList<>());
        return new Outcome(tree, run.diagnostics);
    }

    /**
     * The node with its castable scalars cast; {@code steps} are the pattern prefixes its path matches ({@code *}
     * matches any key or item).
     */
    private YNode castBelow(YNode node, List<Step> steps, List<String> path) {
        if (node instanceof YScalar scalar) return castAt(scalar, steps, path);
        if (node instanceof YMap map) {
            return map.withValues(entry -> castEntry(entry.value(), steps, entry.key(), path));
        }
        if (node instanceof YSeq seq) return seq.withItems((i, item) -> castEntry(item, steps, "[]", path));
        return node;
    }

    private YNode castEntry(YNode value, List<Step> steps, String segment, List<String> path) {
        List<Step> below = new ArrayList<>(2);
        for (Step step : steps) {
            Step exact = step.next.get(segment);
            if (exact != null) below.add(exact);
            Step any = step.next.get("*");
            if (any != null && any != exact) below.add(any);
        }
        if (below.isEmpty()) return value;
        path.add(segment);
        YNode result = castBelow(value, below, path);
        path.remove(path.size() - 1);
        return result;
    }

    private YNode castAt(YScalar scalar, List<Step> steps, List<String> path) {
        if (!(scalar.value() instanceof String text)) return scalar;
        for (Step step : steps) {
            if (step.cast != null) return castScalar(scalar, text, step.cast, String.join(".", path));
        }
        return scalar;
    }

    private YScalar castScalar(YScalar scalar, String text, Cast cast, String path) {
        Object value;
        try {
            value = switch (cast) {
                case INT -> parseInteger(text, "strconv.Atoi");
                case INT64 -> parseInteger(text, "strconv.ParseInt");
                case FLOAT -> parseFloat(text, false);
                case FLOAT32 -> parseFloat(text, true);
                case BOOL -> parseBoolean(scalar, text);
            };
        } catch (CastFailure failure) {
            String reason = Redaction.isSensitivePath(path) ? "" : ": " + failure.getMessage();
            diagnostics.add(new Finding(Diagnostics.COMPOSE, Severity.ERROR, "error while interpolating " + path
                    + ": failed to cast to expected type" + reason, scalar.source()));
            return scalar;
        }
        return new YScalar(value, scalar.text(), scalar.plain(), scalar.source(), scalar.tag(), scalar.quote());
    }

    private static Long parseInteger(String text, String function) {
        if (!INTEGER.matcher(text).matches()) throw CastFailure.syntax(function, text);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw CastFailure.range(function, text);
        }
    }

    private static Double parseFloat(String text, boolean singlePrecision) {
        double value;
        if (text.equalsIgnoreCase("nan")) {
            value = Double.NaN;
        } else if (INFINITY.matcher(text).matches()) {
            value = text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else if (DECIMAL_FLOAT.matcher(text).matches() || HEX_FLOAT.matcher(text).matches()) {
            value = Double.parseDouble(text);
            if (Double.isInfinite(value) || (singlePrecision && Float.isInfinite((float) value))) {
                throw CastFailure.range("strconv.ParseFloat", text);
            }
        } else {
            throw CastFailure.syntax("strconv.ParseFloat", text);
        }
        // Compose re-reads a float32 from its shortest decimal form.
        return singlePrecision && Double.isFinite(value) ? Double.valueOf(Float.toString((float) value)) : value;
    }

    private Boolean parseBoolean(YScalar scalar, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Boolean value = switch (lower) {
            case "true", "y", "yes", "on" -> Boolean.TRUE;
            case "false", "n", "no", "off" -> Boolean.FALSE;
            default -> throw new CastFailure("invalid boolean: " + text);
        };
        if (!lower.equals("true") && !lower.equals("false")) {
            diagnostics.add(new Finding(Diagnostics.COMPOSE, Severity.WARNING, GoText.quote(text)
                    + " for boolean is not supported by YAML 1.2, please use `" + value + "`", scalar.source()));
        }
        return value;
    }

    /** A value that does not parse, with Go's error text. */
    private static final class CastFailure extends RuntimeException {

        CastFailure(String message) {
            super(message, null, false, false);
        }

        static CastFailure syntax(String function, String text) {
            return new CastFailure(function + ": parsing " + GoText.quote(text) + ": invalid syntax");
        }

        static CastFailure range(String function, String text) {
            return new CastFailure(function + ": parsing " + GoText.quote(text) + ": value out of range");
        }
    }
}
