package dev.composelint.core.sidecar.prometheus;

import dev.composelint.core.Source;

/**
 * A discovery mechanism whose targets are not statically resolvable ({@code docker_sd_configs},
 * {@code kubernetes_sd_configs}, cloud discoveries, ...), by its key without {@code _sd_configs}.
 */
public record OtherSd(String kind, Source source) {
}
