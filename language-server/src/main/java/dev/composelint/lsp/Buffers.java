package dev.composelint.lsp;

import dev.composelint.core.load.LoadRequest;

import java.nio.file.Path;
import java.util.Map;

/** The editor's unsaved texts in place of the files on disk. */
final class Buffers {

    private Buffers() {
    }

    /** {@code request} reading {@code buffers} instead of those files. */
    static LoadRequest overlay(LoadRequest request, Map<Path, String> buffers) {
        // TODO(buffers): LoadRequest.Builder.buffers(Map<Path,String>) from h-fixorder; until then, files on disk
        return request;
    }
}
