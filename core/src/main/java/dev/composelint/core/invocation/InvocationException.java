package dev.composelint.core.invocation;

/**
 * A run that cannot start: a bad configuration file (the message starts with {@code file:line:col: }), an unknown
 * rule, preset or format, a missing path. The message is one line, the same in every front end.
 */
public final class InvocationException extends Exception {

    public InvocationException(String message) {
        super(message);
    }
}
