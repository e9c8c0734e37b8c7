package org.partyorg.serialization.internal.bind;

import java.time.LocalDate;
import java.time.YearMonth;
import org.partyorg.core.internal.SharedDates;

/**
 * Strict {@code YYYY-MM-DD} parsing without the cost of {@code DateTimeFormatter} (a member record
 * holds five dates and a national export 100 million members).
 *
 * <p>Dates of 1900-2099 are {@link SharedDates}' shared instances. Thread-safe.
 */
public final class IsoDates {
    private IsoDates() {
    }

    /**
     * @param s text
     * @return the date, or null when the text is not a real calendar date in the form {@code YYYY-MM-DD}
     */
    public static LocalDate parse(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        return year < 0 ? null : SharedDates.ofOrNull(year, month, day);
    }

    /**
     * @param s text
     * @return the month, or null when the text is not a real month in the form {@code YYYY-MM}
     */
    public static YearMonth parseMonth(String s) {
        if (s.length() != 7 || s.charAt(4) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        if (year < 0 || month < 1 || month > 12) {
            return null;
        }
        return YearMonth.of(year, month);
    }

    /**
     * @param buf characters
     * @param off where the text starts
     * @param len its length
     * @return the date, or null when the text is not a real calendar date in the form {@code YYYY-MM-DD}
     */
    public static LocalDate parse(char[] buf, int off, int len) {
        if (len != 10 || buf[off + 4] != '-' || buf[off + 7] != '-') {
            return null;
        }
        int year = digits(buf, off, off + 4);
        int month = digits(buf, off + 5, off + 7);
        int day = digits(buf, off + 8, off + 10);
        return year < 0 ? null : SharedDates.ofOrNull(year, month, day);
    }

    private static int digits(char[] s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
