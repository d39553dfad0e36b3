package dev.composelint.core.rule;

/** What kind of problem a rule finds. */
public enum Category {
    CORRECTNESS, SECURITY, STYLE;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
