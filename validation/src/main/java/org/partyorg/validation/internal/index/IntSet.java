package org.partyorg.validation.internal.index;

/**
 * A growable set of non-zero {@code int} keys in one {@code int[]}, open addressing with linear
 * probing, grown when 85% full like the other tables. For small-to-medium sets (one per region in
 * {@link IdNumberSet}); not thread-safe.
 */
final class IntSet {
    private int[] keys = new int[8];
    private int size;
    private int limit = Slots.limit(8);

    /** @return whether the key was added (false when already present) */
    boolean add(int key) {
        int h = mix(key);
        int capacity = keys.length;
        int i = Slots.home(h & 0xFFFFFFFFL, capacity);
        while (true) {
            int found = keys[i];
            if (found == key) {
                return false;
            }
            if (found == 0) {
                break;
            }
            i = i + 1 == capacity ? 0 : i + 1;
        }
        keys[i] = key;
        if (++size > limit) {
            grow();
        }
        return true;
    }

    int size() {
        return size;
    }

    long memoryBytes() {
        return keys.length * 4L;
    }

    private void grow() {
        int[] old = keys;
        int capacity = Slots.grown(old.length);
        int[] k = new int[capacity];
        for (int key : old) {
            if (key != 0) {
                int i = Slots.home(mix(key) & 0xFFFFFFFFL, capacity);
                while (k[i] != 0) {
                    i = i + 1 == capacity ? 0 : i + 1;
                }
                k[i] = key;
            }
        }
        keys = k;
        limit = Slots.limit(capacity);
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
