package dev.composelint.core.syntax;

/** Recognizes IP address literals the way Go's {@code net.ParseIP} does (no zones, no leading zeros in IPv4). */
final class IpAddress {

    private IpAddress() {
    }

    static boolean isValid(String text) {
        return isIpv4(text) || isIpv6(text);
    }

    static boolean isIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) return false;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) return false;
            if (part.length() > 1 && part.charAt(0) == '0') return false;
            if (Integer.parseInt(part) > 255) return false;
        }
        return true;
    }

    static boolean isIpv6(String text) {
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
