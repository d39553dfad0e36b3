package dev.composelint.lsp;

import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * The protocol after {@code shutdown}: every request (a second {@code shutdown} too) is answered with an
 * {@code InvalidRequest} error, and every notification but {@code exit} is dropped. Sits between the JSON-RPC
 * connection and the server, so that it holds for every method, known or not.
 */
final class ShutdownGuard implements Endpoint {

    static final String MESSAGE = "the server is shut down: only exit is accepted";

    private final Endpoint server;
    private final BooleanSupplier shutDown;

    ShutdownGuard(Endpoint server, BooleanSupplier shutDown) {
        this.server = server;
        this.shutDown = shutDown;
    }

    /** A server launcher for {@code server} on a pair of streams, with this guard in front of it. */
    static Launcher<LanguageClient> launcher(ComposeLanguageServer server, InputStream in, OutputStream out) {
        Launcher.Builder<LanguageClient> builder = new LSPLauncher.Builder<>() {
            @Override
            protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler jsonHandler) {
                MessageConsumer outgoing = wrapMessageConsumer(new StreamMessageConsumer(output, jsonHandler));
                Endpoint local = new ShutdownGuard(ServiceEndpoints.toEndpoint(localServices),
                        server::shutdownRequested);
                RemoteEndpoint remote = exceptionHandler == null ? new RemoteEndpoint(outgoing, local)
                        : new RemoteEndpoint(outgoing, local, exceptionHandler);
                jsonHandler.setMethodProvider(remote);
                remote.setJsonHandler(jsonHandler);
                return remote;
            }
        };
        return builder.setLocalService(server).setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out)
                .create();
    }

    @Override
    public CompletableFuture<?> request(String method, Object parameter) {
        if (shutDown.getAsBoolean()) {
            return CompletableFuture.failedFuture(new ResponseErrorException(
                    new ResponseError(ResponseErrorCode.InvalidRequest, MESSAGE, null)));
        }
        return server.request(method, parameter);
    }

    @Override
    public void notify(String method, Object parameter) {
        if (shutDown.getAsBoolean() && !"exit".equals(method)) return;
        server.notify(method, parameter);
    }
}
