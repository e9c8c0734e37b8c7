package org.partyorg.validation.internal.index;

/**
 * A set of non-zero {@code long} keys (hashes, or packed numbers which it mixes itself) in
 * primitive arrays, 8 bytes a slot; split into segments that grow on their own like
 * {@link LongIntMap}. Not thread-safe.
 */
public final class LongSet {
    private static final int SEGMENT_BITS = 6;
    private static final int SEGMENTS = 1 << SEGMENT_BITS;
    private static final int INITIAL = 8;

    private final long[][] keys = new long[SEGMENTS][];
    private final int[] sizes = new int[SEGMENTS];
    private final int[] limits = new int[SEGMENTS];
    private long size;

    /** An empty set. */
    public LongSet() {
        for (int s = 0; s < SEGMENTS; s++) {
            keys[s] = new long[INITIAL];
            limits[s] = Slots.limit(INITIAL);
        }
    }

    /** @return the number of keys */
    public long size() {
        return size;
    }

    /**
     * @param key a non-zero key
     * @return whether the key was added (false when already present)
     */
    public boolean add(long key) {
        if (key == 0) {
            throw new IllegalArgumentException("key 0 is reserved");
        }
        long h = Hashing.mix(key);
        int seg = (int) (h >>> (64 - SEGMENT_BITS));
        long[] k = keys[seg];
        int capacity = k.length;
        int i = Slots.home(h, capacity);
        while (true) {
            long found = k[i];
            if (found == key) {
                return false;
            }
            if (found == 0) {
                break;
            }
            i = i + 1 == capacity ? 0 : i + 1;
        }
        k[i] = key;
        size++;
        if (++sizes[seg] > limits[seg]) {
            grow(seg);
        }
        return true;
    }

    /**
     * @param key a non-zero key
     * @return whether the set holds it
     */
    public boolean contains(long key) {
        long h = Hashing.mix(key);
        long[] k = keys[(int) (h >>> (64 - SEGMENT_BITS))];
        int capacity = k.length;
        for (int i = Slots.home(h, capacity); ; i = i + 1 == capacity ? 0 : i + 1) {
            long found = k[i];
            if (found == key) {
                return true;
            }
            if (found == 0) {
                return false;
            }
        }
    }

    private void grow(int seg) {
        long[] old = keys[seg];
        int capacity = Slots.grown(old.length);
        long[] k = new long[capacity];
        for (long key : old) {
            if (key != 0) {
                int i = Slots.home(Hashing.mix(key), capacity);
                while (k[i] != 0) {
                    i = i + 1 == capacity ? 0 : i + 1;
                }
                k[i] = key;
            }
        }
        keys[seg] = k;
        limits[seg] = Slots.limit(capacity);
    }

    /** @return the heap the tables use, in bytes (arrays only) */
    public long memoryBytes() {
        long slots = 0;
        for (long[] k : keys) {
            slots += k.length;
        }
        return slots * 8;
    }
}
