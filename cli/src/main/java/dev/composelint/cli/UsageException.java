package dev.composelint.cli;

/** A usage, configuration or I/O problem: one line on stderr and exit code 2. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
