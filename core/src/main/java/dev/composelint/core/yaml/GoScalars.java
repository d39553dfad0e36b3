package dev.composelint.core.yaml;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves scalar text the way go-yaml v4 (YAML 1.2 core, used by Compose) does when decoding into untyped values.
 * Values are null, {@link String}, {@link Long}, {@link BigInteger} (unsigned 64-bit range), {@link Double} or
 * {@link Boolean}.
 */
final class GoScalars {

    private static final Double NEGATIVE_ZERO = -0.0;

    /** go-yaml's resolve map: exact spellings looked up before any number parsing. */
    private static final Map<String, Optional<Object>> KNOWN = Map.ofEntries(
            Map.entry("true", Optional.of(Boolean.TRUE)), Map.entry("True", Optional.of(Boolean.TRUE)),
            Map.entry("TRUE", Optional.of(Boolean.TRUE)),
            Map.entry("false", Optional.of(Boolean.FALSE)), Map.entry("False", Optional.of(Boolean.FALSE)),
            Map.entry("FALSE", Optional.of(Boolean.FALSE)),
            Map.entry("", Optional.empty()), Map.entry("~", Optional.empty()), Map.entry("null", Optional.empty()),
            Map.entry("Null", Optional.empty()), Map.entry("NULL", Optional.empty()),
            Map.entry(".nan", Optional.of(Double.NaN)), Map.entry(".NaN", Optional.of(Double.NaN)),
            Map.entry(".NAN", Optional.of(Double.NaN)),
            Map.entry(".inf", Optional.of(Double.POSITIVE_INFINITY)),
            Map.entry(".Inf", Optional.of(Double.POSITIVE_INFINITY)),
            Map.entry(".INF", Optional.of(Double.POSITIVE_INFINITY)),
            Map.entry("+.inf", Optional.of(Double.POSITIVE_INFINITY)),
            Map.entry("+.Inf", Optional.of(Double.POSITIVE_INFINITY)),
            Map.entry("+.INF", Optional.of(Double.POSITIVE_INFINITY)),
            Map.entry("-.inf", Optional.of(Double.NEGATIVE_INFINITY)),
            Map.entry("-.Inf", Optional.of(Double.NEGATIVE_INFINITY)),
            Map.entry("-.INF", Optional.of(Double.NEGATIVE_INFINITY)),
            Map.entry("-0", Optional.of(NEGATIVE_ZERO)), Map.entry("-0.0", Optional.of(NEGATIVE_ZERO)));

    /** go-yaml's yamlStyleFloat, the guard before strconv.ParseFloat for text starting with a digit or sign. */
    private static final Pattern YAML_STYLE_FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    /** What strconv.ParseFloat accepts for text starting with a dot. */
    private static final Pattern DOT_FLOAT = Pattern.compile("\\.[0-9]+([eE][-+]?[0-9]+)?");
    private static final Pattern DIGITS_2 = Pattern.compile("[01]+");
    private static final Pattern DIGITS_8 = Pattern.compile("[0-7]+");
    private static final Pattern DIGITS_10 = Pattern.compile("[0-9]+");
    private static final Pattern DIGITS_16 = Pattern.compile("[0-9a-fA-F]+");
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private GoScalars() {
    }

    /** The value of an untagged plain scalar. */
    static Object resolvePlain(String text) {
        Optional<Object> known = KNOWN.get(text);
        if (known != null) return known.orElse(null);
        char first = text.charAt(0);
        if (first == '.') {
            return DOT_FLOAT.matcher(text).matches() ? finiteOrText(Double.parseDouble(text), text) : text;
        }
        if (first == '+' || first == '-' || (first >= '0' && first <= '9')) {
            Object number = parseNumber(text.replace("_", ""));
            return number == null ? text : number;
        }
        return text;
    }

    /** An integer as Go's strconv.ParseInt/ParseUint with base 0 reads it, or a YAML-style float, else null. */
    static Object parseNumber(String plain) {
        BigInteger integer = parseGoInteger(plain);
        if (integer != null) {
            if (integer.bitLength() < 64) return integer.longValue();
            if (integer.signum() > 0 && integer.compareTo(UINT64_MAX) <= 0 && plain.charAt(0) != '+') return integer;
        }
        if (YAML_STYLE_FLOAT.matcher(plain).matches()) {
            double value = Double.parseDouble(plain);
            return Double.isInfinite(value) ? null : value;
        }
        return null;
    }

    /** strconv base-0 syntax: optional sign, then 0x/0o/0b prefix, a leading 0 for octal, or decimal digits. */
    private static BigInteger parseGoInteger(String text) {
        int start = 0;
        boolean negative = false;
        if (!text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-')) {
            negative = text.charAt(0) == '-';
            start = 1;
        }
        String body = text.substring(start);
        int radix = 10;
        Pattern digits = DIGITS_10;
        if (body.length() > 1 && body.charAt(0) == '0') {
            char marker = Character.toLowerCase(body.charAt(1));
            switch (marker) {
                case 'x' -> { radix = 16; digits = DIGITS_16; body = body.substring(2); }
                case 'o' -> { radix = 8; digits = DIGITS_8; body = body.substring(2); }
                case 'b' -> { radix = 2; digits = DIGITS_2; body = body.substring(2); }
                default -> { radix = 8; digits = DIGITS_8; body = body.substring(1); }
            }
        }
        if (!digits.matcher(body).matches()) return null;
        BigInteger value = new BigInteger(body, radix);
        return negative ? value.negate() : value;
    }

    private static Object finiteOrText(double value, String text) {
        return Double.isInfinite(value) ? text : value;
    }
}
