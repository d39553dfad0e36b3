package dev.composelint.core;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where an element came from: a file and a 1-based line and column, with an optional end (0 when unknown).
 * A merged value keeps the Source of the file that supplied it.
 */
public record Source(Path file, int line, int column, int endLine, int endColumn) implements Comparable<Source> {

    private static final Comparator<Source> ORDER = Comparator
            .comparing((Source s) -> s.file().toString())
            .thenComparingInt(Source::line)
            .thenComparingInt(Source::column)
            .thenComparingInt(Source::endLine)
            .thenComparingInt(Source::endColumn);

    public Source {
        Objects.requireNonNull(file, "file");
        if (line < 1) line = 1;
        if (column < 1) column = 1;
    }

    public static Source of(Path file, int line, int column) {
        return new Source(file, line, column, 0, 0);
    }

    /** The start of a file, for diagnostics about the file as a whole. */
    public static Source file(Path file) {
        return new Source(file, 1, 1, 0, 0);
    }

    public boolean hasEnd() {
        return endLine > 0;
    }

    @Override
    public int compareTo(Source other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
