package org.partyorg.validation.internal.index;

/**
 * Division codes held as numbers (12 digits in a {@code long}) by the compact indexes, with the
 * structural questions the cross-record rules ask. Mirrors core's {@code DivisionCode}, which
 * works on text; the indexes keep numbers to avoid one object per organization.
 */
public final class DivisionNumbers {
    /** Marks an unknown code. */
    public static final long UNKNOWN = -1;

    private DivisionNumbers() {
    }

    /**
     * @param code a well-formed 12-digit code as a number
     * @return how many leading digits identify its division (0, 2, 4, 6, 9 or 12)
     */
    public static int prefixLength(long code) {
        if (code % 1000 != 0) {
            return 12;
        }
        if (code % 1_000_000 != 0) {
            return 9;
        }
        if (code % 100_000_000 != 0) {
            return 6;
        }
        if (code % 10_000_000_000L != 0) {
            return 4;
        }
        return code != 0 ? 2 : 0;
    }

    /**
     * @param outer a well-formed code
     * @param inner another
     * @return whether {@code inner} lies in {@code outer}: equal in the digits {@code outer}'s level uses
     */
    public static boolean contains(long outer, long inner) {
        long divisor = pow10(12 - prefixLength(outer));
        return outer / divisor == inner / divisor;
    }

    /**
     * @param code a well-formed code
     * @return the code of its township (its first 9 digits, then 000)
     */
    public static long township(long code) {
        return code - code % 1000;
    }

    /**
     * @param code a well-formed code
     * @return whether it is village-level (last three digits not 000)
     */
    public static boolean isVillageLevel(long code) {
        return code % 1000 != 0;
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }
}
