package dev.composelint.core.evidence;

import dev.composelint.core.Source;

import java.nio.file.Path;
import java.util.List;

/**
 * What a Dockerfile of the repository says about the image it builds (of its last stage).
 *
 * @param file          the Dockerfile
 * @param healthcheck   the {@code HEALTHCHECK CMD ...} instruction of the final stage, or null
 * @param healthcheckNone true when the final stage says {@code HEALTHCHECK NONE}
 * @param baseImages    the {@code FROM} images in order (stage references left as written)
 */
public record DockerfileFacts(Path file, Source healthcheck, boolean healthcheckNone, List<String> baseImages) {

    public DockerfileFacts {
        baseImages = List.copyOf(baseImages);
    }
}
