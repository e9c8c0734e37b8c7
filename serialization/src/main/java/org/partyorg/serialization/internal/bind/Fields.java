package org.partyorg.serialization.internal.bind;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The field names one kind of object may have, numbered in the format's order: the binder
 * dispatches on the number, and a {@link TokenSource} told which name is likely next can compare
 * the input with it byte for byte instead of looking the name up (Jackson's
 * {@code nextFieldName(SerializableString)}). Exports write their fields in one order, so the
 * likely next name is nearly always right; a wrong guess costs one failed comparison. Names are
 * never null. Immutable and thread-safe.
 */
public final class Fields {
    /** {@link TokenSource#nextField} at the end of the object (or on any token but a field name). */
    public static final int END = -1;
    /** {@link TokenSource#nextField} on a name not among these; {@link TokenSource#currentName()} gives it. */
    public static final int OTHER = -2;
    /** At most this many kinds of object, so that adapters can keep their own forms of the names in an array. */
    public static final int MAX_KINDS = 64;

    private static final AtomicInteger KINDS = new AtomicInteger();

    private final int id;
    private final String[] names;
    private final Map<String, Integer> index = new HashMap<>();

    /**
     * @param names the names, in the order exports write them; at most 63 (the binder tracks repeats in a {@code long})
     * @return the kind's names, numbered from 0
     * @throws IllegalArgumentException for more than 63 names
     * @throws IllegalStateException beyond {@link #MAX_KINDS} kinds
     */
    public static Fields of(String... names) {
        return new Fields(names);
    }

    private Fields(String... names) {
        if (names.length > 63) {
            throw new IllegalArgumentException("at most 63 fields");
        }
        this.id = KINDS.getAndIncrement();
        if (id >= MAX_KINDS) {
            throw new IllegalStateException("more than " + MAX_KINDS + " kinds of object");
        }
        this.names = names.clone();
        for (int i = 0; i < names.length; i++) {
            index.put(names[i], i);
        }
    }

    /** @return this kind's number, below {@link #MAX_KINDS}, for adapters' per-kind caches */
    public int id() {
        return id;
    }

    /** @return how many names */
    public int size() {
        return names.length;
    }

    /**
     * @param i a number below {@link #size()}
     * @return its name
     */
    public String name(int i) {
        return names[i];
    }

    /**
     * An adapter's own form of the names (Jackson 2's or Jackson 3's serialized strings), made on
     * first use and kept in the adapter's cache. A race makes the same form twice, harmlessly.
     *
     * @param <T> the form
     * @param cache the adapter's cache, of {@link #MAX_KINDS} entries, indexed by {@link #id()}
     * @param newArray makes an array of the form
     * @param form makes the form of one name
     * @return the forms, numbered as the names
     */
    public <T> T[] in(AtomicReferenceArray<T[]> cache, IntFunction<T[]> newArray, Function<String, T> form) {
        T[] forms = cache.get(id);
        if (forms == null) {
            forms = newArray.apply(names.length);
            for (int i = 0; i < forms.length; i++) {
                forms[i] = form.apply(names[i]);
            }
            cache.set(id, forms);
        }
        return forms;
    }

    /**
     * @param name a field name
     * @return its number, or {@link #OTHER}
     */
    public int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? OTHER : i;
    }
}
