package dev.composelint.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An IP address literal, recognised the way Go's {@code net.ParseIP} does (no zones, no leading zeros in IPv4),
 * with one spelling per address computed without any name lookup.
 *
 * @param text       as written, without brackets
 * @param normalized IPv4 as written, IPv6 as eight lower-case hexadecimal groups without leading zeros
 *                   ({@code ::}, {@code ::1}, {@code 0:0:0:0:0:0:0:1} all agree)
 */
public record IpAddress(String text, String normalized) {

    private static final String ANY_IPV4 = "0.0.0.0";
    private static final String ANY_IPV6 = "0:0:0:0:0:0:0:0";

    /** The address, or null when the text (brackets allowed) is no IP literal. */
    public static IpAddress parse(String text) {
        String normalized = canonical(text);
        if (normalized == null) return null;
        String bare = text.trim();
        if (bare.startsWith("[")) bare = bare.substring(1, bare.length() - 1);
        return new IpAddress(bare, normalized);
    }

    public boolean isIpv4() {
        return !normalized.contains(":");
    }

    /** {@code 0.0.0.0} or {@code ::}: every address of the host (of IPv4 only for {@code 0.0.0.0}). */
    public boolean isUnspecified() {
        return normalized.equals(ANY_IPV4) || normalized.equals(ANY_IPV6);
    }

    /**
     * Whether binding both addresses can collide: {@code ::} covers every address of both families,
     * {@code 0.0.0.0} every IPv4 address; other addresses only themselves. Null stands for no host IP (every
     * interface).
     */
    public static boolean overlap(IpAddress a, IpAddress b) {
        if (a == null || b == null) return true;
        if (a.normalized.equals(ANY_IPV6) || b.normalized.equals(ANY_IPV6)) return true;
        if (a.normalized.equals(ANY_IPV4)) return b.isIpv4();
        if (b.normalized.equals(ANY_IPV4)) return a.isIpv4();
        return a.normalized.equals(b.normalized);
    }

    /** The address as written. */
    @Override
    public String toString() {
        return text;
    }

    /**
     * One spelling per address, computed without any name lookup: IPv4 as written, IPv6 as eight lower-case
     * hexadecimal groups without leading zeros ({@code ::}, {@code ::1}, {@code 0:0:0:0:0:0:0:1} all agree), or
     * null when the text is no IP literal.
     */
    static String canonical(String text) {
        if (text == null) return null;
        String s = text.trim();
        if (s.startsWith("[") && s.endsWith("]")) s = s.substring(1, s.length() - 1);
        if (isIpv4(s)) return s;
        if (!isIpv6(s)) return null;
        int[] groups = new int[8];
        int elision = s.indexOf("::");
        List<Integer> head = groupsOf(elision < 0 ? s : s.substring(0, elision));
        List<Integer> tail = elision < 0 ? List.of() : groupsOf(s.substring(elision + 2));
        for (int i = 0; i < head.size(); i++) groups[i] = head.get(i);
        for (int i = 0; i < tail.size(); i++) groups[8 - tail.size() + i] = tail.get(i);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i > 0) sb.append(':');
            sb.append(Integer.toHexString(groups[i]));
        }
        return sb.toString();
    }

    private static List<Integer> groupsOf(String list) {
        List<Integer> result = new ArrayList<>();
        if (list.isEmpty()) return result;
        for (String group : list.split(":", -1)) {
            if (group.contains(".")) {
                String[] octets = group.split("\\.");
                result.add(Integer.parseInt(octets[0]) << 8 | Integer.parseInt(octets[1]));
                result.add(Integer.parseInt(octets[2]) << 8 | Integer.parseInt(octets[3]));
            } else {
                result.add(Integer.parseInt(group, 16));
            }
        }
        return result;
    }

    /** True when {@code text} is an IPv4 or IPv6 literal. */
    public static boolean isValid(String text) {
        return isIpv4(text) || isIpv6(text);
    }

    private static boolean isIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) return false;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) return false;
            if (part.length() > 1 && part.charAt(0) == '0') return false;
            if (Integer.parseInt(part) > 255) return false;
        }
        return true;
    }

    private static boolean isIpv6(String text) {
        int elision = text.indexOf("::");
        if (elision >= 0 && text.indexOf("::", elision + 1) >= 0) return false;
        if (elision >= 0) {
            int left = countGroups(text.substring(0, elision), false);
            int right = countGroups(text.substring(elision + 2), true);
            return left >= 0 && right >= 0 && left + right <= 7;
        }
        return countGroups(text, true) == 8;
    }

    /** The number of 16-bit groups in a colon list (an IPv4 tail counts two), or -1 when malformed. */
    private static int countGroups(String list, boolean ipv4TailAllowed) {
        if (list.isEmpty()) return 0;
        String[] groups = list.split(":", -1);
        int count = 0;
        for (int i = 0; i < groups.length; i++) {
            String group = groups[i];
            if (ipv4TailAllowed && i == groups.length - 1 && group.contains(".")) {
                if (!isIpv4(group)) return -1;
                count += 2;
            } else if (group.isEmpty() || group.length() > 4
                    || !group.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return -1;
            } else {
                count++;
            }
        }
        return count;
    }
}
