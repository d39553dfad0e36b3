package dev.composelint.lsp;

import dev.composelint.core.load.LoadRequest;

import java.nio.file.Path;
import java.util.Map;

/** The editor's unsaved texts in place of the files on disk. */
final class Buffers {

    private Buffers() {
    }

    /**
     * {@code request} reading {@code buffers} (absolute, normalised paths) instead of those files, for every read of
     * the run: compose, env and included files, mounted configurations, Dockerfiles, suppression comments.
     */
    static LoadRequest overlay(LoadRequest request, Map<Path, String> buffers) {
        return request.toBuilder().buffers(buffers).build();
    }
}
