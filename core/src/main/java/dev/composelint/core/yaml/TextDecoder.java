package dev.composelint.core.yaml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes file bytes as YAML does: UTF-8 unless a byte order mark names UTF-16 or UTF-32. */
final class TextDecoder {

    /** The decoded text, or where decoding failed (1-based line and column of the first bad byte). */
    record Decoded(String text, String error, int line, int column) {
        boolean ok() {
            return error == null;
        }
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        int bomLength = 0;
        Charset charset = StandardCharsets.UTF_8;
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            charset = Charset.forName("UTF-32BE");
            bomLength = 4;
        } else if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            charset = Charset.forName("UTF-32LE");
            bomLength = 4;
        } else if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            bomLength = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, bomLength, bytes.length - bomLength);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (bytes.length - bomLength) * (long) Math.ceil(decoder.maxCharsPerByte()) + 1));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            int bad = in.position();
            out.flip();
            int[] position = position(out);
            String name = charset == StandardCharsets.UTF_8 ? "UTF-8" : charset.name();
            return new Decoded(null, String.format("invalid %s byte 0x%02X", name, bytes[bad] & 0xFF),
                    position[0], position[1]);
        }
        out.flip();
        return new Decoded(out.toString(), null, 0, 0);
    }

    /** Line and column (1-based, in code points) just after {@code text}; CR LF, CR and LF end a line. */
    static int[] position(CharSequence text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r' && !Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new int[] {line, column};
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
