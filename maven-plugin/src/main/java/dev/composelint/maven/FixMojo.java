package dev.composelint.maven;

import dev.composelint.core.engine.LintResult;
import dev.composelint.core.fix.Fixer;
import dev.composelint.core.invocation.LintInvocation;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Applies composelint's safe fixes to the compose files (with {@code unsafeFixes} also the unsafe ones), then
 * checks what remains exactly like {@code composelint:check}, with the same parameters.
 */
@Mojo(name = "fix", threadSafe = true)
public class FixMojo extends CheckMojo {

    /** Also applies the fixes marked unsafe (project names, required credentials, guessed declarations). */
    @Parameter(property = "composelint.unsafeFixes", defaultValue = "false")
    private boolean unsafeFixes;

    @Override
    protected LintResult run(LintInvocation invocation) {
        Fixer.FileOutcome outcome = invocation.fix(unsafeFixes, true);
        for (String line : outcome.summary(true).split("\n")) getLog().info("composelint: " + line);
        return outcome.remaining();
    }

    @Override
    protected boolean offersFixHint() {
        return false;
    }
}
