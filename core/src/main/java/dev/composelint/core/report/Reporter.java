package dev.composelint.core.report;

import dev.composelint.core.engine.LintResult;

import java.io.IOException;

/** Renders a {@link LintResult} in one output format. Implementations are stateless. */
public interface Reporter {

    /** The format's name as used by {@code --format} ({@code text}, {@code json}, ...). */
    String name();

    void write(LintResult result, ReportContext context, Appendable out) throws IOException;
}
