package org.partyorg.validation.internal.index;

/** Sizing and slot arithmetic shared by the open-addressing tables. */
final class Slots {
    /** Grow when a segment is this full. */
    private static final double MAX_LOAD = 0.85;

    private Slots() {
    }

    /**
     * The home slot: the key's low 32 bits scaled to the capacity (multiply-shift), so capacities
     * need not be powers of two and tables can grow by half instead of doubling. The segment is
     * chosen by the top bits, so the two do not correlate.
     */
    static int home(long key, int capacity) {
        return (int) (((key & 0xFFFFFFFFL) * capacity) >>> 32);
    }

    static int limit(int capacity) {
        return (int) (capacity * MAX_LOAD);
    }

    /**
     * Small tables grow by half, large ones by a quarter: at national scale the member index is
     * over a gigabyte, and a quarter keeps it between 68% and 85% full (1.2-1.5 slots a key).
     */
    static int grown(int capacity) {
        long next = capacity < 1 << 16 ? capacity + (capacity >> 1) + 1 : capacity + (capacity >> 2);
        if (next > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("index segment too large");
        }
        return (int) next;
    }
}
