package dev.composelint.core.load;

import java.util.Locale;

/** Compose's project-name rules (compose-semantics §1). */
public final class ProjectNames {

    private ProjectNames() {
    }

    /** Lower case, keep only {@code [a-z0-9_-]}, then strip leading {@code _} and {@code -}. */
    public static String normalize(String name) {
        if (name == null) return "";
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-') sb.append(c);
        }
        int start = 0;
        while (start < sb.length() && (sb.charAt(start) == '_' || sb.charAt(start) == '-')) start++;
        return sb.substring(start);
    }

    /** Null when the name may be given with {@code -p} or COMPOSE_PROJECT_NAME, else Compose's error text. */
    public static String validationError(String name) {
        if (name == null || name.isEmpty()) return "project name must not be empty";
        if (!normalize(name).equals(name)) {
            return "invalid project name \"" + name + "\": must consist only of lowercase alphanumeric characters,"
                    + " hyphens, and underscores as well as start with a letter or number";
        }
        return null;
    }
}
