package dev.composelint.core.model;

import dev.composelint.core.Source;

import java.nio.file.Path;

/** A service env_file entry: the resolved path, whether it must exist, and where it is written. */
public record EnvFileRef(Path path, String rawPath, boolean required, Source source) {
}
