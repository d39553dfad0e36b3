package dev.composelint.core.sidecar.common;

import dev.composelint.core.model.Service;

import java.util.ArrayList;
import java.util.List;

/**
 * The flags on a service's command line, as the tools parse them: Go's {@code flag} package (Loki, Promtail) takes
 * {@code -name value}, {@code -name=value} and the same with two dashes; kingpin (Prometheus, Alertmanager) takes
 * only {@code --name value} and {@code --name=value}. The command is read before the entrypoint: a flag in the
 * command wins, and within one list the last occurrence wins. Quotes around a value are dropped.
 */
public final class CommandFlags {

    /** How a tool spells its flags. */
    public enum Style {
        /** Go's flag package: one or two dashes. */
        GO,
        /** kingpin: two dashes only. */
        KINGPIN
    }

    private final Style style;
    private final List<String> command;
    private final List<String> entrypoint;

    private CommandFlags(Style style, List<String> command, List<String> entrypoint) {
        this.style = style;
        this.command = command == null ? List.of() : command;
        this.entrypoint = entrypoint == null ? List.of() : entrypoint;
    }

    /** The flags of {@code service}'s command and entrypoint, spelt in {@code style}. */
    public static CommandFlags of(Service service, Style style) {
        return new CommandFlags(style, service.command(), service.entrypoint());
    }

    /** The value of flag {@code name}; null when absent or empty. */
    public String value(String name) {
        String fromCommand = last(command, name);
        return fromCommand != null ? fromCommand : last(entrypoint, name);
    }

    /** Every value of a repeatable flag (command, then entrypoint), each split at commas. */
    public List<String> values(String name) {
        List<String> result = new ArrayList<>();
        for (List<String> args : List.of(command, entrypoint)) {
            for (int i = 0; i < args.size(); i++) {
                String value = valueAt(args, i, name);
                if (value == null) continue;
                for (String part : value.split(",")) {
                    if (!part.isBlank()) result.add(part.trim());
                }
            }
        }
        return result;
    }

    /** True when the boolean flag {@code name} is given bare ({@code --name}) or as {@code --name=true}. */
    public boolean isSet(String name) {
        boolean set = false;
        for (List<String> args : List.of(entrypoint, command)) {
            for (String arg : args) {
                String bare = bare(arg.trim());
                if (bare == null) continue;
                if (bare.equals(name) || bare.equals(name + "=true")) set = true;
                else if (bare.equals("no-" + name) || bare.equals(name + "=false")) set = false;
            }
        }
        return set;
    }

    private String last(List<String> args, String name) {
        String value = null;
        for (int i = 0; i < args.size(); i++) {
            String found = valueAt(args, i, name);
            if (found != null) value = found;
        }
        return value == null || value.isEmpty() ? null : value;
    }

    /** The value given at {@code args[i]} to flag {@code name}, or null when that argument is no such flag. */
    private String valueAt(List<String> args, int i, String name) {
        String bare = bare(args.get(i).trim());
        if (bare == null) return null;
        if (bare.startsWith(name + "=")) return unquote(bare.substring(name.length() + 1));
        if (bare.equals(name) && i + 1 < args.size()) return unquote(args.get(i + 1).trim());
        return null;
    }

    /** The argument without its dashes, or null when it is no flag in this style. */
    private String bare(String arg) {
        if (arg.startsWith("--")) return arg.substring(2);
        if (style == Style.GO && arg.startsWith("-")) return arg.substring(1);
        return null;
    }

    private static String unquote(String text) {
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"")
                || text.startsWith("'") && text.endsWith("'"))) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
