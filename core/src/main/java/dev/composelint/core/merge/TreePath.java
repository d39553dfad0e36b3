package dev.composelint.core.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A position in a compose document as Compose's tree paths see it: keys joined with dots and split on dots again,
 * so a key that contains a dot (a service named {@code web.v2}) spans several segments, exactly as in Compose.
 * Sequence items are {@code [i]} segments.
 */
record TreePath(List<String> segments) {

    static final TreePath ROOT = new TreePath(List.of());

    TreePath {
        segments = List.copyOf(segments);
    }

    /** The path of a service mapping, its name kept as one segment. */
    static TreePath service(String name) {
        return new TreePath(List.of("services", name));
    }

    TreePath next(String key) {
        List<String> next = new ArrayList<>(segments);
        next.addAll(Arrays.asList(key.split("\\.", -1)));
        return new TreePath(next);
    }

    TreePath item(int index) {
        List<String> next = new ArrayList<>(segments);
        next.add("[" + index + "]");
        return new TreePath(next);
    }

    /** True when the path has as many segments as the dotted pattern and each equals its segment or {@code *}. */
    boolean matches(String[] pattern) {
        if (pattern.length != segments.size()) return false;
        for (int i = 0; i < pattern.length; i++) {
            if (!pattern[i].equals("*") && !pattern[i].equals(segments.get(i))) return false;
        }
        return true;
    }

    /** True when the path is shorter than the pattern and each of its segments matches the pattern's. */
    boolean leadsTo(String[] pattern) {
        if (segments.size() >= pattern.length) return false;
        for (int i = 0; i < segments.size(); i++) {
            if (!pattern[i].equals("*") && !pattern[i].equals(segments.get(i))) return false;
        }
        return true;
    }

    static String[] pattern(String dotted) {
        return dotted.split("\\.");
    }

    @Override
    public String toString() {
        return String.join(".", segments);
    }
}
