package dev.composelint.core.evidence;

import java.util.Set;

/**
 * Reads the Compose variables of {@code .env} files and env templates. Only those four keys are kept: any other
 * value in an env file may be a secret and is never looked at further.
 */
final class EnvTemplateReader {

    static final Set<String> COMPOSE_KEYS =
            Set.of("COMPOSE_FILE", "COMPOSE_PATH_SEPARATOR", "COMPOSE_PROFILES", "COMPOSE_PROJECT_NAME");

    private EnvTemplateReader() {
    }

    static void read(Collector collector, SourceText source) {
        for (int index = 0; index < source.lineCount(); index++) {
            int start = source.lineStart(index);
            int end = source.lineEnd(index);
            if (end - start > EvidenceScanner.MAX_LINE) continue;
            String line = source.content.substring(start, end);
            int keyStart = 0;
            while (keyStart < line.length() && Character.isWhitespace(line.charAt(keyStart))) keyStart++;
            if (line.startsWith("export ", keyStart)) {
                keyStart += "export ".length();
                while (keyStart < line.length() && line.charAt(keyStart) == ' ') keyStart++;
            }
            int eq = line.indexOf('=', keyStart);
            if (eq < 0) continue;
            String key = line.substring(keyStart, eq).trim();
            if (!COMPOSE_KEYS.contains(key)) continue;
            collector.setting(new EnvSetting(source.at(start + keyStart), key, value(line.substring(eq + 1))));
        }
    }

    /** The value as Compose's dotenv reads it: quotes removed, an unquoted value's {@code  #} comment dropped. */
    static String value(String raw) {
        String value = raw.strip();
        if (!value.isEmpty() && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
            int close = value.indexOf(value.charAt(0), 1);
            return close > 0 ? value.substring(1, close) : value.substring(1);
        }
        int comment = value.indexOf(" #");
        if (comment < 0) comment = value.indexOf("\t#");
        return (comment >= 0 ? value.substring(0, comment) : value).strip();
    }
}
