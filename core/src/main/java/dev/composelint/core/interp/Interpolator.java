package dev.composelint.core.interp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Compose's variable interpolation of one string (compose-go {@code template}): {@code $$}, {@code $NAME},
 * {@code ${NAME}} and the operators {@code :-  -  :?  ?  :+  +}, with nested templates in the operator text
 * evaluated only when used. A {@code $} that starts none of these is kept as written; a {@code ${} that does not
 * form a valid reference is an error.
 */
public final class Interpolator {

    /** What went wrong. */
    public enum Kind { REQUIRED_MISSING, INVALID_FORMAT, LIMIT }

    /**
     * An interpolation error. {@code variable} names the required variable (null for a format error);
     * {@code message} is Compose's own wording: {@code required variable X is missing a value[: reason]} or
     * {@code Invalid template: "<template>"}; for {@link Kind#LIMIT} it names the bound that stopped evaluation
     * (nesting deeper than {@link #MAX_DEPTH}, or a value longer than {@link #MAX_GROWTH} plus the template).
     */
    public record Error(Kind kind, String variable, String message) {
    }

    /**
     * The outcome. {@code value} is the interpolated string, or the template itself when {@code error} is set.
     * {@code unsetVariables} lists, once each and in order, the variables that were evaluated without a value and
     * without an operator to fall back on (Compose warns about those and uses an empty string).
     * {@code missingRequired} lists the required variables ({@code ${X:?msg}}, {@code ${X?msg}}) found without a
     * value when interpolating {@linkplain #interpolateLeniently leniently}; each was replaced by an empty string.
     */
    public record Result(String value, List<String> unsetVariables, Error error, List<Error> missingRequired) {

        public Result {
            unsetVariables = List.copyOf(unsetVariables);
            missingRequired = List.copyOf(missingRequired);
        }

        public Result(String value, List<String> unsetVariables, Error error) {
            this(value, unsetVariables, error, List.of());
        }

        public boolean failed() {
            return error != null;
        }
    }

    /** The deepest nesting of references evaluated ({@code ${a:-${b:-...}}} or a chain on one line). */
    public static final int MAX_DEPTH = 200;
    /** How many characters a value may grow by through interpolation: 1 MiB. */
    public static final int MAX_GROWTH = 1 << 20;

    private static final String OPERATOR_CHARS = "-+?";

    private final Function<String, String> lookup;
    private final boolean lenient;
    private final Set<String> unset = new LinkedHashSet<>();
    private final List<Error> missingRequired = new ArrayList<>();
    private final long maxLength;
    private int depth;

    private Interpolator(Function<String, String> lookup, boolean lenient, long maxLength) {
        this.lookup = lookup;
        this.lenient = lenient;
        this.maxLength = maxLength;
    }

    /** Interpolates {@code template}; {@code lookup} returns a variable's value, or null when it is not set. */
    public static Result interpolate(String template, Function<String, String> lookup) {
        return run(template, lookup, false);
    }

    /**
     * Like {@link #interpolate}, but a required variable without a value does not fail: it is listed in
     * {@link Result#missingRequired()} and stands for an empty string, as an unset plain {@code ${X}} does. This is
     * how a linter reads a file whose required values are supplied at deploy time.
     */
    public static Result interpolateLeniently(String template, Function<String, String> lookup) {
        return run(template, lookup, true);
    }

    private static Result run(String template, Function<String, String> lookup, boolean lenient) {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(lookup, "lookup");
        if (template.indexOf('$') < 0) {
            return new Result(template, List.of(), null);
        }
        Interpolator run = new Interpolator(lookup, lenient, (long) template.length() + MAX_GROWTH);
        try {
            String value = run.substitute(template);
            return new Result(value, new ArrayList<>(run.unset), null, run.missingRequired);
        } catch (Failure failure) {
            return new Result(template, new ArrayList<>(run.unset), failure.error, run.missingRequired);
        }
    }

    private String substitute(String template) {
        if (++depth > MAX_DEPTH) {
            throw new Failure(new Error(Kind.LIMIT, null, "references nest deeper than " + MAX_DEPTH + " levels"));
        }
        StringBuilder out = new StringBuilder(template.length());
        int i = 0;
        while (i < template.length()) {
            if (out.length() > maxLength) {
                throw new Failure(new Error(Kind.LIMIT, null, "the value grows by more than " + MAX_GROWTH
                        + " characters"));
            }
            int dollar = template.indexOf('$', i);
            if (dollar < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, dollar);
            int end = referenceEnd(template, dollar);
            if (end < 0) {
                out.append('$');
                i = dollar + 1;
            } else {
                out.append(replace(template.substring(dollar, end), template));
                i = end;
            }
        }
        depth--;
        if (out.length() > maxLength) {
            throw new Failure(new Error(Kind.LIMIT, null, "the value grows by more than " + MAX_GROWTH + " characters"));
        }
        return out.toString();
    }

    /**
     * Where the reference starting with the {@code $} at {@code at} ends (exclusive), or -1 when that {@code $}
     * starts no reference. A braced reference with an operator runs to the last {@code }} of its line, as
     * Compose's pattern does; {@link #replace} then cuts it at the first balanced brace. An invalid braced
     * reference is reported as the two characters {@code ${}.
     */
    private static int referenceEnd(String t, int at) {
        int next = at + 1;
        if (next >= t.length()) return -1;
        char c = t.charAt(next);
        if (c == '$') return next + 1;
        if (isNameStart(c)) return nameEnd(t, next);
        if (c != '{') return -1;
        int invalid = next + 1;
        int nameStart = next + 1;
        if (nameStart >= t.length() || !isNameStart(t.charAt(nameStart))) return invalid;
        int afterName = nameEnd(t, nameStart);
        if (afterName >= t.length()) return invalid;
        if (t.charAt(afterName) == '}') return afterName + 1;
        int operatorEnd = operatorEnd(t, afterName);
        if (operatorEnd < 0) return invalid;
        int lineEnd = t.indexOf('\n', operatorEnd);
        int lastBrace = t.lastIndexOf('}', (lineEnd < 0 ? t.length() : lineEnd) - 1);
        return lastBrace >= operatorEnd ? lastBrace + 1 : invalid;
    }

    /** The end of the operator ({@code :-}, {@code -}, ...) at {@code at}, or -1 when there is none. */
    private static int operatorEnd(String t, int at) {
        char c = t.charAt(at);
        if (c == ':' && at + 1 < t.length() && OPERATOR_CHARS.indexOf(t.charAt(at + 1)) >= 0) return at + 2;
        return OPERATOR_CHARS.indexOf(c) >= 0 ? at + 1 : -1;
    }

    private String replace(String reference, String template) {
        if (reference.charAt(1) == '$') return "$";
        if (reference.charAt(1) != '{') return valueOf(reference.substring(1));
        if (reference.length() == 2) {
            throw new Failure(new Error(Kind.INVALID_FORMAT, null, "Invalid template: " + GoText.quote(template)));
        }
        int close = firstBalancedClose(reference);
        int bodyEnd = close < 0 ? reference.length() - 1 : close;
        String body = reference.substring(2, bodyEnd);
        String rest = close < 0 ? "" : reference.substring(close + 1);
        int nameEnd = nameEnd(body, 0);
        if (nameEnd == body.length()) return valueOf(body);
        int textStart = operatorEnd(body, nameEnd);
        String operator = body.substring(nameEnd, textStart);
        String value = applyOperator(body.substring(0, nameEnd), operator, body.substring(textStart));
        return value + substitute(rest);
    }

    private String applyOperator(String name, String operator, String text) {
        String value = lookup.apply(name);
        boolean set = value != null;
        boolean nonEmpty = set && !value.isEmpty();
        return switch (operator) {
            case ":-" -> nonEmpty ? value : substitute(text);
            case "-" -> set ? value : substitute(text);
            case ":+" -> nonEmpty ? substitute(text) : orEmpty(value);
            case "+" -> set ? substitute(text) : "";
            case ":?" -> nonEmpty ? value : missing(name, text);
            default -> set ? value : missing(name, text); // "?"
        };
    }

    private String missing(String name, String text) {
        String reason = substitute(text);
        String message = "required variable " + name + " is missing a value" + (reason.isEmpty() ? "" : ": " + reason);
        Error error = new Error(Kind.REQUIRED_MISSING, name, message);
        if (!lenient) throw new Failure(error);
        missingRequired.add(error);
        return "";
    }

    private String valueOf(String name) {
        String value = lookup.apply(name);
        if (value == null) {
            unset.add(name);
            return "";
        }
        return value;
    }

    /**
     * The index of the brace that closes the reference, counting every {@code {} as an opening (and skipping the
     * character after it, as compose-go does), or -1 when the braces never balance.
     */
    private static int firstBalancedClose(String s) {
        int open = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '}' && --open == 0) return i;
            if (c == '{') {
                open++;
                i++;
            }
        }
        return -1;
    }

    private static int nameEnd(String t, int from) {
        int i = from;
        while (i < t.length() && isNamePart(t.charAt(i))) i++;
        return i;
    }

    private static boolean isNameStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Unwinds a failed interpolation; never leaves this class. */
    private static final class Failure extends RuntimeException {
        private final Error error;

        Failure(Error error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }
}
