package org.partyorg.validation.internal.rules;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.partyorg.validation.Rule;
import org.partyorg.validation.internal.index.Hashing;

/**
 * DOC-016 for one record type whose ids are too many to hold: the dues payments of a province run to
 * tens of millions, and a set of their 64-bit hashes alone would take a gigabyte. The ids are kept in
 * runs of {@value #RUN} (key, place, id), sorted by key and spilled to temporary files when full;
 * at the end the runs are merged and every record whose id an earlier record of the type already had
 * gets its finding. Memory stays one run whatever the input; a small input never touches the disk.
 * Hash collisions are told apart by the ids themselves. Not thread-safe.
 *
 * <p>Runs are ordered by a key of the hash's top {@value #KEY_BITS} bits, so that a run sorts as one
 * {@code long[]} of key and arrival index packed together (a primitive sort: sorting boxed indices
 * with a comparator, and writing ids with {@code writeUTF}, took a fifth of the validating thread on
 * the dues payments of a province). Equal ids share a key; the few unequal ids that do as well are
 * told apart like any hash collision.
 */
final class SpilledIds {
    /**
     * Entries per run: about 25 MB with their ids; a province's 55 million dues payments make some
     * 210 runs, merged with one small buffer each.
     */
    static final int RUN = 1 << 18;
    /** The arrival index within a run takes the low bits of a packed entry. */
    private static final int INDEX_BITS = 18;
    private static final int KEY_BITS = 64 - INDEX_BITS;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private final int run;
    /** The keys: each id's hash with the low {@value #INDEX_BITS} bits cleared. */
    private long[] keys;
    private long[] seqs;
    private long[] positions;
    private String[] ids;
    private int size;
    private Located template;
    private final List<Path> files = new ArrayList<>();

    SpilledIds() {
        this(RUN);
    }

    /** @param run entries per run (small in tests, to spill) */
    SpilledIds(int run) {
        if (run < 1 || run > 1 << INDEX_BITS) {
            throw new IllegalArgumentException("runs hold 1 to 2^" + INDEX_BITS + " entries, not " + run);
        }
        this.run = run;
        int initial = Math.min(run, 1024); // grown as needed: five record types, most of them few
        keys = new long[initial];
        seqs = new long[initial];
        positions = new long[initial];
        ids = new String[initial];
    }

    /** The current record's id, where it is: read from the scope, so that no {@code Located} is made per record. */
    void add(RecordScope s) {
        if (template == null) {
            template = s.located();
        }
        add(s.seq(), s.position(), s.recordId());
    }

    /** One record's id, where it was. */
    void add(Located at) {
        if (template == null) {
            template = at;
        }
        add(at.seq(), at.position(), at.recordId());
    }

    private void add(long seq, long position, String id) {
        if (size == keys.length) {
            int grown = Math.min(run, size * 2);
            keys = Arrays.copyOf(keys, grown);
            seqs = Arrays.copyOf(seqs, grown);
            positions = Arrays.copyOf(positions, grown);
            ids = Arrays.copyOf(ids, grown);
        }
        keys[size] = keyOf(id);
        seqs[size] = seq;
        positions[size] = position;
        ids[size] = id;
        if (++size == run) {
            spill();
        }
    }

    /** @return the id's key: its hash with the bits that number an entry within a run cleared */
    private static long keyOf(String id) {
        return Hashing.hash64(id) & ~INDEX_MASK;
    }

    /** Reports DOC-016 on every record but the first of each id, and deletes the spilled runs. */
    void report() {
        if (template == null) {
            return;
        }
        List<Cursor> cursors = new ArrayList<>();
        try {
            for (Path file : files) {
                cursors.add(new FileCursor(file));
            }
            cursors.add(new MemoryCursor(sortedOrder()));
            PriorityQueue<Cursor> queue = new PriorityQueue<>(Comparator.comparingLong((Cursor c) -> c.key).thenComparingLong(c -> c.seq));
            for (Cursor c : cursors) {
                if (c.next()) {
                    queue.add(c);
                }
            }
            long group = 0;
            Set<String> seen = new HashSet<>();
            boolean first = true;
            while (!queue.isEmpty()) {
                Cursor c = queue.poll();
                if (first || c.key != group) {
                    group = c.key;
                    seen.clear();
                    first = false;
                }
                if (!seen.add(c.id)) {
                    new Located(template.out(), template.layout(), template.type(), c.seq, c.position, c.id)
                            .report(Rule.DOC_016, "id", "value", c.id);
                }
                if (c.next()) {
                    queue.add(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back spilled ids: " + e.getMessage(), e);
        } finally {
            for (Cursor c : cursors) {
                c.close();
            }
            for (Path file : files) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // left for deleteOnExit
                }
            }
            files.clear();
        }
    }

    /** The buffer's entries by key, then by arrival: key and index packed in one long, sorted as numbers. */
    private int[] sortedOrder() {
        long[] packed = new long[size];
        for (int i = 0; i < size; i++) {
            packed[i] = keys[i] | i;
        }
        Arrays.sort(packed);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = (int) (packed[i] & INDEX_MASK);
        }
        return order;
    }

    private void spill() {
        try {
            Path file = Files.createTempFile("partyorg-ids-", ".run");
            file.toFile().deleteOnExit();
            files.add(file);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
                for (int i : sortedOrder()) {
                    // the key is the id's hash again when read back, so it is not written
                    byte[] id = ids[i].getBytes(StandardCharsets.UTF_8);
                    out.writeLong(seqs[i]);
                    out.writeLong(positions[i]);
                    out.writeInt(id.length);
                    out.write(id);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spill ids to a temporary file: " + e.getMessage(), e);
        }
        Arrays.fill(ids, null);
        size = 0;
    }

    private abstract static class Cursor {
        long key;
        long seq;
        long position;
        String id;

        abstract boolean next() throws IOException;

        void close() {
        }
    }

    private final class MemoryCursor extends Cursor {
        private final int[] order;
        private int at;

        MemoryCursor(int[] order) {
            this.order = order;
        }

        @Override
        boolean next() {
            if (at == order.length) {
                return false;
            }
            int i = order[at++];
            key = keys[i];
            seq = seqs[i];
            position = positions[i];
            id = ids[i];
            return true;
        }
    }

    private static final class FileCursor extends Cursor {
        private final DataInputStream in;

        FileCursor(Path file) throws IOException {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        }

        @Override
        boolean next() throws IOException {
            try {
                seq = in.readLong();
            } catch (EOFException end) {
                return false;
            }
            position = in.readLong();
            id = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
            key = keyOf(id);
            return true;
        }

        @Override
        void close() {
            try {
                in.close();
            } catch (IOException e) {
                // a read-only file: nothing is lost
            }
        }
    }
}
