package dev.composelint.core.fs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A path glob matched in time linear in the path (times the pattern's length), without backtracking: the pattern is
 * compiled to a small automaton whose set of live states advances one character at a time, so no pattern (such as
 * {@code *a*a*a*a*a*a*a*a*ab}) can make a match slow. Paths are matched whole, with {@code /} as the separator.
 *
 * <p>{@link #of} reads the syntax of {@code java.nio} glob {@code PathMatcher}s (the config's {@code ignore} globs):
 * {@code *} (within one path segment), {@code **} (across segments), {@code ?}, {@code [a-z]} and {@code [!a]},
 * {@code {a,b}} alternatives, {@code \} escapes. {@link GitIgnore} builds its patterns with {@link #gitignore}.
 */
public final class Glob {

    /** The most alternatives {@code {a,b}} groups may expand to. */
    static final int MAX_ALTERNATIVES = 256;

    private enum Kind { LITERAL, ONE, CLASS, STAR, ANY_RUN, DIRECTORIES }

    /**
     * One step of a pattern. {@code STAR}: any run without {@code /}; {@code ANY_RUN}: any run; {@code DIRECTORIES}:
     * nothing or any run ending in {@code /} (gitignore's {@code **}{@code /}).
     */
    private record Token(Kind kind, char literal, String ranges, boolean negated) {

        boolean matchesEmpty() {
            return kind == Kind.STAR || kind == Kind.ANY_RUN || kind == Kind.DIRECTORIES;
        }

        boolean matchesChar(char c) {
            return switch (kind) {
                case LITERAL -> c == literal;
                case ONE -> c != '/';
                case CLASS -> c != '/' && inClass(c) != negated;
                default -> false;
            };
        }

        private boolean inClass(char c) {
            for (int i = 0; i < ranges.length(); i += 2) {
                if (c >= ranges.charAt(i) && c <= ranges.charAt(i + 1)) return true;
            }
            return false;
        }
    }

    private final String pattern;
    private final List<Program> alternatives;

    private Glob(String pattern, List<Program> alternatives) {
        this.pattern = pattern;
        this.alternatives = alternatives;
    }

    /**
     * A glob in {@code java.nio} {@code PathMatcher} syntax.
     *
     * @throws IllegalArgumentException for an unclosed {@code [} or {@code {}, or too many alternatives
     */
    public static Glob of(String pattern) {
        List<Program> alternatives = new ArrayList<>();
        for (String alternative : expandBraces(pattern)) {
            alternatives.add(Program.of(tokens(alternative, false)));
        }
        return new Glob(pattern, alternatives);
    }

    /**
     * A gitignore pattern body (without {@code !}, the trailing {@code /} and a leading {@code /}): a leading
     * {@code **}{@code /} matches in any directory, {@code /**}{@code /} zero or more directories, a trailing
     * {@code /**} everything inside; other {@code **} are plain {@code *}. An unanchored pattern matches at any depth.
     */
    public static Glob gitignore(String body, boolean anchored) {
        List<Token> tokens = new ArrayList<>();
        if (!anchored) tokens.add(new Token(Kind.DIRECTORIES, '\0', null, false));
        tokens.addAll(List.of(tokens(body, true)));
        return new Glob(body, List.of(Program.of(tokens.toArray(Token[]::new))));
    }

    /** True when the whole of {@code path} (with {@code /} separators) matches. */
    public boolean matches(CharSequence path) {
        for (Program program : alternatives) {
            if (run(program, path)) return true;
        }
        return false;
    }

    /** True when the path, written with {@code /} separators, matches. */
    public boolean matches(Path path) {
        return matches(path.toString().replace('\\', '/'));
    }

    @Override
    public String toString() {
        return pattern;
    }

    // ---- the automaton: state i means "tokens before i are matched"

    private static boolean run(Program program, CharSequence path) {
        return program.masks() != null ? runBits(program.tokens(), program.masks(), path)
                : runArrays(program.tokens(), path);
    }

    /** One alternative of a glob: its tokens, and their masks when there are fewer than 64. */
    private record Program(Token[] tokens, Masks masks) {

        static Program of(Token[] tokens) {
            return new Program(tokens, tokens.length < 64 ? Masks.of(tokens) : null);
        }
    }

    /**
     * The masks of a pattern of fewer than 64 tokens for the bit-parallel run: each state is a bit of one
     * {@code long}, so a step costs a few instructions.
     */
    private record Masks(long empty, long star, long anyRun, long directories, long[] ascii) {

        static Masks of(Token[] tokens) {
            long empty = 0;
            long star = 0;
            long anyRun = 0;
            long directories = 0;
            long[] ascii = new long[128];
            for (int i = 0; i < tokens.length; i++) {
                long bit = 1L << i;
                Token token = tokens[i];
                switch (token.kind()) {
                    case STAR -> star |= bit;
                    case ANY_RUN -> anyRun |= bit;
                    case DIRECTORIES -> directories |= bit;
                    default -> {
                        for (char c = 0; c < 128; c++) {
                            if (token.matchesChar(c)) ascii[c] |= bit;
                        }
                    }
                }
                if (token.matchesEmpty()) empty |= bit;
            }
            return new Masks(empty, star, anyRun, directories, ascii);
        }
    }

    private static boolean runBits(Token[] tokens, Masks masks, CharSequence path) {
        long accept = 1L << tokens.length;
        long live = close(1L, masks.empty());
        for (int at = 0; at < path.length() && live != 0; at++) {
            char c = path.charAt(at);
            long advance = c < 128 ? masks.ascii()[c] : stepMask(tokens, c);
            long stay = masks.anyRun() | masks.directories();
            if (c == '/') {
                advance |= masks.directories();
            } else {
                stay |= masks.star();
            }
            live = close((live & stay) | ((live & advance) << 1), masks.empty());
        }
        return (live & accept) != 0;
    }

    private static long stepMask(Token[] tokens, char c) {
        long mask = 0;
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].matchesChar(c)) mask |= 1L << i;
        }
        return mask;
    }

    private static long close(long states, long empty) {
        long closed = states;
        while (true) {
            long more = closed | ((closed & empty) << 1);
            if (more == closed) return closed;
            closed = more;
        }
    }

    /** The same automaton for long patterns, one boolean per state. */
    private static boolean runArrays(Token[] tokens, CharSequence path) {
        int states = tokens.length + 1;
        boolean[] live = new boolean[states];
        boolean[] next = new boolean[states];
        live[0] = true;
        close(tokens, live);
        for (int at = 0; at < path.length(); at++) {
            char c = path.charAt(at);
            boolean any = false;
            Arrays.fill(next, false);
            for (int i = 0; i < tokens.length; i++) {
                if (!live[i]) continue;
                Token token = tokens[i];
                switch (token.kind()) {
                    case STAR -> next[i] |= c != '/';
                    case ANY_RUN -> next[i] = true;
                    case DIRECTORIES -> {
                        next[i] = true;
                        if (c == '/') next[i + 1] = true;
                    }
                    default -> {
                        if (token.matchesChar(c)) next[i + 1] = true;
                    }
                }
            }
            close(tokens, next);
            for (boolean state : next) any |= state;
            if (!any) return false;
            boolean[] swap = live;
            live = next;
            next = swap;
        }
        return live[tokens.length];
    }

    /** Adds the states reachable without reading: past every token that may match nothing. */
    private static void close(Token[] tokens, boolean[] states) {
        for (int i = 0; i < tokens.length; i++) {
            if (states[i] && tokens[i].matchesEmpty()) states[i + 1] = true;
        }
    }

    // ---- compiling

    private static Token[] tokens(String glob, boolean gitignore) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (c == '*') {
                int run = i;
                while (run < glob.length() && glob.charAt(run) == '*') run++;
                boolean doubled = run - i >= 2;
                if (!doubled) {
                    tokens.add(new Token(Kind.STAR, '\0', null, false));
                } else if (!gitignore) {
                    tokens.add(new Token(Kind.ANY_RUN, '\0', null, false));
                } else {
                    boolean atSegmentStart = i == 0 || glob.charAt(i - 1) == '/';
                    boolean slashAfter = run < glob.length() && glob.charAt(run) == '/';
                    if (atSegmentStart && slashAfter) {
                        tokens.add(new Token(Kind.DIRECTORIES, '\0', null, false));
                        run++;
                    } else if (atSegmentStart && run == glob.length()) {
                        tokens.add(new Token(Kind.ANY_RUN, '\0', null, false));
                    } else {
                        tokens.add(new Token(Kind.STAR, '\0', null, false));
                    }
                }
                i = run;
            } else if (c == '?') {
                tokens.add(new Token(Kind.ONE, '\0', null, false));
                i++;
            } else if (c == '[') {
                int end = classEnd(glob, i);
                if (end < 0) {
                    if (!gitignore) throw new IllegalArgumentException("unclosed [ in glob " + glob);
                    tokens.add(new Token(Kind.LITERAL, '[', null, false));
                    i++;
                } else {
                    tokens.add(characterClass(glob.substring(i + 1, end)));
                    i = end + 1;
                }
            } else if (c == '\\' && i + 1 < glob.length()) {
                tokens.add(new Token(Kind.LITERAL, glob.charAt(i + 1), null, false));
                i += 2;
            } else {
                tokens.add(new Token(Kind.LITERAL, c, null, false));
                i++;
            }
        }
        return tokens.toArray(Token[]::new);
    }

    /** The index of the {@code ]} closing the class opened at {@code open}, or -1. */
    private static int classEnd(String glob, int open) {
        int i = open + 1;
        if (i < glob.length() && (glob.charAt(i) == '!' || glob.charAt(i) == '^')) i++;
        if (i < glob.length() && glob.charAt(i) == ']') i++;
        while (i < glob.length() && glob.charAt(i) != ']') i++;
        return i < glob.length() ? i : -1;
    }

    private static Token characterClass(String body) {
        boolean negated = !body.isEmpty() && (body.charAt(0) == '!' || body.charAt(0) == '^');
        String members = negated ? body.substring(1) : body;
        StringBuilder ranges = new StringBuilder();
        for (int i = 0; i < members.length(); i++) {
            char from = members.charAt(i);
            if (i + 2 < members.length() && members.charAt(i + 1) == '-') {
                ranges.append(from).append(members.charAt(i + 2));
                i += 2;
            } else {
                ranges.append(from).append(from);
            }
        }
        return new Token(Kind.CLASS, '\0', ranges.toString(), negated);
    }

    /** Every alternative of {@code {a,b}} groups (nested groups too), at most {@link #MAX_ALTERNATIVES}. */
    static List<String> expandBraces(String glob) {
        int open = -1;
        int depth = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int end = classEnd(glob, i);
                if (end > 0) i = end;
            } else if (c == '{') {
                if (depth++ == 0) open = i;
            } else if (c == '}' && depth > 0 && --depth == 0) {
                List<String> result = new ArrayList<>();
                for (String choice : splitTopLevel(glob.substring(open + 1, i))) {
                    for (String rest : expandBraces(glob.substring(0, open) + choice + glob.substring(i + 1))) {
                        result.add(rest);
                        if (result.size() > MAX_ALTERNATIVES) {
                            throw new IllegalArgumentException("glob " + glob + " has more than "
                                    + MAX_ALTERNATIVES + " alternatives");
                        }
                    }
                }
                return result;
            }
        }
        if (depth > 0) throw new IllegalArgumentException("unclosed { in glob " + glob);
        return List.of(glob);
    }

    private static List<String> splitTopLevel(String group) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < group.length(); i++) {
            char c = group.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(group.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(group.substring(start));
        return parts;
    }
}
