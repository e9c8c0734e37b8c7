package org.partyorg.core.code;

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
     * or more digits (an ID number may end in X). For texts that partyorg did not write itself, such
     * as a parser's error message quoting the input.
     *
     * @param text the text, may be null
     * @return the text with such runs masked, or null for null
     */
    public static String scrub(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = LONG_DIGIT_RUN.matcher(text);
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
     * 18-character ID numbers. Full-width digits (０-９) count as digits. For values partyorg quotes
     * in its messages: ids, references, field names, codes.
     *
     * @param text the text, may be null
     * @return the text with such runs masked, or null for null
     */
    public static String scrubPersonal(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = PERSONAL_DIGIT_RUN.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
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

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');
    }

    // a run is bounded by non-digits on both sides, so a 12-digit code never yields an 11-digit run
    private static final Pattern PERSONAL_DIGIT_RUN = Pattern.compile("(?<![0-9\\uFF10-\\uFF19])[0-9\\uFF10-\\uFF19]{11,}[Xx\\uFF38\\uFF58]?");
    private static final Pattern LONG_DIGIT_RUN = Pattern.compile("\\d{11,}[Xx]?");
}
