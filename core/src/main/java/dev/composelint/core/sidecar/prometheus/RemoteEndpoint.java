package dev.composelint.core.sidecar.prometheus;

import dev.composelint.core.Source;
import dev.composelint.core.model.Url;

/** A {@code remote_write} or {@code remote_read} URL that Go's URL parser accepts, where it is written. */
public record RemoteEndpoint(Url url, Source source) {
}
