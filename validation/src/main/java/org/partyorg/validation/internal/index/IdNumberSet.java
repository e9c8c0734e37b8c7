package org.partyorg.validation.internal.index;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The set of valid 身份证号 seen so far (IDN-040), exact and compact: a valid number is its
 * region (6 digits), birth date and sequence (3 digits), the check character following from them.
 * Numbers are grouped by region (a few thousand counties), and within a region a number is the
 * birth date (year since 1800, month, day: 18 bits) and the sequence (10 bits): one {@code int},
 * 4 bytes a slot instead of 8. Birth years outside 1800-2310 fall back to a set of whole numbers.
 *
 * <p>Not thread-safe.
 */
public final class IdNumberSet {
    private static final int FIRST_YEAR = 1800;

    private final Map<Integer, IntSet> regions = new HashMap<>();
    private final LongSet others = new LongSet();
    private long size;
    // members of one county usually come together: skip the region lookup
    private int lastRegion = -1;
    private IntSet lastSet;

    /**
     * @param first17 the first 17 digits of a valid number (any check character case)
     * @param birth its birth date
     * @return whether the number was added (false when already present)
     */
    public boolean add(CharSequence first17, LocalDate birth) {
        int region = digits(first17, 0, 6);
        int sequence = digits(first17, 14, 17);
        int year = birth.getYear() - FIRST_YEAR;
        boolean added;
        if (year >= 0 && year < 511) {
            int day = year << 9 | birth.getMonthValue() << 5 | birth.getDayOfMonth(); // 18 bits, never 0

            if (region != lastRegion) {
                lastSet = regions.computeIfAbsent(region, r -> new IntSet());
                lastRegion = region;
            }
            added = lastSet.add(day << 10 | sequence);
        } else {
            added = others.add(Long.parseLong(first17.subSequence(0, 17).toString()) + 1);
        }
        if (added) {
            size++;
        }
        return added;
    }

    /** @return how many numbers the set holds */
    public long size() {
        return size;
    }

    /** @return the heap the tables use, in bytes (arrays only) */
    public long memoryBytes() {
        long bytes = others.memoryBytes();
        for (IntSet s : regions.values()) {
            bytes += s.memoryBytes();
        }
        return bytes;
    }

    private static int digits(CharSequence s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }
}
