package org.partyorg.core.code;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data for messages, logs and {@code toString()} (docs/format.md §8): at most the
 * first 6 and last 4 characters of an ID number, at most the last 4 digits of a phone number.
 */
public final class Masking {
    private Masking() {
    }

    /**
     * Masks an ID-number-like text: keeps the first 6 and last 4 characters when at least 8
     * characters would stay hidden, otherwise hides everything.
     *
     * @param text the text, may be null
     * @return the masked text, or {@code "null"} for null
     */
    public static String maskIdNumber(String text) {
        if (text == null) {
            return "null";
        }
        int n = text.length();
        if (n < 18) {
            // short or malformed values: showing 10 characters of them would reveal too much
            return "*".repeat(n);
        }
        return text.substring(0, 6) + "*".repeat(n - 10) + text.substring(n - 4);
    }

    /**
     * Masks a phone-number-like text: keeps only the last 4 characters, and only when at least 7
     * characters stay hidden.
     *
     * @param text the text, may be null
     * @return the masked text, or {@code "null"} for null
     */
    public static String maskPhone(String text) {
        if (text == null) {
            return "null";
        }
        int n = text.length();
        if (n < 11) {
            return "*".repeat(n);
        }
        return "*".repeat(n - 4) + text.substring(n - 4);
    }

