package org.partyorg.validation.internal.index;

/**
 * A map from non-zero {@code long} keys (already well-mixed hashes) to {@code int} values, stored
 * in primitive arrays: 12 bytes a slot instead of the ~60 of a {@code HashMap<Long,Integer>} entry.
 *
 * <p>The table is split into 64 segments by the key's top bits, each an open-addressing table
 * with linear probing that grows on its own when 85% full (see {@code Slots}), so memory stays
 * within about 1.2-1.5 slots a key for large tables and growing never needs old and new copies of
 * the whole table at once (the national member index is over a gigabyte). Not thread-safe.
 */
public final class LongIntMap {
    /** Returned by {@link #get} for an absent key. */
    public static final int MISSING = Integer.MIN_VALUE;

    private static final int SEGMENT_BITS = 6;
    private static final int SEGMENTS = 1 << SEGMENT_BITS;
    private static final int INITIAL = 8;

    private final long[][] keys = new long[SEGMENTS][];
    private final int[][] values = new int[SEGMENTS][];
    private final int[] sizes = new int[SEGMENTS];
    private final int[] limits = new int[SEGMENTS];
    private long size;

    /** An empty map. */
    public LongIntMap() {
        for (int s = 0; s < SEGMENTS; s++) {
            keys[s] = new long[INITIAL];
            values[s] = new int[INITIAL];
            limits[s] = Slots.limit(INITIAL);
        }
    }

    /** @return the number of keys */
    public long size() {
        return size;
    }

    /**
     * @param key a non-zero key
     * @return its value, or {@link #MISSING}
     */
    public int get(long key) {
        int seg = (int) (key >>> (64 - SEGMENT_BITS));
        long[] k = keys[seg];
        int capacity = k.length;
        for (int i = Slots.home(key, capacity); ; i = i + 1 == capacity ? 0 : i + 1) {
            long found = k[i];
            if (found == key) {
                return values[seg][i];
            }
            if (found == 0) {
                return MISSING;
            }
        }
    }

    /**
     * Reads the key's home slot and nothing else, so that its cache lines are on their way before
     * {@link #get} or {@link #put} needs them. A caller that reads the slots of several keys in a row
     * has their cache misses overlap, where one put after another, with other work between, waits
     * for each in turn. Should a put grow the segment meanwhile, what was read belongs to the old
     * table, and the put after it simply misses as it would have.
     *
     * @param key any key
     * @return a value of no meaning, for the caller to keep so that the reads are not left out
     */
    public long prefetch(long key) {
        int seg = (int) (key >>> (64 - SEGMENT_BITS));
        long[] k = keys[seg];
        int i = Slots.home(key, k.length);
        return k[i] + values[seg][i];
    }

    /**
     * @param key a non-zero key
     * @return whether the map holds it
     */
    public boolean containsKey(long key) {
        return get(key) != MISSING;
    }

    /**
     * Adds the key with the value unless it is present.
     *
     * @param key a non-zero key
     * @param value the value, not {@link #MISSING}
     * @return the value already present, or {@link #MISSING} when the key was added
     */
    public int putIfAbsent(long key, int value) {
        return put(key, value, false);
    }

    /**
     * Sets the key's value.
     *
     * @param key a non-zero key
     * @param value the value, not {@link #MISSING}
     * @return the previous value, or {@link #MISSING}
     */
    public int put(long key, int value) {
        return put(key, value, true);
    }

    private int put(long key, int value, boolean replace) {
        if (key == 0) {
            throw new IllegalArgumentException("key 0 is reserved");
        }
        int seg = (int) (key >>> (64 - SEGMENT_BITS));
        long[] k = keys[seg];
        int capacity = k.length;
        int i = Slots.home(key, capacity);
        while (true) {
            long found = k[i];
            if (found == key) {
                int old = values[seg][i];
                if (replace) {
                    values[seg][i] = value;
                }
                return old;
            }
            if (found == 0) {
                break;
            }
            i = i + 1 == capacity ? 0 : i + 1;
        }
        k[i] = key;
        values[seg][i] = value;
        size++;
        if (++sizes[seg] > limits[seg]) {
            grow(seg);
        }
        return MISSING;
    }

    private void grow(int seg) {
        long[] oldKeys = keys[seg];
        int[] oldValues = values[seg];
        int capacity = Slots.grown(oldKeys.length);
        long[] k = new long[capacity];
        int[] v = new int[capacity];
        for (int j = 0; j < oldKeys.length; j++) {
            long key = oldKeys[j];
            if (key != 0) {
                int i = Slots.home(key, capacity);
                while (k[i] != 0) {
                    i = i + 1 == capacity ? 0 : i + 1;
                }
                k[i] = key;
                v[i] = oldValues[j];
            }
        }
        keys[seg] = k;
        values[seg] = v;
        limits[seg] = Slots.limit(capacity);
    }

    /** @return the heap the tables use, in bytes (arrays only) */
    public long memoryBytes() {
        long slots = 0;
        for (long[] k : keys) {
            slots += k.length;
        }
        return slots * 12;
    }

    @Override
    public String toString() {
        return "LongIntMap[size=" + size + ", bytes=" + memoryBytes() + "]";
    }
}
