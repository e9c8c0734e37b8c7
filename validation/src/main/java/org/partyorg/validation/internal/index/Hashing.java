package org.partyorg.validation.internal.index;

/**
 * 64-bit hashes of ids, the keys of the compact indexes. Ids are never stored in the indexes, only
 * their hashes: at 100 million distinct ids the chance that two of them share a hash is about
 * 3 in 10,000 per run (n² / 2⁶⁵), the price of holding a national export in a few GiB.
 */
public final class Hashing {
    private static final long K = 0x9E3779B97F4A7C15L;

    private Hashing() {
    }

    /**
     * @param s a string
     * @return a well-mixed 64-bit hash, never 0 (0 marks an empty slot)
     */
    public static long hash64(CharSequence s) {
        long h = K ^ s.length();
        for (int i = 0, n = s.length(); i < n; i++) {
            h = (h ^ s.charAt(i)) * 0xC2B2AE3D27D4EB4FL;
            h ^= h >>> 31;
        }
        h = mix(h);
        return h == 0 ? 1 : h;
    }

    /**
     * @param a a string
     * @param b another string
     * @return the hash of the pair (as if joined by a NUL character)
     */
    public static long hash64(CharSequence a, CharSequence b) {
        long h = K ^ (a.length() * 31L + b.length());
        for (int i = 0, n = a.length(); i < n; i++) {
            h = (h ^ a.charAt(i)) * 0xC2B2AE3D27D4EB4FL;
            h ^= h >>> 31;
        }
        h = (h ^ 0xFFFF) * 0xC2B2AE3D27D4EB4FL;
        for (int i = 0, n = b.length(); i < n; i++) {
            h = (h ^ b.charAt(i)) * 0xC2B2AE3D27D4EB4FL;
            h ^= h >>> 31;
        }
        h = mix(h);
        return h == 0 ? 1 : h;
    }

    /**
     * MurmurHash3's 64-bit finalizer.
     *
     * @param h a value
     * @return the mixed value
     */
    public static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }
}
