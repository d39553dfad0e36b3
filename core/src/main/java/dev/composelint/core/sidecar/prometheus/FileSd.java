package dev.composelint.core.sidecar.prometheus;

import dev.composelint.core.Source;

import java.util.List;

/** A {@code file_sd_configs} entry: its file patterns with what they matched. */
public record FileSd(List<PathPattern> files, Source source) {

    public FileSd {
        files = List.copyOf(files);
    }
}
