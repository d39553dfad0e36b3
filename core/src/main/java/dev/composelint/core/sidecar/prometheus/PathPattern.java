package dev.composelint.core.sidecar.prometheus;

import dev.composelint.core.Source;
import dev.composelint.core.sidecar.common.FileMatches;

/** A file path or glob as written in the config ({@code rule_files}, {@code file_sd_configs.files}, ...). */
public record PathPattern(String pattern, Source source, FileMatches matches) {
}
