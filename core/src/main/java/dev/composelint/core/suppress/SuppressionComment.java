package dev.composelint.core.suppress;

import dev.composelint.core.Source;

import java.util.List;

/**
 * One {@code # composelint-disable-…} comment.
 *
 * @param kind    which lines it covers
 * @param ruleIds the rule ids it names (empty when it names none, which is a mistake)
 * @param source  the comment itself, from {@code #} to the end of the line
 * @param problem why the comment is malformed, or null
 */
public record SuppressionComment(Kind kind, List<String> ruleIds, Source source, String problem) {

    public SuppressionComment {
        ruleIds = List.copyOf(ruleIds);
    }

    /** The three comment forms. */
    public enum Kind {
        /** {@code # composelint-disable-line} at the end of the line it suppresses. */
        LINE("composelint-disable-line"),
        /** {@code # composelint-disable-next-line}: suppresses the line below. */
        NEXT_LINE("composelint-disable-next-line"),
        /** {@code # composelint-disable-file}: suppresses the whole file, wherever it stands. */
        FILE("composelint-disable-file");

        private final String directive;

        Kind(String directive) {
            this.directive = directive;
        }

        public String directive() {
            return directive;
        }
    }

    /** True when this comment covers findings on {@code line} of its file. */
    public boolean covers(int line) {
        return switch (kind) {
            case LINE -> line == source.line();
            case NEXT_LINE -> line == source.line() + 1;
            case FILE -> true;
        };
    }
}
