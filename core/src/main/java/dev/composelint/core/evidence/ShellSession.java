package dev.composelint.core.evidence;

import dev.composelint.core.Source;
import dev.composelint.core.evidence.ShellLexer.Command;
import dev.composelint.core.evidence.ShellLexer.Kind;
import dev.composelint.core.evidence.ShellLexer.Segment;
import dev.composelint.core.evidence.ShellLexer.Word;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One shell that runs commands in order (a script, a recipe line, a CI step, a Markdown file's code blocks): it
 * remembers literal variable assignments, exports and {@code cd}, and reports the compose, stack, network and
 * volume commands it meets to the {@link Collector}.
 */
final class ShellSession {

    /** What kind of file the commands come from: decides the fallback working directory and what {@code $0} is. */
    enum Origin { SCRIPT, MAKE, JUST, TASK, CI, DOC }

    /** An expanded word; {@code unresolved} when it still holds a reference whose value is unknown. */
    record Arg(String text, boolean unresolved, int start) {
    }

    /** Longer values are treated as unknown: a self-doubling assignment must not grow without bound. */
    private static final int MAX_VALUE = 64 * 1024;
    private static final Pattern BLANKS = Pattern.compile("[ \t\n]+");
    private static final Set<String> SKIPPED_WORDS = Set.of("if", "then", "else", "elif", "do", "while", "until",
            "!", "{", "}", "time", "exec", "command", "nohup", "builtin", "fi", "done", "esac", "eval");
    private static final Set<String> DOCKER_VALUED = Set.of("-H", "--host", "-c", "--context", "--config", "-l",
            "--log-level", "--tlscacert", "--tlscert", "--tlskey", "--connection", "--url", "--root", "--runroot",
            "--identity", "--cgroup-manager", "--storage-driver");
    private static final Set<String> COMPOSE_VALUED = Set.of("-f", "--file", "--env-file", "-p", "--project-name",
            "--profile", "--project-directory", "--ansi", "--parallel", "--progress", "-H", "--host", "-c",
            "--context", "--log-level", "--tlscacert", "--tlscert", "--tlskey", "--in-pod", "--pod-args");
    private static final Set<String> STACK_VALUED = Set.of("-c", "--compose-file", "--bundle-file", "--resolve-image",
            "--orchestrator");
    private static final Set<String> NETWORK_VALUED = Set.of("-d", "--driver", "--subnet", "--gateway", "--ip-range",
            "--aux-address", "--label", "-o", "--opt", "--ipam-driver", "--ipam-opt", "--scope", "--config-from",
            "--dns", "--interface-name", "--ip6-range", "--ipv6-subnet", "--route");
    private static final Set<String> VOLUME_VALUED = Set.of("-d", "--driver", "--label", "-o", "--opt", "--name",
            "--availability", "--group", "--limit-bytes", "--required-bytes", "--scope", "--secret", "--sharing",
            "--topology-preferred", "--topology-required", "--type", "--uid", "--gid");
    private static final List<String> SECRET_MARKERS = List.of("PASS", "SECRET", "TOKEN", "KEY", "CRED", "AUTH",
            "PRIVATE", "SALT", "COOKIE", "SESSION", "CERT");

    private final Collector collector;
    private final SourceText source;
    private final Origin origin;
    private final Path fileDirectory;
    /** Literal values of the shell's variables; a null value means assigned but unknown. */
    private final Map<String, String> variables = new HashMap<>();
    private final Set<String> exported = new HashSet<>();
    /** The working directory set by {@code cd} (or given by the caller), or null when it must be inferred. */
    private Path directory;

    ShellSession(Collector collector, SourceText source, Origin origin, Path directory,
                 Map<String, String> environment) {
        this.collector = collector;
        this.source = source;
        this.origin = origin;
        this.fileDirectory = source.file.getParent();
        this.directory = directory;
        environment.forEach((name, value) -> {
            boolean literal = value != null && value.indexOf('$') < 0 && value.indexOf('`') < 0;
            variables.put(name, literal ? value : null);
            exported.add(name);
        });
    }

    /** Runs the commands of {@code snippet} in order. */
    void run(Snippet snippet) {
        for (Command command : ShellLexer.commands(snippet)) {
            try {
                execute(command, snippet);
            } catch (RuntimeException e) {
                // a command this reader cannot follow tells nothing; the rest of the script still counts
            }
        }
    }

    private void execute(Command command, Snippet snippet) {
        List<Word> words = command.words();
        Map<String, String> prefix = new LinkedHashMap<>();
        int index = 0;
        while (index < words.size() && assignment(words.get(index), prefix)) index++;
        if (index == words.size()) {
            variables.putAll(prefix);
            return;
        }
        List<Arg> args = new ArrayList<>();
        for (int i = index; i < words.size(); i++) expand(words.get(i), args);
        int first = skipWrappers(args, prefix);
        if (first >= args.size()) return;
        String name = args.get(first).text();
        List<Arg> rest = args.subList(first + 1, args.size());
        Source at = source.at(snippet.origin(args.get(first).start()));
        switch (name) {
            case "export", "declare", "typeset", "local", "readonly" -> declare(name, words, index + 1);
            case "unset" -> rest.forEach(arg -> variables.remove(arg.text()));
            case "cd", "pushd" -> changeDirectory(rest.isEmpty() ? null : rest.get(0));
            default -> program(basename(name), rest, prefix, at, snippet);
        }
    }

    /** Skips keywords and wrappers ({@code sudo}, {@code env A=b}); returns the index of the real command. */
    private int skipWrappers(List<Arg> args, Map<String, String> prefix) {
        int i = 0;
        while (i < args.size()) {
            String word = args.get(i).text();
            if (SKIPPED_WORDS.contains(word)) {
                i++;
            } else if (word.equals("sudo")) {
                i++;
                while (i < args.size() && args.get(i).text().startsWith("-")) {
                    String option = args.get(i++).text();
                    if (option.equals("-u") || option.equals("-g")) i++;
                }
            } else if (word.equals("env")) {
                i++;
                while (i < args.size()) {
                    String arg = args.get(i).text();
                    int eq = arg.indexOf('=');
                    if (arg.startsWith("-")) {
                        i += arg.equals("-u") ? 2 : 1;
                    } else if (eq > 0 && isName(arg.substring(0, eq))) {
                        prefix.put(arg.substring(0, eq), args.get(i).unresolved() ? null : arg.substring(eq + 1));
                        i++;
                    } else {
                        break;
                    }
                }
            } else {
                break;
            }
        }
        return i;
    }

    private void declare(String keyword, List<Word> words, int from) {
        boolean export = keyword.equals("export");
        for (int i = from; i < words.size(); i++) {
            Word word = words.get(i);
            String literal = word.literal();
            if (literal != null && literal.startsWith("-")) {
                if (literal.contains("x")) export = true;
                continue;
            }
            Map<String, String> assigned = new LinkedHashMap<>();
            if (assignment(word, assigned)) {
                variables.putAll(assigned);
                if (export) exported.addAll(assigned.keySet());
            } else if (literal != null && isName(literal) && export) {
                exported.add(literal);
            }
        }
    }

    /** Reads {@code NAME=value} into {@code into}; false when the word is no assignment. */
    private boolean assignment(Word word, Map<String, String> into) {
        List<Segment> segments = word.segments();
        if (segments.isEmpty()) return false;
        Segment head = segments.get(0);
        if (head.kind() != Kind.LITERAL || head.quoted()) return false;
        int eq = head.text().indexOf('=');
        if (eq <= 0) return false;
        boolean append = head.text().charAt(eq - 1) == '+';
        String name = head.text().substring(0, append ? eq - 1 : eq);
        if (!isName(name)) return false;
        List<Segment> value = new ArrayList<>(segments.size());
        String headValue = head.text().substring(eq + 1);
        if (!headValue.isEmpty()) value.add(new Segment(Kind.LITERAL, headValue, false, "", null, headValue));
        value.addAll(segments.subList(1, segments.size()));
        StringBuilder text = new StringBuilder();
        boolean unresolved = false;
        for (Segment segment : value) {
            String part = segmentValue(segment);
            if (part == null) {
                unresolved = true;
                break;
            }
            text.append(part);
        }
        String result = unresolved || text.length() > MAX_VALUE ? null : text.toString();
        if (append && result != null) {
            String before = into.containsKey(name) ? into.get(name) : variables.getOrDefault(name, "");
            result = before == null || before.length() + result.length() > MAX_VALUE ? null : before + result;
        }
        into.put(name, result);
        return true;
    }

    /** Expands {@code word} into {@code out}, splitting unquoted variable values on blanks. */
    private void expand(Word word, List<Arg> out) {
        StringBuilder current = new StringBuilder();
        boolean unresolved = false;
        boolean pending = false;
        for (Segment segment : word.segments()) {
            String value = segmentValue(segment);
            if (value == null) {
                current.append(segment.raw());
                unresolved = true;
                pending = true;
            } else if (segment.kind() != Kind.VARIABLE || segment.quoted()) {
                current.append(value);
                pending = true;
            } else {
                String[] fields = value.isBlank() ? new String[0] : BLANKS.split(value.trim());
                boolean leading = !value.isEmpty() && Character.isWhitespace(value.charAt(0));
                boolean trailing = !value.isEmpty() && Character.isWhitespace(value.charAt(value.length() - 1));
                for (int k = 0; k < fields.length; k++) {
                    if ((k > 0 || leading) && !current.isEmpty()) {
                        out.add(new Arg(current.toString(), unresolved, word.start()));
                        current.setLength(0);
                        unresolved = false;
                    }
                    current.append(fields[k]);
                    pending = true;
                }
                if (trailing && !current.isEmpty()) {
                    out.add(new Arg(current.toString(), unresolved, word.start()));
                    current.setLength(0);
                    unresolved = false;
                    pending = false;
                }
            }
        }
        if (pending || !current.isEmpty()) out.add(new Arg(current.toString(), unresolved, word.start()));
    }

    /** The value of a segment, or null when it depends on something unknown. */
    private String segmentValue(Segment segment) {
        return switch (segment.kind()) {
            case LITERAL -> segment.text();
            case OPAQUE -> substitution(segment.raw());
            case VARIABLE -> variable(segment);
        };
    }

    private String variable(Segment segment) {
        String name = segment.text();
        boolean assigned = variables.containsKey(name);
        String value = assigned ? variables.get(name) : name.equals("PWD") ? currentDirectoryText() : null;
        boolean known = value != null;
        return switch (segment.operator()) {
            case "-" -> {
                if (known && !value.isEmpty()) yield value;
                yield assigned && !known ? null : literalDefault(segment.argument());
            }
            case "+" -> known ? literalDefault(segment.argument()) : assigned ? null : "";
            default -> value;
        };
    }

    /** A default value written inside {@code ${X:-...}}: usable when it holds no further reference. */
    private static String literalDefault(String argument) {
        if (argument == null) return "";
        if (argument.indexOf('$') >= 0 || argument.indexOf('`') >= 0) return null;
        if (argument.length() >= 2 && (argument.charAt(0) == '"' || argument.charAt(0) == '\'')
                && argument.charAt(argument.length() - 1) == argument.charAt(0)) {
            return argument.substring(1, argument.length() - 1);
        }
        return argument;
    }

    /** Command substitutions whose value is known: the script's directory, the repository root, pwd. */
    private String substitution(String raw) {
        if (raw.contains("git rev-parse --show-toplevel")) return collector.root.toString();
        if (origin == Origin.SCRIPT && raw.contains("dirname") && (raw.contains("$0") || raw.contains("${0}")
                || raw.contains("BASH_SOURCE"))) {
            return fileDirectory.toString();
        }
        String inner = raw.startsWith("$(") ? raw.substring(2, raw.length() - (raw.endsWith(")") ? 1 : 0))
                : raw.startsWith("`") ? raw.substring(1, raw.length() - (raw.endsWith("`") ? 1 : 0)) : null;
        if (inner != null && (inner.trim().equals("pwd") || inner.trim().equals("pwd -P"))) {
            return currentDirectoryText();
        }
        return null;
    }

    /** What {@code $PWD} stands for: the known directory, else "." (a path relative to where the command runs). */
    private String currentDirectoryText() {
        return directory != null ? directory.toString() : ".";
    }

    private void changeDirectory(Arg target) {
        if (target == null || target.unresolved()) {
            directory = null;
            return;
        }
        String text = target.text();
        if (text.equals("-") || text.startsWith("~") || text.startsWith("-")) {
            directory = null;
            return;
        }
        Path path = Path.of(text);
        if (path.isAbsolute()) {
            Path normalized = path.normalize();
            directory = collector.isDirectory(normalized) ? normalized : null;
            return;
        }
        if (directory != null) {
            Path next = directory.resolve(path).normalize();
            if (collector.isDirectory(next)) directory = next;
            return;
        }
        for (Path base = fileDirectory; base != null && base.startsWith(collector.root); base = base.getParent()) {
            Path next = base.resolve(path).normalize();
            if (collector.isDirectory(next)) {
                directory = next;
                return;
            }
            if (base.equals(collector.root)) break;
        }
        // a directory the repository does not hold (a fresh clone, a temporary directory) tells nothing
    }

    private void program(String name, List<Arg> args, Map<String, String> prefix, Source at, Snippet snippet) {
        switch (name) {
            case "sh", "bash", "zsh", "dash" -> nestedShell(args, snippet);
            case "docker-compose", "podman-compose", "docker-compose.exe" -> compose(args, prefix, at);
            case "docker", "podman", "docker.exe" -> docker(args, prefix, at);
            default -> {
            }
        }
    }

    /** {@code sh -c 'commands'}: the quoted commands run in this session, located at the quoted argument. */
    private void nestedShell(List<Arg> args, Snippet snippet) {
        for (int i = 0; i + 1 < args.size(); i++) {
            String option = args.get(i).text();
            if (!option.startsWith("-")) return;
            if (option.startsWith("-") && !option.startsWith("--") && option.indexOf('c') > 0) {
                Arg script = args.get(i + 1);
                if (script.text().length() > MAX_VALUE) return;
                run(new Snippet().append(script.text(), snippet.origin(script.start())));
                return;
            }
        }
    }

    private void docker(List<Arg> args, Map<String, String> prefix, Source at) {
        int i = skipOptions(args, 0, DOCKER_VALUED);
        if (i >= args.size()) return;
        String sub = args.get(i).text();
        String next = i + 1 < args.size() ? args.get(i + 1).text() : "";
        switch (sub) {
            case "compose" -> compose(args.subList(i + 1, args.size()), prefix, at);
            case "stack" -> {
                if (next.equals("deploy") || next.equals("up")) stack(args.subList(i + 2, args.size()), at);
            }
            case "deploy" -> stack(args.subList(i + 1, args.size()), at);
            case "network" -> {
                if (next.equals("create")) created(args.subList(i + 2, args.size()), CreatedResource.Kind.NETWORK, at);
            }
            case "volume" -> {
                if (next.equals("create")) created(args.subList(i + 2, args.size()), CreatedResource.Kind.VOLUME, at);
            }
            default -> {
            }
        }
    }

    /** The index of the first argument that is not an option (or an option's value). */
    private static int skipOptions(List<Arg> args, int from, Set<String> valued) {
        int i = from;
        while (i < args.size()) {
            String arg = args.get(i).text();
            if (!arg.startsWith("-") || arg.equals("-")) break;
            if (arg.equals("--")) return i + 1;
            i += valued.contains(arg) ? 2 : 1;
        }
        return i;
    }

    /** An option with its value (null for a flag), or a positional argument (null name). */
    private record Option(String name, Arg value) {
    }

    /**
     * The options and positional arguments of {@code args}: {@code --name=value}, {@code -fvalue} for a valued
     * short option, {@code -f value}. Stops at the first positional argument when {@code untilPositional}; null
     * when a valued option lacks its value.
     */
    private static List<Option> options(List<Arg> args, Set<String> valued, boolean untilPositional) {
        List<Option> options = new ArrayList<>();
        int i = 0;
        while (i < args.size()) {
            Arg arg = args.get(i);
            String text = arg.text();
            if (text.equals("--")) break;
            if (!text.startsWith("-") || text.equals("-")) {
                options.add(new Option(null, arg));
                if (untilPositional) break;
                i++;
                continue;
            }
            int eq = text.indexOf('=');
            if (text.startsWith("--") && eq > 0) {
                options.add(new Option(text.substring(0, eq), new Arg(text.substring(eq + 1), arg.unresolved(), arg.start())));
                i++;
            } else if (!text.startsWith("--") && text.length() > 2 && valued.contains(text.substring(0, 2))) {
                options.add(new Option(text.substring(0, 2), new Arg(text.substring(2), arg.unresolved(), arg.start())));
                i++;
            } else if (valued.contains(text) || text.startsWith("--podman-")) {
                if (i + 1 >= args.size()) return null;
                options.add(new Option(text, args.get(i + 1)));
                i += 2;
            } else {
                options.add(new Option(text, null));
                i++;
            }
        }
        return options;
    }

    private void compose(List<Arg> args, Map<String, String> prefix, Source at) {
        List<Option> options = options(args, COMPOSE_VALUED, true);
        if (options == null) return;
        List<String> files = new ArrayList<>();
        List<String> envFiles = new ArrayList<>();
        Set<String> profiles = new LinkedHashSet<>();
        String projectName = null;
        String projectDirectory = null;
        boolean unresolvedFile = false;
        for (Option option : options) {
            if (option.name() == null) break;
            Arg value = option.value();
            boolean usable = value != null && !value.unresolved() && !value.text().isEmpty()
                    && !value.text().startsWith("~");
            switch (option.name()) {
                case "-f", "--file" -> {
                    if (!usable) unresolvedFile = true;
                    else if (isRemote(value.text())) return;
                    else if (!value.text().equals("-")) files.add(value.text());
                }
                case "--env-file" -> {
                    if (usable) envFiles.add(value.text());
                }
                case "-p", "--project-name" -> projectName = usable ? value.text() : null;
                case "--profile" -> {
                    if (usable) profiles.add(value.text());
                }
                case "--project-directory" -> projectDirectory = usable ? value.text() : null;
                default -> {
                }
            }
        }
        Map<String, String> environment = environment(prefix);
        List<String> probe = files;
        if (files.isEmpty() && !unresolvedFile && composeFileVariable(prefix) != null) {
            String composeFile = environment.get("COMPOSE_FILE");
            if (composeFile == null) {
                unresolvedFile = true;
            } else {
                probe = splitComposeFile(composeFile, environment.getOrDefault("COMPOSE_PATH_SEPARATOR", ":"));
            }
        }
        if (unresolvedFile) {
            collector.unresolvedDropped++;
            return;
        }
        collector.invocation(at, directory, fileDirectory, fallbackDirectory(), files, probe, envFiles,
                projectName, profiles, projectDirectory, environment);
    }

    /** Whether COMPOSE_FILE applies to the command (as a prefix assignment or an exported variable). */
    private String composeFileVariable(Map<String, String> prefix) {
        if (prefix.containsKey("COMPOSE_FILE") || exported.contains("COMPOSE_FILE")) return "COMPOSE_FILE";
        return null;
    }

    /** A compose file Compose fetches (an OCI artifact, a Git repository): nothing to resolve locally. */
    private static boolean isRemote(String file) {
        return file.contains("://") || file.startsWith("git@") || file.startsWith("oci:");
    }

    static List<String> splitComposeFile(String value, String separator) {
        List<String> files = new ArrayList<>();
        String sep = separator.isEmpty() ? ":" : separator;
        int from = 0;
        while (from <= value.length()) {
            int next = value.indexOf(sep, from);
            if (next < 0) next = value.length();
            String file = value.substring(from, next).trim();
            if (!file.isEmpty()) files.add(file);
            from = next + sep.length();
        }
        return files;
    }

    /** The literal, non-secret variables the command sees: exported ones, then its own prefix assignments. */
    private Map<String, String> environment(Map<String, String> prefix) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String name : exported) {
            String value = variables.get(name);
            if (value != null && isShareable(name, value)) environment.put(name, value);
        }
        prefix.forEach((name, value) -> {
            if (value != null && isShareable(name, value)) environment.put(name, value);
            else environment.remove(name);
        });
        return environment;
    }

    /** False for a variable that may hold a secret: a secret-like name, or a URL with credentials. */
    static boolean isShareable(String name, String value) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("COMPOSE_")) {
            for (String marker : SECRET_MARKERS) {
                if (upper.contains(marker)) return false;
            }
        }
        int scheme = value.indexOf("://");
        if (scheme >= 0 && value.indexOf('@', scheme) > 0) return false;
        return value.length() <= 4096;
    }

    private void stack(List<Arg> args, Source at) {
        List<Option> options = options(args, STACK_VALUED, false);
        if (options == null) return;
        List<String> files = new ArrayList<>();
        String name = null;
        boolean named = false;
        boolean unresolvedFile = false;
        for (Option option : options) {
            Arg value = option.value();
            if (option.name() == null) {
                if (!named) name = value.unresolved() ? null : value.text();
                named = true;
            } else if (option.name().equals("-c") || option.name().equals("--compose-file")) {
                if (value == null || value.unresolved() || value.text().startsWith("~")) unresolvedFile = true;
                else if (!value.text().equals("-")) files.add(value.text());
            }
        }
        if (unresolvedFile) {
            collector.unresolvedDropped++;
            return;
        }
        if (files.isEmpty()) return;
        collector.stack(at, directory, fileDirectory, fallbackDirectory(), files, name);
    }

    private void created(List<Arg> args, CreatedResource.Kind kind, Source at) {
        boolean volume = kind == CreatedResource.Kind.VOLUME;
        List<Option> options = options(args, volume ? VOLUME_VALUED : NETWORK_VALUED, false);
        if (options == null) return;
        for (Option option : options) {
            if (option.name() == null || (volume && option.name().equals("--name"))) {
                if (!option.value().unresolved() && !option.value().text().isEmpty()) {
                    collector.created(at, kind, option.value().text());
                }
                return;
            }
        }
    }

    /** Where a command runs when neither {@code cd} nor its files tell: the file's directory for scripts. */
    private Path fallbackDirectory() {
        return origin == Origin.SCRIPT ? fileDirectory : collector.root;
    }

    private static String basename(String program) {
        int slash = program.lastIndexOf('/');
        return slash >= 0 ? program.substring(slash + 1) : program;
    }

    static boolean isName(String name) {
        if (name.isEmpty()) return false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && c >= '0' && c <= '9');
            if (!ok) return false;
        }
        return true;
    }
}
