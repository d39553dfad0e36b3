package dev.composelint.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The everyday command line (paths and well-formed known options of {@link CliOptions}) parsed without picocli,
 * whose first use costs about 0.1 s of class loading and initialisation on a cold JVM (its classes are too old
 * for class-data sharing). The options are read from {@link CliOptions}' own annotations, so there is one
 * definition. Anything else (help, version, the graph and lsp subcommands, {@code @argfiles}, {@code --}, a repeated
 * single option, a value that looks like an option, any error) is left to picocli: {@link #parse} returns empty.
 */
final class QuickArgs {

    private static final Map<String, Field> OPTIONS = new HashMap<>();
    private static final Field POSITIONAL;

    static {
        Field positional = null;
        for (Field field : CliOptions.class.getDeclaredFields()) {
            Option option = field.getAnnotation(Option.class);
            if (option != null) {
                for (String name : option.names()) OPTIONS.put(name, field);
            } else if (field.isAnnotationPresent(Parameters.class)) {
                positional = field;
            }
        }
        POSITIONAL = positional;
    }

    /** The subcommands {@link Main} adds; a word spelled like one goes to picocli, which decides. */
    static final Set<String> SUBCOMMANDS = Set.of("graph", "lsp");

    private QuickArgs() {
    }

    /** The options picocli would produce for {@code args}, or empty when picocli must parse them. */
    static Optional<CliOptions> parse(String[] args) {
        CliOptions options = new CliOptions();
        Set<Field> seen = new HashSet<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.isEmpty() || arg.startsWith("@") || SUBCOMMANDS.contains(arg)) return Optional.empty();
                if (!arg.startsWith("-")) {
                    addTo(POSITIONAL, options, arg);
                    continue;
                }
                int equals = arg.startsWith("--") ? arg.indexOf('=') : -1;
                String name = equals < 0 ? arg : arg.substring(0, equals);
                Field field = OPTIONS.get(name);
                if (field == null) return Optional.empty();
                boolean list = field.getType() == List.class;
                if (!list && !seen.add(field)) return Optional.empty();
                if (field.getType() == boolean.class) {
                    if (equals >= 0) return Optional.empty();
                    field.setBoolean(options, true);
                    continue;
                }
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    return Optional.empty();
                }
                if (value.isEmpty() || value.startsWith("-") || value.startsWith("@") || SUBCOMMANDS.contains(value)) {
                    return Optional.empty();
                }
                if (list) {
                    addTo(field, options, value);
                } else if (field.getType() == int.class) {
                    field.setInt(options, Integer.parseInt(value));
                } else if (field.getType() == String.class) {
                    field.set(options, value);
                } else {
                    return Optional.empty();
                }
            }
        } catch (NumberFormatException | IllegalAccessException e) {
            return Optional.empty();
        }
        return Optional.of(options);
    }

    @SuppressWarnings("unchecked")
    private static void addTo(Field field, CliOptions options, String value) throws IllegalAccessException {
        ((List<String>) field.get(options)).add(value);
    }
}
