package dev.composelint.core.report;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A small pretty-printing JSON writer for trees of {@link Map} (insertion-ordered), {@link List}, {@link String},
 * {@link Number}, {@link Boolean} and null.
 */
final class Json {

    private Json() {
    }

    static void write(Object value, Appendable out) throws IOException {
        write(value, out, 0);
        out.append('\n');
    }

    private static void write(Object value, Appendable out, int depth) throws IOException {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            quote(text, out);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value.toString());
        } else if (value instanceof Map<?, ?> map) {
            writeObject(map, out, depth);
        } else if (value instanceof List<?> list) {
            writeArray(list, out, depth);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    private static void writeObject(Map<?, ?> map, Appendable out, int depth) throws IOException {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<?, ?> entry = it.next();
            newline(out, depth + 1);
            quote(entry.getKey().toString(), out);
            out.append(": ");
            write(entry.getValue(), out, depth + 1);
            if (it.hasNext()) out.append(',');
        }
        newline(out, depth);
        out.append('}');
    }

    private static void writeArray(List<?> list, Appendable out, int depth) throws IOException {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            newline(out, depth + 1);
            write(list.get(i), out, depth + 1);
            if (i < list.size() - 1) out.append(',');
        }
        newline(out, depth);
        out.append(']');
    }

    private static void newline(Appendable out, int depth) throws IOException {
        out.append('\n');
        for (int i = 0; i < depth; i++) out.append("  ");
    }

    static void quote(String text, Appendable out) throws IOException {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
