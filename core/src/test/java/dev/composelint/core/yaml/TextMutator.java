package dev.composelint.core.yaml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * TEST SUPPORT: seeded, deterministic mutations of YAML text, aimed at what a reader must get exactly right:
 * lines deleted, duplicated (duplicate keys), swapped or re-indented, the text cut short, and YAML syntax inserted
 * at random places (anchors and aliases, merge keys, tags, flow brackets, quotes, tabs, document markers,
 * directives, block scalar headers, control characters).
 */
final class TextMutator {

    private static final String[] SYNTAX = {
        "&a ", "&b ", "*a", "*b", " *a", "<<: *a\n", "<<: [*a, *b]\n", "<<: {k: v}\n", "<<: 1\n", "!!int ", "!!str ",
        "!!float ", "!!bool ", "!!null ", "!!merge ", "!reset ", "!override ", "!custom ", "!<tag:yaml.org,2002:int> ",
        "[", "]", "{", "}", ", ", ": ", "- ", "? ", "\t", "'", "\"", "#", "---\n", "...\n", "%YAML 1.2\n", "|\n",
        ">-\n", "\u0001", "\r", "\n", "  ", "0x1F", "1e3", ".inf", "~", "true", "&a [*a]"};

    private final Random random;

    TextMutator(Random random) {
        this.random = random;
    }

    String mutate(String text, int steps) {
        String result = text;
        for (int i = 0; i < steps; i++) result = mutateOnce(result);
        return result;
    }

    private String mutateOnce(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int line = random.nextInt(lines.size());
        switch (random.nextInt(7)) {
            case 0 -> lines.remove(line);
            case 1 -> lines.add(line, lines.get(line));
            case 2 -> {
                int other = random.nextInt(lines.size());
                String swapped = lines.get(line);
                lines.set(line, lines.get(other));
                lines.set(other, swapped);
            }
            case 3 -> lines.set(line, lines.get(line).startsWith("  ") && random.nextBoolean()
                    ? lines.get(line).substring(2) : "  " + lines.get(line));
            case 4 -> {
                return text.substring(0, random.nextInt(text.length() + 1));
            }
            case 5 -> {
                String value = lines.get(line);
                int colon = value.indexOf(": ");
                if (colon >= 0) lines.set(line, value.substring(0, colon + 2) + "&a " + value.substring(colon + 2));
                int use = random.nextInt(lines.size());
                String target = lines.get(use);
                int at = target.indexOf(": ");
                if (at >= 0) lines.set(use, target.substring(0, at + 2) + "*a");
            }
            default -> {
                int at = random.nextInt(text.length() + 1);
                return text.substring(0, at) + SYNTAX[random.nextInt(SYNTAX.length)] + text.substring(at);
            }
        }
        return String.join("\n", lines);
    }
}
