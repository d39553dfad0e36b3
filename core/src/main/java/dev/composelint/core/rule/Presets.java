package dev.composelint.core.rule;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The named sets of rules a configuration selects. A rule belongs to the presets its {@link RuleMeta#presets()}
 * names; {@value #STRICT} adds {@value RuleMeta#RECOMMENDED} and {@value #SECURITY}, and {@value #ALL} holds every
 * rule. Reserved ids are in no preset: they are on unless configured off.
 */
public final class Presets {

    public static final String RECOMMENDED = RuleMeta.RECOMMENDED;
    public static final String SECURITY = "security";
    public static final String STRICT = "strict";
    public static final String STYLE = "style";
    public static final String ALL = "all";

    /** Every preset name, in documentation order. */
    public static final List<String> NAMES = List.of(RECOMMENDED, SECURITY, STRICT, STYLE, ALL);

    /** What runs when nothing selects a preset. */
    public static final List<String> DEFAULT = List.of(RECOMMENDED);

    private Presets() {
    }

    public static boolean isKnown(String name) {
        return NAMES.contains(name);
    }

    /** The preset names a rule is in, {@value #ALL} and the implied ones included, in {@link #NAMES} order. */
    public static List<String> of(RuleMeta meta) {
        return NAMES.stream().filter(name -> includes(name, meta)).toList();
    }

    /** Whether any of the {@code selected} presets includes the rule. */
    public static boolean selects(Collection<String> selected, RuleMeta meta) {
        return selected.stream().anyMatch(name -> includes(name, meta));
    }

    /** The ids of the rules the {@code selected} presets include. */
    public static Set<String> select(Collection<String> selected, Collection<RuleMeta> rules) {
        Set<String> ids = new LinkedHashSet<>();
        for (RuleMeta meta : rules) {
            if (selects(selected, meta)) ids.add(meta.id());
        }
        return ids;
    }

    private static boolean includes(String preset, RuleMeta meta) {
        return switch (preset) {
            case ALL -> true;
            case STRICT -> meta.presets().contains(STRICT) || meta.presets().contains(RECOMMENDED)
                    || meta.presets().contains(SECURITY);
            default -> meta.presets().contains(preset);
        };
    }
}
