package org.partyorg.validation.index;

/**
 * A set of non-zero {@code long} keys (well-mixed hashes or packed numbers) in primitive arrays,
 * 8 bytes a slot; split into segments that grow on their own like {@link LongIntMap}.
 * Not thread-safe.
 */
public final class LongSet {
    private static final int SEGMENT_BITS = 6;
    private static final int SEGMENTS = 1 << SEGMENT_BITS;
    private static final float MAX_LOAD = 0.75f;

    private final long[][] keys = new long[SEGMENTS][];
    private final int[] sizes = new int[SEGMENTS];
    private long size;

    /** An empty set. */
    public LongSet() {
        for (int s = 0; s < SEGMENTS; s++) {
            keys[s] = new long[8];
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
        int mask = k.length - 1;
        int i = (int) h & mask;
        while (true) {
            long found = k[i];
            if (found == key) {
                return false;
            }
            if (found == 0) {
                break;
            }
            i = (i + 1) & mask;
        }
        k[i] = key;
        size++;
        if (++sizes[seg] > k.length * MAX_LOAD) {
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
        int mask = k.length - 1;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
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
        long[] k = new long[old.length * 2];
        int mask = k.length - 1;
        for (long key : old) {
            if (key != 0) {
                int i = (int) Hashing.mix(key) & mask;
                while (k[i] != 0) {
                    i = (i + 1) & mask;
                }
                k[i] = key;
            }
        }
        keys[seg] = k;
    }

    /** @return an estimate of the heap the tables use, in bytes */
    public long memoryBytes() {
        long slots = 0;
        for (long[] k : keys) {
            slots += k.length;
        }
        return slots * 8;
    }
}
