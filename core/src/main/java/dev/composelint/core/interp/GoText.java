package dev.composelint.core.interp;

/** Go's text conventions that Compose messages and parsers rely on. */
final class GoText {

    private GoText() {
    }

    /** Go's {@code %q}: double-quoted, with backslash escapes for quotes, backslashes and control characters. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\u0007' -> sb.append("\\a");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\u000B' -> sb.append("\\v");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Go's {@code unicode.IsSpace}: Unicode White_Space, newlines included. */
    static boolean isSpace(int c) {
        return switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u0085', '\u00A0' -> true;
            default -> c > 0xFF && (Character.getType(c) == Character.SPACE_SEPARATOR
                    || c == '\u2028' || c == '\u2029');
        };
    }
}
