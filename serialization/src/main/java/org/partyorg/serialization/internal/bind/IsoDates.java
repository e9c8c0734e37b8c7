package org.partyorg.serialization.internal.bind;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Strict {@code YYYY-MM-DD} parsing without the cost of {@code DateTimeFormatter} (a member record
 * holds five dates and a national export 100 million members).
 *
 * <p>Dates of 1900-2099 come from one shared table, so equal dates are one {@code LocalDate}
 * instance: the facts a stream validator keeps per member (admission, full membership, status
 * dates) then cost a reference each, not 24 bytes each; a province's 3 million members save some
 * 300 MB. {@code LocalDate} is immutable, so a racy lazy fill is safe. Thread-safe.
 */
public final class IsoDates {
    private static final int FIRST_YEAR = 1900;
    private static final int YEARS = 200;
    private static final LocalDate[] DAYS = new LocalDate[YEARS * 12 * 31];

    private IsoDates() {
    }

    /** The date, from the shared table when it is in it. */
    private static LocalDate date(int year, int month, int day) {
        if (year < FIRST_YEAR || year >= FIRST_YEAR + YEARS) {
            return LocalDate.of(year, month, day);
        }
        int slot = ((year - FIRST_YEAR) * 12 + month - 1) * 31 + day - 1;
        LocalDate d = DAYS[slot];
        if (d == null) {
            d = LocalDate.of(year, month, day);
            DAYS[slot] = d;
        }
        return d;
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
        if (year < 0 || month < 1 || month > 12 || day < 1) {
            return null;
        }
        if (day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        return date(year, month, day);
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
        if (year < 0 || month < 1 || month > 12 || day < 1) {
            return null;
        }
        if (day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        return date(year, month, day);
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
