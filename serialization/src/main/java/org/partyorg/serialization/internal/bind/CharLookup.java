package org.partyorg.serialization.internal.bind;

import java.util.Arrays;
import java.util.Map;

/**
 * Looks a JSON string value up among known names straight from the parser's character buffer,
 * without making a {@code String} of it: enumerations and code lists are a third of a member
 * record's values. Immutable and thread-safe.
 *
 * @param <E> the values
 */
final class CharLookup<E> {
    private final char[][] keys;
    private final Object[] values;
    private final int mask;

    CharLookup(Map<String, E> byName) {
        int capacity = Integer.highestOneBit(Math.max(4, byName.size() * 4) - 1) << 1;
        keys = new char[capacity][];
        values = new Object[capacity];
        mask = capacity - 1;
        for (Map.Entry<String, E> e : byName.entrySet()) {
            char[] key = e.getKey().toCharArray();
            int i = hash(key, 0, key.length) & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = e.getValue();
        }
    }

    /**
     * @param buf characters
     * @param off where the text starts
     * @param len its length
     * @return the value of that name, or null
     */
    @SuppressWarnings("unchecked")
    E get(char[] buf, int off, int len) {
        for (int i = hash(buf, off, len) & mask; keys[i] != null; i = (i + 1) & mask) {
            char[] key = keys[i];
            if (key.length == len && Arrays.equals(key, 0, len, buf, off, off + len)) {
                return (E) values[i];
            }
        }
        return null;
    }

    private static int hash(char[] buf, int off, int len) {
        int h = len;
        for (int i = off; i < off + len; i++) {
            h = 31 * h + buf[i];
        }
        return h ^ (h >>> 16);
    }
}