    /**
     * Masks anything in a free text that looks like an ID number or phone number: every run of 11
     * or more digits (an ID number may end in X), and an ID or mobile number written in groups as
     * {@link #scrubPersonal} describes. For texts that partyorg did not write itself, such
     * as a parser's error message quoting the input.
     *
     * @param text the text, may be null
     * @return the text with such runs masked, or null for null
     */
    public static String scrub(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = LONG_DIGIT_RUN.matcher(scrubGrouped(text));
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String run = m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(
                    run.length() >= 15 ? maskIdNumber(run) : maskPhone(run)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Masks what in a text could identify a person, and nothing else: every run of 16 or more digits
     * (an ID number may end in X) as an ID number, every run of exactly 11 digits, or of 13 that is
     * {@code 86} and a mobile number, as a phone number. Other runs of 12 to 15 digits are codes of
     * places and grids (a 12-digit division code, a 15-digit grid code) and stay whole; a
     * first-generation 15-digit ID number cannot be told from a grid code, and the format knows only
     * 18-character ID numbers. Full-width digits (０-９) count as digits.
     *
     * <p>Numbers written in groups, as on a paper form ({@code 110105 19491231 002X},
     * {@code 138-1234-5678}, {@code +86 138 1234 5678}): digit groups joined by single spaces,
     * hyphens or ideographic spaces are masked where whole consecutive groups, two or more, hold
     * exactly an ID number whose first digit is 1-8 and whose digits 7-14 are a real birth date in
     * 1900-2099 (the check character is not required: a mistyped number is still a person's), or
     * a mobile number ({@code 1[3-9]} and nine digits, or that after {@code 86}). Other grouped
     * numbers, such as dates and ids made of a date and a sequence ({@code mt-2023-08-18-001}),
     * stay whole. For values partyorg quotes
     * in its messages: ids, references, field names, codes.
     *
     * @param text the text, may be null
     * @return the text with such runs masked, or null for null
     */
    public static String scrubPersonal(String text) {
        if (text == null) {
            return null;
        }
        String ungrouped = scrubGrouped(text);
        Matcher m = PERSONAL_DIGIT_RUN.matcher(ungrouped);
        if (!m.find()) {
            return ungrouped;
        }
        StringBuilder out = new StringBuilder(ungrouped.length());
        do {
            String run = m.group();
            int digits = run.length() - (isDigit(run.charAt(run.length() - 1)) ? 0 : 1);
            boolean phone = digits == 11 || (digits == 13 && run.startsWith("861"));
            String replacement = digits >= 16 ? maskIdNumber(run) : phone ? maskPhone(run) : run;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /** An ID number: 17 digits and a check digit or X. */
    private static final int ID_LENGTH = 18;

    /**
     * Masks ID and mobile numbers written in groups (see {@link #scrubPersonal}). A hand-written
     * scan rather than a regular expression: a pattern of repeated groups backtracks, and on a long
     * value ({@code "1-"} repeated thousands of times) overflowed the stack. Here every character
     * is looked at a bounded number of times: each window starts at a group and ends within 18
     * digits.
     *
     * @return the text with such numbers masked, the same instance when there is none
     */
    private static String scrubGrouped(String text) {
        int n = text.length();
        StringBuilder out = null;
        int copied = 0;
        int[] starts = new int[8];
        int[] ends = new int[8];
        char[] digits = new char[ID_LENGTH];
        int i = 0;
        while (i < n) {
            if (!isDigit(text.charAt(i)) || (i > 0 && isDigit(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            // the run of groups from i: digits, then a single separator and more digits, and so on;
            // a check X ends its group and the run
            int groups = 0;
            int j = i;
            while (true) {
                int start = j;
                while (j < n && isDigit(text.charAt(j))) {
                    j++;
                }
                boolean checkX = j < n && isCheckX(text.charAt(j));
                if (checkX) {
                    j++;
                }
                if (groups == starts.length) {
                    starts = Arrays.copyOf(starts, groups * 2);
                    ends = Arrays.copyOf(ends, groups * 2);
                }
                starts[groups] = start;
                ends[groups] = j;
                groups++;
                if (checkX || j + 1 >= n || !isSeparator(text.charAt(j)) || !isDigit(text.charAt(j + 1))) {
                    break;
                }
                j++;
            }
            for (int first = 0; groups >= 2 && first < groups - 1;) {
                int last = personalWindow(text, starts, ends, first, groups, digits);
                if (last < 0) {
                    first++;
                    continue;
                }
                if (out == null) {
                    out = new StringBuilder(n);
                }
                int from = starts[first];
                int to = ends[last];
                String number = text.substring(from, to);
                // a mobile number's window holds 11 or 13 characters, an ID number's 18
                out.append(text, copied, from).append(count(starts, ends, first, last) == ID_LENGTH
                        ? maskIdNumber(number) : maskPhone(number));
                copied = to;
                first = last + 1;
            }
            i = j;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, n).toString();
    }

    /**
     * @param digits room for 18 characters, overwritten
     * @return the last group of the window of two or more groups from {@code first} that holds an ID
     *     number (preferred) or else a mobile number, or -1
     */
    private static int personalWindow(String text, int[] starts, int[] ends, int first, int groups, char[] digits) {
        int phone = -1;
        int count = 0;
        for (int last = first; last < groups; last++) {
            for (int k = starts[last]; k < ends[last]; k++) {
                if (count == ID_LENGTH) {
                    return phone;
                }
                char c = text.charAt(k);
                digits[count++] = isDigit(c) ? (char) ('0' + (c >= '0' && c <= '9' ? c - '0' : c - '\uFF10')) : 'X';
            }
            if (last == first) {
                continue;
            }
            if (isIdNumber(digits, count)) {
                return last;
            }
            if (phone < 0 && isMobile(digits, count)) {
                phone = last;
            }
        }
        return phone;
    }

    private static int count(int[] starts, int[] ends, int first, int last) {
        int count = 0;
        for (int g = first; g <= last; g++) {
            count += ends[g] - starts[g];
        }
        return count;
    }

    /** Whether these are an ID number's characters: area 1-8, a real birth date in 1900-2099, a check digit or X. */
    private static boolean isIdNumber(char[] d, int count) {
        if (count != ID_LENGTH || d[0] < '1' || d[0] > '8') {
            return false;
        }
        for (int k = 0; k < ID_LENGTH - 1; k++) {
            if (d[k] == 'X') {
                return false;
            }
        }
        int year = number(d, 6, 10);
        int month = number(d, 10, 12);
        int day = number(d, 12, 14);
        return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1
                && day <= YearMonth.of(year, month).lengthOfMonth();
    }

    /** Whether these are a mobile number's digits: {@code 1[3-9]} and nine more, or that after {@code 86}. */
    private static boolean isMobile(char[] d, int count) {
        int at = count == 13 && d[0] == '8' && d[1] == '6' ? 2 : 0;
        if (count - at != 11 || d[at] != '1' || d[at + 1] < '3' || d[at + 1] > '9') {
            return false;
        }
        for (int k = at; k < count; k++) {
            if (d[k] == 'X') {
                return false;
            }
        }
        return true;
    }

    private static int number(char[] d, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            n = n * 10 + d[k] - '0';
        }
        return n;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '\u3000';
    }

    private static boolean isCheckX(char c) {
        return c == 'X' || c == 'x' || c == '\uFF38' || c == '\uFF58';
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');
    }

    // a run is bounded by non-digits on both sides, so a 12-digit code never yields an 11-digit run
    private static final Pattern PERSONAL_DIGIT_RUN = Pattern.compile("(?<![0-9\\uFF10-\\uFF19])[0-9\\uFF10-\\uFF19]{11,}[Xx\\uFF38\\uFF58]?");
    private static final Pattern LONG_DIGIT_RUN = Pattern.compile("\\d{11,}[Xx]?");
}
