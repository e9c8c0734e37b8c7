package org.partyorg.divisions;

import java.util.Arrays;
import org.partyorg.core.code.DivisionLevel;

/**
 * The divisions of one level as parallel primitive arrays: sorted codes, and names as one
 * {@code char} blob with start offsets. No object per division.
 *
 * <p>A bucket index over the first four digits (province + prefecture) narrows every binary
 * search to the codes of one prefecture, so a lookup touches a few kilobytes of the array rather
 * than striding across all of it.
 *
 * <p>Immutable after construction (the arrays are never handed out) and therefore thread-safe.
 */
final class LevelTable {
    private static final long BUCKET_UNIT = 100_000_000L;
    private static final int BUCKETS = (int) (Codes.LIMIT / BUCKET_UNIT);

    final DivisionLevel level;
    private final long[] codes;
    private final int[] nameStarts;
    private final char[] names;
    /** buckets[k] = index of the first code >= k * 10^8; buckets[BUCKETS] = size. */
    private final int[] buckets;

    /**
     * @param level the level of every division in the table
     * @param codes strictly increasing 12-digit codes (taken, not copied)
     * @param nameStarts codes.length + 1 offsets into names; name i is [nameStarts[i], nameStarts[i+1])
     * @param names the names, concatenated in code order
     */
    LevelTable(DivisionLevel level, long[] codes, int[] nameStarts, char[] names) {
        this.level = level;
        this.codes = codes;
        this.nameStarts = nameStarts;
        this.names = names;
        this.buckets = new int[BUCKETS + 1];
        int i = 0;
        for (int k = 0; k <= BUCKETS; k++) {
            long start = k * BUCKET_UNIT;
            while (i < codes.length && codes[i] < start) {
                i++;
            }
            buckets[k] = i;
        }
    }

    int size() {
        return codes.length;
    }

    long code(int index) {
        return codes[index];
    }

    /**
     * @param code a code in [0, 10^12)
     * @return its index, or -1 if absent
     */
    int indexOf(long code) {
        int k = (int) (code / BUCKET_UNIT);
        int i = Arrays.binarySearch(codes, buckets[k], buckets[k + 1], code);
        return i >= 0 ? i : -1;
    }

    /**
     * @param code any non-negative number
     * @return the index of the first code >= {@code code} (size() if none)
     */
    int lowerBound(long code) {
        if (code >= Codes.LIMIT) {
            return codes.length;
        }
        int k = (int) (code / BUCKET_UNIT);
        int i = Arrays.binarySearch(codes, buckets[k], buckets[k + 1], code);
        return i >= 0 ? i : -i - 1;
    }

    String name(int index) {
        int start = nameStarts[index];
        return new String(names, start, nameStarts[index + 1] - start);
    }

    boolean nameEquals(int index, String name) {
        int start = nameStarts[index];
        int length = nameStarts[index + 1] - start;
        if (length != name.length()) {
            return false;
        }
        for (int j = 0; j < length; j++) {
            if (names[start + j] != name.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    boolean nameContains(int index, String fragment) {
        int start = nameStarts[index];
        int last = nameStarts[index + 1] - fragment.length();
        outer:
        for (int s = start; s <= last; s++) {
            for (int j = 0; j < fragment.length(); j++) {
                if (names[s + j] != fragment.charAt(j)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
