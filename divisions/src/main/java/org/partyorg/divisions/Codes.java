package org.partyorg.divisions;

import org.partyorg.core.code.DivisionLevel;

/** Arithmetic on 12-digit division codes held as {@code long}. Stateless. */
final class Codes {
    /** One more than the largest 12-digit code. */
    static final long LIMIT = 1_000_000_000_000L;

    /** Indexed by {@link DivisionLevel#ordinal()}: 10^(12 - prefix length). */
    private static final long[] UNIT = {
        LIMIT, 10_000_000_000L, 100_000_000L, 1_000_000L, 1_000L, 1L
    };

    private Codes() {
    }

    /**
     * @param level a level
     * @return the step between consecutive codes of that level, 10^(12 - prefix length)
     */
    static long unit(DivisionLevel level) {
        return UNIT[level.ordinal()];
    }

    /**
     * Reads 12 ASCII digits without allocating.
     *
     * @param text any text
     * @return the code as a number, or -1 if the text is not exactly 12 ASCII digits
     */
    static long parse12(CharSequence text) {
        return text.length() == 12 ? parseDigits(text) : -1;
    }

    /**
     * Reads a run of ASCII digits without allocating.
     *
     * @param text any text of at most 12 characters
     * @return the digits as a number, or -1 if some character is not an ASCII digit or the text
     *     is empty or longer than 12
     */
    static long parseDigits(CharSequence text) {
        int n = text.length();
        if (n == 0 || n > 12) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * @param code a code in [0, 10^12)
     * @return the code as 12 digits, zero-padded on the left
     */
    static String text(long code) {
        char[] digits = new char[12];
        long v = code;
        for (int i = 11; i >= 0; i--) {
            digits[i] = (char) ('0' + (int) (v % 10));
            v /= 10;
        }
        return new String(digits);
    }

    /**
     * @param digits a prefix length of a level: 2, 4, 6, 9 or 12
     * @return the level using exactly that many digits, or null for any other length
     */
    static DivisionLevel levelOfLength(int digits) {
        return switch (digits) {
            case 2 -> DivisionLevel.PROVINCE;
            case 4 -> DivisionLevel.PREFECTURE;
            case 6 -> DivisionLevel.COUNTY;
            case 9 -> DivisionLevel.TOWNSHIP;
            case 12 -> DivisionLevel.VILLAGE;
            default -> null;
        };
    }
}
