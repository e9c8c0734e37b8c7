package org.partyorg.generator.internal;

import java.util.Arrays;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.generator.IdNumbers;

/**
 * Hands out unique ID numbers within one region (county): a counter per (birth day, sex) of 500
 * sequence numbers. A day whose numbers are used up passes the person on to the day before, so
 * the birth date the caller gets back ({@link #lastDay()}) may be a little earlier than asked.
 * Different regions can never clash, so a generator walking county after county needs one
 * allocator, {@link #reset} at each county: constant memory (88,000 counters) for any run.
 *
 * <p>Mutable and not thread-safe.
 */
public final class IdAllocator {
    private static final int PER_DAY_AND_SEX = 500;

    private final short[] used = new short[Days.COUNT * 2];
    private String region;
    private int lastDay;

    /**
     * @param region the 6-digit region of the numbers to come
     */
    public IdAllocator(String region) {
        this.region = region;
    }

    /**
     * Starts a new region; numbers of the previous one may repeat their sequences, never the region.
     *
     * @param region 6 digits
     */
    public void reset(String region) {
        this.region = region;
        Arrays.fill(used, (short) 0);
    }

    /** @return the current region */
    public String region() {
        return region;
    }

    /**
     * @param epochDay the wished birth day (1921 or later)
     * @param male the sex
     * @return a number never handed out before in this region
     */
    public ResidentIdNumber next(int epochDay, boolean male) {
        int day = epochDay;
        int slot = (day - Days.FIRST) * 2 + (male ? 1 : 0);
        while (used[slot] >= PER_DAY_AND_SEX) {
            day--;
            slot -= 2;
        }
        int serial = used[slot]++;
        lastDay = day;
        return IdNumbers.make(region, Days.ymd(day), serial * 2 + (male ? 1 : 0));
    }

    /** @return the birth day of the last number handed out */
    public int lastDay() {
        return lastDay;
    }
}
