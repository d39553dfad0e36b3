package dev.composelint.core.report;

/** XML escaping for attribute values and text; characters XML 1.0 cannot hold are replaced by U+FFFD. */
final class Xml {

    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private Xml() {
    }

    /** Escapes an attribute value: line breaks and tabs become character references. */
    static String attribute(String text) {
        return escape(text, true);
    }

    /** Escapes element text: line breaks and tabs stay as they are. */
    static String text(String text) {
        return escape(text, false);
    }

    private static String escape(String text, boolean attribute) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                default -> {
                    boolean allowed = cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000;
                    sb.appendCodePoint(allowed ? cp : 0xFFFD);
                }
            }
        });
        return sb.toString();
    }
}
