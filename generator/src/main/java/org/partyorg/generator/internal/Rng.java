package org.partyorg.generator.internal;

/**
 * A small, fast pseudo-random generator (SplitMix64) whose output is fixed by its seed on every
 * JVM, which {@link java.util.Random} and {@link java.util.SplittableRandom} do not promise in
 * writing. Generators derive one instance per division from the run's seed and the division's
 * code ({@link #of}), so every village is a pure function of (seed, code).
 *
 * <p>Mutable and not thread-safe.
 */
public final class Rng {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long state;

    /**
     * @param seed the seed
     */
    public Rng(long seed) {
        this.state = seed;
    }

    /**
     * @param seed a run's seed
     * @param key what the generator is for (a division code, a salt)
     * @return a generator for that key
     */
    public static Rng of(long seed, long key) {
        return new Rng(mix(seed * GOLDEN + mix(key + GOLDEN)));
    }

    /**
     * The SplitMix64 finalizer: a bijective scramble of 64 bits.
     *
     * @param z any value
     * @return the scrambled value
     */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** @return the next 64 random bits */
    public long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /**
     * @param bound exclusive upper bound, positive
     * @return a value in {@code [0, bound)}
     */
    public int nextInt(int bound) {
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }

    /**
     * @param lo lowest value
     * @param hi highest value, inclusive, not below {@code lo}
     * @return a value in {@code [lo, hi]}
     */
    public int between(int lo, int hi) {
        return lo + nextInt(hi - lo + 1);
    }

    /** @return a value in {@code [0, 1)} */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /**
     * @param p a probability
     * @return true with probability {@code p}
     */
    public boolean chance(double p) {
        return nextDouble() < p;
    }

    /**
     * @param <T> the element type
     * @param values a non-empty array
     * @return one of them, uniformly
     */
    public <T> T pick(T[] values) {
        return values[nextInt(values.length)];
    }
}
