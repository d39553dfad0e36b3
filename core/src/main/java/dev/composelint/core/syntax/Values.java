package dev.composelint.core.syntax;

import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;

import java.util.Locale;

/**
 * Lenient readers for scalar values of an interpolated compose document. Strings at typed paths are cast the way
 * Compose casts them after interpolation; anything else reads as absent (the schema validator reports it).
 */
public final class Values {

    private Values() {
    }

    /** The scalar's Go text, or null when the node is absent, null or not a scalar. */
    public static String text(YNode node) {
        return node instanceof YScalar s && !s.isNull() ? s.asText() : null;
    }

    /** A boolean, or {@code fallback} when absent or not a boolean. Accepts Compose's boolean strings. */
    public static boolean bool(YNode node, boolean fallback) {
        Boolean value = bool(node);
        return value == null ? fallback : value;
    }

    /** A boolean, or null when absent or not a boolean. */
    public static Boolean bool(YNode node) {
        if (!(node instanceof YScalar s) || s.isNull()) return null;
        if (s.value() instanceof Boolean b) return b;
        if (!s.isString()) return null;
        return switch (((String) s.value()).trim().toLowerCase(Locale.ROOT)) {
            case "true", "y", "yes", "on" -> Boolean.TRUE;
            case "false", "n", "no", "off" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** An int, or null when absent, not an integer, or out of range. Accepts decimal strings. */
    public static Integer integer(YNode node) {
        if (!(node instanceof YScalar s) || s.isNull()) return null;
        if (s.value() instanceof Long l) {
            return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? l.intValue() : null;
        }
        if (s.isString()) {
            try {
                return Integer.parseInt(((String) s.value()).trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
