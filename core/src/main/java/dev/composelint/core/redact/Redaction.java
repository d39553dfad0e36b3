package dev.composelint.core.redact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The secrets policy in one place: which names hold secrets, and how text that may hold one is masked. A value is
 * treated as a secret when it is the userinfo of a URL, the value of a secret-named key (password, secret, token,
 * key, credential, passwd, pwd, auth, apikey, pass), or anything read from an env file. Masked text reads
 * {@value #MASK}. Every method runs in time linear in its input.
 */
public final class Redaction {

    public static final String MASK = "***";

    /** Words that make a key secret wherever they appear in it ({@code DB_PASSWORD}, {@code apiToken}). */
    private static final String[] SECRET_PARTS = {"password", "passwd", "secret", "token", "credential", "apikey",
        "privatekey", "accesskey"};
    /** Words that make a key secret only as a whole word ({@code API_KEY}, {@code auth}, but not {@code keycloak}). */
    private static final Set<String> SECRET_WORDS = Set.of("key", "pwd", "auth", "pass", "pw");
    /** A last word that says the key holds no secret itself but a reference to one ({@code POSTGRES_PASSWORD_FILE}). */
    private static final Set<String> REFERENCE_WORDS = Set.of("file", "path", "method", "type", "mode", "enabled",
        "url", "uri", "host", "port", "user", "username", "name", "length", "size");
    /** Compose keys whose values are environment values: never echoed. */
    private static final Set<String> ENVIRONMENT_KEYS = Set.of("environment", "args", "env_file");

    /** Compose's {@code secrets} keys hold references to secrets (files, variable names), not their values. */
    private static final String COMPOSE_SECRETS = "secrets";

    private static final int MAX_KEY = 128;

    private Redaction() {
    }

    /** True when a key or variable name says its value is a secret. */
    public static boolean isSecretName(String name) {
        if (name == null || name.isEmpty() || name.length() > MAX_KEY) return false;
        String lower = name.toLowerCase(Locale.ROOT);
        List<String> words = words(name);
        if (words.size() > 1 && REFERENCE_WORDS.contains(words.get(words.size() - 1))) return false;
        for (String part : SECRET_PARTS) {
            if (lower.contains(part)) return true;
        }
        for (String word : words) {
            if (SECRET_WORDS.contains(word)) return true;
        }
        return false;
    }

    /**
     * True when a value at this dotted path ({@code services.db.environment.POSTGRES_PASSWORD}) must not be echoed:
     * a segment is secret-named, or the value is an environment value or build argument. What lies under Compose's
     * own {@code secrets} keys references secrets (names, files, variable names) and does not count.
     */
    public static boolean isSensitivePath(String path) {
        if (path == null) return false;
        for (String segment : path.split("\\.")) {
            int index = segment.indexOf('[');
            String key = index < 0 ? segment : segment.substring(0, index);
            if (COMPOSE_SECRETS.equals(key)) return false;
            if (ENVIRONMENT_KEYS.contains(key) || isSecretName(key)) return true;
        }
        return false;
    }

    /** True for the names env files go by: {@code .env}, {@code .env.*}, {@code *.env}, {@code env.*}. */
    public static boolean isEnvFileName(String name) {
        if (name == null) return false;
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals(".env") || lower.startsWith(".env.") || lower.endsWith(".env") || lower.startsWith("env.")
                || lower.endsWith(".envrc");
    }

    /** The URL with any userinfo replaced by {@value #MASK}: {@code https://***@host/path}. */
    public static String url(String url) {
        return url == null ? null : maskUserinfo(url);
    }

    /**
     * Masks what may be a secret in free text (a message, a source line): the userinfo of every URL, and the value
     * after every secret-named key written {@code KEY=value}, {@code KEY: value} or {@code KEY="value"}. References
     * ({@code ${VAR}}, {@code $VAR}) and empty values stay.
     */
    public static String text(String text) {
        if (text == null) return null;
        return maskSecretValues(maskUserinfo(text), false);
    }

    /**
     * A line of a YAML or other config file shown in a code frame: like {@link #text}, but an unquoted value after a
     * secret-named key is masked to the end of the line.
     */
    public static String codeLine(String line) {
        if (line == null) return null;
        return maskSecretValues(maskUserinfo(line), true);
    }

    /** An env-file line with everything after the first {@code =} (or {@code :}) masked; comments stay. */
    public static String envLine(String line) {
        if (line == null) return null;
        String trimmed = line.stripLeading();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) return line;
        int eq = line.indexOf('=');
        int colon = line.indexOf(':');
        int at = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
        if (at < 0) return line;
        String value = line.substring(at + 1);
        return value.isBlank() ? line : line.substring(0, at + 1) + MASK;
    }

    // ---- URL userinfo

    private static String maskUserinfo(String text) {
        int scheme = text.indexOf("://");
        if (scheme < 0) return text;
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        while (scheme >= 0) {
            int start = scheme + 3;
            int end = start;
            int lastAt = -1;
            while (end < text.length() && !endsAuthority(text.charAt(end))) {
                if (text.charAt(end) == '@') lastAt = end;
                end++;
            }
            if (lastAt >= start) {
                out.append(text, copied, start).append(MASK);
                copied = lastAt;
            }
            scheme = text.indexOf("://", end);
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static boolean endsAuthority(char c) {
        return c == '/' || c == '?' || c == '#' || c == '"' || c == '\'' || c == '`' || c == '<' || c == '>'
                || Character.isWhitespace(c) || c < 0x20;
    }

    // ---- values after secret-named keys

    private static String maskSecretValues(String text, boolean toLineEnd) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '=' && c != ':') {
                i++;
                continue;
            }
            int keyStart = i;
            while (keyStart > 0 && i - keyStart < MAX_KEY && isKeyChar(text.charAt(keyStart - 1))) keyStart--;
            int valueStart = i + 1;
            if (c == ':') {
                // "key: value" only; "host:port" and "file:line" are no key-value pairs
                if (valueStart >= text.length() || text.charAt(valueStart) != ' ') {
                    i++;
                    continue;
                }
            }
            while (valueStart < text.length() && text.charAt(valueStart) == ' ') valueStart++;
            if (keyStart < i && keyStart >= copied && valueStart < text.length()
                    && isSecretName(trimKey(text.substring(keyStart, i)))
                    && !isReference(text, valueStart)) {
                int valueEnd = toLineEnd && !isQuote(text.charAt(valueStart))
                        ? text.length() : valueEnd(text, valueStart);
                if (out == null) out = new StringBuilder(text.length());
                boolean quoted = isQuote(text.charAt(valueStart));
                out.append(text, copied, valueStart);
                if (quoted) out.append(text.charAt(valueStart));
                out.append(MASK);
                if (quoted && valueEnd - 1 > valueStart && text.charAt(valueEnd - 1) == text.charAt(valueStart)) {
                    out.append(text.charAt(valueStart));
                }
                copied = valueEnd;
                i = valueEnd;
                continue;
            }
            i++;
        }
        if (out == null) return text;
        return out.append(text, copied, text.length()).toString();
    }

    private static int valueEnd(String text, int start) {
        if (start >= text.length()) return start;
        char first = text.charAt(start);
        if (isQuote(first)) {
            int close = start + 1;
            while (close < text.length() && text.charAt(close) != first) {
                if (text.charAt(close) == '\\' && first == '"') close++;
                close++;
            }
            return Math.min(text.length(), close + 1);
        }
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
        return end;
    }

    private static boolean isReference(String text, int start) {
        int at = isQuote(text.charAt(start)) ? start + 1 : start;
        if (at + 1 >= text.length() || text.charAt(at) != '$') return false;
        char next = text.charAt(at + 1);
        return next == '{' || Character.isLetter(next) || next == '_';
    }

    private static String trimKey(String key) {
        int start = 0;
        while (start < key.length() && (key.charAt(start) == '.' || key.charAt(start) == '-')) start++;
        return key.substring(start);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '`';
    }

    private static boolean isKeyChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    /** A key split into lower-case words at {@code _ - .} and at lower-to-upper case changes. */
    private static List<String> words(String name) {
        List<String> words = new ArrayList<>(4);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean separator = c == '_' || c == '-' || c == '.' || c == ' ';
            boolean camel = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1));
            if ((separator || camel) && !word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
            if (!separator) word.append(Character.toLowerCase(c));
        }
        if (!word.isEmpty()) words.add(word.toString());
        return words;
    }
}
