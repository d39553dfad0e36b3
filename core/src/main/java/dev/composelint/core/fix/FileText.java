package dev.composelint.core.fix;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A compose file's text split into the parts a fixer must keep: a UTF-8 byte order mark and the body. Only UTF-8
 * files are fixed: the decoded body re-encodes to exactly the original bytes, so every byte outside an edit stays.
 */
public record FileText(boolean bom, String body) {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The text of {@code bytes}, or empty when they are not valid UTF-8 (UTF-16 and UTF-32 files are left alone). */
    public static Optional<FileText> decode(byte[] bytes) {
        boolean bom = bytes.length >= 3 && Arrays.equals(Arrays.copyOf(bytes, 3), UTF8_BOM);
        if (!bom && bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF
                || bytes[0] == 0 && bytes[1] == 0)) {
            return Optional.empty();
        }
        int offset = bom ? 3 : 0;
        try {
            String body = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return Optional.of(new FileText(bom, body));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** A buffer's text: a leading U+FEFF is the byte order mark. */
    public static FileText of(String text) {
        return text.startsWith("\uFEFF") ? new FileText(true, text.substring(1)) : new FileText(false, text);
    }

    public byte[] encode() {
        byte[] body = this.body.getBytes(StandardCharsets.UTF_8);
        if (!bom) return body;
        byte[] all = new byte[body.length + 3];
        System.arraycopy(UTF8_BOM, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        return all;
    }

    /** The text as a buffer holds it: with a leading U+FEFF when the file has a byte order mark. */
    public String asString() {
        return bom ? "\uFEFF" + body : body;
    }

    public FileText withBody(String newBody) {
        return new FileText(bom, newBody);
    }

    /** The file's line ending: that of its first line break, LF when it has none. */
    public String lineEnding() {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n') return "\n";
            if (c == '\r') return i + 1 < body.length() && body.charAt(i + 1) == '\n' ? "\r\n" : "\r";
        }
        return "\n";
    }
}
