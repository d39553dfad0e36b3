package dev.composelint.rules;

import dev.composelint.core.model.FileLayout.Key;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The orders the dclint-compatible style rules compare with. */
final class StyleOrder {

    private static final Collator COLLATOR = Collator.getInstance(Locale.ENGLISH);

    /** Dictionary order, like JavaScript's {@code localeCompare} in English. */
    static final Comparator<String> ALPHABETICAL = (a, b) -> {
        int c = COLLATOR.compare(a, b);
        return c != 0 ? c : a.compareTo(b);
    };

    /** Dictionary order where runs of digits compare as numbers ({@code 80} before {@code 443}). */
    static final Comparator<String> NATURAL = StyleOrder::natural;

    private StyleOrder() {
    }

    /** The index of the first element smaller than the one before it, or -1 when sorted. */
    static <T> int firstOutOfOrder(List<T> items, Comparator<? super T> order) {
        for (int i = 1; i < items.size(); i++) {
            if (order.compare(items.get(i - 1), items.get(i)) > 0) return i;
        }
        return -1;
    }

    /** Each name's first index in {@code order}. */
    static Map<String, Integer> positions(List<String> order) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < order.size(); i++) positions.putIfAbsent(order.get(i), i);
        return positions;
    }

    /**
     * The keys present in {@code keys}, in {@code order}, for a message: at most {@code maxListed} named, so that
     * thousands of keys keep each message short.
     */
    static String expectedOrder(List<String> order, List<Key> keys, int maxListed) {
        Set<String> names = keys.stream().map(Key::name).collect(Collectors.toSet());
        List<String> present = order.stream().filter(names::contains).toList();
        return present.size() <= maxListed ? String.join(", ", present)
                : String.join(", ", present.subList(0, maxListed)) + ", … (" + present.size() + " keys)";
    }

    private static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                String na = stripZeros(a.substring(i, endA));
                String nb = stripZeros(b.substring(j, endB));
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) return c;
                i = endA;
                j = endB;
            } else {
                int c = ALPHABETICAL.compare(String.valueOf(x), String.valueOf(y));
                if (c != 0) return c;
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) end++;
        return end;
    }

    private static String stripZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') k++;
        return digits.substring(k);
    }
}
