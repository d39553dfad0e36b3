package dev.composelint.core.sidecar.prometheus;

import dev.composelint.core.Source;

/** A {@code remote_write} or {@code remote_read} URL with its host and port (the scheme's default when absent). */
public record RemoteEndpoint(String url, Source source, String host, Integer port) {
}
