package dev.composelint.core.merge;

/**
 * Just enough of Compose's short volume syntax {@code SOURCE:TARGET[:OPTS]} to find the target: colons inside
 * {@code ${...}} and a one-letter Windows drive ({@code C:}) are not separators. The target is not cleaned.
 */
final class ShortVolume {

    private ShortVolume() {
    }

    /** The target of a short volume spec, or null when the spec is malformed (Compose reports it later). */
    static String target(String spec) {
        if (spec.isEmpty()) return null;
        if (spec.length() <= 2) return spec;
        String source = null;
        String target = null;
        int parts = 0;
        StringBuilder buffer = new StringBuilder();
        int substitutionDepth = 0;
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if (c == ':' && buffer.length() == 1 && Character.isLetter(buffer.charAt(0))) {
                buffer.append(c);
            } else if (c == '$' && i + 1 < spec.length() && spec.charAt(i + 1) == '{') {
                substitutionDepth++;
                buffer.append(c);
            } else if (c == '}' && substitutionDepth > 0) {
                substitutionDepth--;
                buffer.append(c);
            } else if (c == ':' && substitutionDepth == 0) {
                if (buffer.isEmpty() || parts == 2) return null;
                if (parts == 0) source = buffer.toString();
                else target = buffer.toString();
                parts++;
                buffer.setLength(0);
            } else {
                buffer.append(c);
            }
        }
        if (buffer.isEmpty()) return null;
        if (source == null) return buffer.toString();
        return target == null ? buffer.toString() : target;
    }
}
