package dev.composelint.cli;

import picocli.CommandLine.Command;

/** {@code composelint lsp}: the language server on standard input and output. */
@Command(name = "lsp", mixinStandardHelpOptions = true, versionProvider = Version.Provider.class,
        usageHelpAutoWidth = true,
        description = "Runs the composelint language server (Language Server Protocol) on standard input and "
                + "output, for editors: diagnostics while typing, quick fixes, hover. See docs/editors.md.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the client sent shutdown, then exit", "1:exit without shutdown, or the input closed"})
final class LspOptions {
}
