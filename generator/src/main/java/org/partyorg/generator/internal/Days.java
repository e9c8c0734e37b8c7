package org.partyorg.generator.internal;

import java.time.LocalDate;

/**
 * Shared {@link LocalDate} instances and {@code yyyymmdd} numbers for every day from 1920 to
 * 2040, so that generating a hundred million members creates no date objects and no date text.
 * {@code LocalDate} is immutable and value-based, so sharing instances is safe.
 */
public final class Days {
    /** The first day held: 1920-01-01. */
    public static final int FIRST = (int) LocalDate.of(1920, 1, 1).toEpochDay();
    /** The last day held: 2040-12-31. */
    public static final int LAST = (int) LocalDate.of(2040, 12, 31).toEpochDay();
    /** How many days are held. */
    public static final int COUNT = LAST - FIRST + 1;

    private static final LocalDate[] DATES = new LocalDate[COUNT];
    private static final int[] YMD = new int[COUNT];

    static {
        LocalDate d = LocalDate.ofEpochDay(FIRST);
        for (int i = 0; i < COUNT; i++) {
            DATES[i] = d;
            YMD[i] = d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
            d = d.plusDays(1);
        }
    }

    private Days() {
    }

    /**
     * @param epochDay a day between 1920 and 2040
     * @return the shared date
     */
    public static LocalDate date(int epochDay) {
        return DATES[epochDay - FIRST];
    }

    /**
     * @param date a date between 1920 and 2040
     * @return its epoch day
     */
    public static int day(LocalDate date) {
        return (int) date.toEpochDay();
    }

    /**
     * @param date a date between 1920 and 2040
     * @return the shared instance equal to it
     */
    public static LocalDate shared(LocalDate date) {
        return date(day(date));
    }

    /**
     * @param epochDay a day between 1920 and 2040
     * @return the date as the number {@code yyyymmdd}
     */
    public static int ymd(int epochDay) {
        return YMD[epochDay - FIRST];
    }
}
