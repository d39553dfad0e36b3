package dev.composelint.lsp;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Runs the language server on a pair of streams (standard input and output for {@code composelint lsp}). Returns
 * when the client sends {@code exit} (0 after {@code shutdown}, 1 without) or closes the input (1 without a
 * {@code shutdown}, as the protocol asks).
 */
public final class LanguageServerMain {

    private LanguageServerMain() {
    }

    public static void main(String[] args) {
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        System.exit(run(System.in, out, System.err, System.getenv()));
    }

    /**
     * Serves one client. Anything else the process prints on standard output would corrupt the protocol, so
     * {@link System#out} goes to {@code log} while the server runs.
     */
    public static int run(InputStream in, OutputStream out, PrintStream log, Map<String, String> environment) {
        PrintStream previous = System.out;
        System.setOut(log);
        try {
            ComposeLanguageServer server = new ComposeLanguageServer(environment);
            Launcher<LanguageClient> launcher = ShutdownGuard.launcher(server, in, out);
            server.connect(launcher.getRemoteProxy());
            Future<Void> listening = launcher.startListening();
            Thread watcher = new Thread(() -> {
                try {
                    listening.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (CancellationException e) {
                    // the server ended the connection after exit
                } catch (ExecutionException e) {
                    log.println("composelint lsp: the connection failed: " + e.getCause());
                }
                server.exitCode().complete(server.shutdownRequested() ? 0 : 1);
            }, "composelint-lsp-input");
            watcher.setDaemon(true);
            watcher.start();
            int code = server.exitCode().join();
            listening.cancel(true);
            return code;
        } finally {
            System.setOut(previous);
        }
    }

    /** The version of this build, or "dev" when run from classes. */
    static String version() {
        String version = LanguageServerMain.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0" : version;
    }
}
