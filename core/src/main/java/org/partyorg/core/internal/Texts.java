package org.partyorg.core.internal;

/**
 * Text helpers for messages. Values quoted in a message are shortened at a code-point boundary, so
 * a character outside the Basic Multilingual Plane (𠮷, a surrogate pair in Java) is never cut in
 * half into a "?". Stateless and thread-safe.
 */
public final class Texts {
    private Texts() {
    }

    /**
     * @param text a text, not null
     * @param max the most chars of the result, at least 4
     * @return the text itself when it fits, else its longest prefix of whole code points that fits
     *     with "..." appended
     */
    public static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 3;
        if (Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end) + "...";
    }
}
