package dev.composelint.core.yaml;

import dev.composelint.core.Source;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A scalar. {@code value} is what Go's YAML decoder gives Compose: null, {@link String}, {@link Long},
 * {@link BigInteger} (beyond 64 bits), {@link Double} or {@link Boolean}. {@code text} is the scalar as written,
 * {@code plain} says it was unquoted and not a block scalar, {@code quote} how it was quoted (for style rules).
 */
public record YScalar(Object value, String text, boolean plain, Source source, MergeTag tag, Quote quote)
        implements YNode {

    /** How a scalar was written: plain, in single or double quotes, or as a block scalar. */
    public enum Quote { NONE, SINGLE, DOUBLE, BLOCK }

    public YScalar(Object value, String text, boolean plain, Source source, MergeTag tag) {
        this(value, text, plain, source, tag, null);
    }

    public YScalar {
        if (value != null && !(value instanceof String || value instanceof Long || value instanceof BigInteger
                || value instanceof Double || value instanceof Boolean)) {
            throw new IllegalArgumentException("unsupported scalar value type " + value.getClass());
        }
        text = text == null ? (value == null ? "" : String.valueOf(value)) : text;
        tag = tag == null ? MergeTag.NONE : tag;
        quote = quote == null ? Quote.NONE : quote;
    }

    public static YScalar string(String value, Source source) {
        return new YScalar(value, value, false, source, MergeTag.NONE);
    }

    public static YScalar of(Object value, Source source) {
        return new YScalar(value, null, true, source, MergeTag.NONE);
    }

    public boolean isNull() {
        return value == null;
    }

    public boolean isString() {
        return value instanceof String;
    }

    /** The value as Go's {@code fmt.Sprint} prints it: {@code 1.0} is {@code 1}, {@code 1e8} is {@code 1e+08}. */
    public String asText() {
        return goText(value);
    }

    public YScalar withValue(Object newValue) {
        return new YScalar(newValue, text, plain, source, tag, quote);
    }

    @Override
    public boolean hasMergeTags() {
        return tag != MergeTag.NONE;
    }

    @Override
    public YScalar withTag(MergeTag newTag) {
        return new YScalar(value, text, plain, source, newTag, quote);
    }

    @Override
    public String kindName() {
        if (value == null) return "null";
        if (value instanceof String) return "string";
        if (value instanceof Boolean) return "boolean";
        if (value instanceof Double) return "number";
        return "integer";
    }

    /** Go {@code %v} formatting of a decoded YAML value. */
    private static String goText(Object value) {
        if (value == null) return "";
        if (value instanceof Double d) return goFloat(d);
        return value.toString();
    }

    private static String goFloat(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "+Inf" : "-Inf";
        if (d == 0) return (1 / d < 0) ? "-0" : "0";
        BigDecimal bd = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exponent = bd.precision() - bd.scale() - 1;
        if (exponent < -4 || exponent >= 6) { // strconv 'g' with shortest precision
            String digits = bd.unscaledValue().abs().toString();
            StringBuilder sb = new StringBuilder();
            if (d < 0) sb.append('-');
            sb.append(digits.charAt(0));
            if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
            sb.append('e').append(exponent < 0 ? '-' : '+');
            int abs = Math.abs(exponent);
            if (abs < 10) sb.append('0');
            sb.append(abs);
            return sb.toString();
        }
        return bd.toPlainString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YScalar other && Objects.equals(value, other.value) && tag == other.tag;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return value instanceof String s ? '"' + s + '"' : String.valueOf(value);
    }
}
