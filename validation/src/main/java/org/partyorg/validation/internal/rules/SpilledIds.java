package org.partyorg.validation.internal.rules;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * runs of {@value #RUN} (hash, place, id), sorted by hash and spilled to temporary files when full;
 * at the end the runs are merged and every record whose id an earlier record of the type already had
 * gets its finding. Memory stays one run whatever the input; a small input never touches the disk.
 * Hash collisions are told apart by the ids themselves. Not thread-safe.
 */
final class SpilledIds {
    /**
     * Entries per run: about 25 MB with their ids; a province's 55 million dues payments make some
     * 210 runs, merged with one small buffer each.
     */
    static final int RUN = 1 << 18;

    private final int run;
    private long[] hashes;
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
        this.run = run;
        int initial = Math.min(run, 1024); // grown as needed: five record types, most of them few
        hashes = new long[initial];
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
        if (size == hashes.length) {
            int grown = Math.min(run, size * 2);
            hashes = Arrays.copyOf(hashes, grown);
            seqs = Arrays.copyOf(seqs, grown);
            positions = Arrays.copyOf(positions, grown);
            ids = Arrays.copyOf(ids, grown);
        }
        hashes[size] = Hashing.hash64(id);
        seqs[size] = seq;
        positions[size] = position;
        ids[size] = id;
        if (++size == run) {
            spill();
        }
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
            PriorityQueue<Cursor> queue = new PriorityQueue<>(Comparator.comparingLong((Cursor c) -> c.hash).thenComparingLong(c -> c.seq));
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
                if (first || c.hash != group) {
                    group = c.hash;
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

    /** The buffer's entries by hash, then by arrival (a stable sort of arrival order). */
    private Integer[] sortedOrder() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> hashes[i]));
        return order;
    }

    private void spill() {
        try {
            Path file = Files.createTempFile("partyorg-ids-", ".run");
            file.toFile().deleteOnExit();
            files.add(file);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
                for (int i : sortedOrder()) {
                    out.writeLong(hashes[i]);
                    out.writeLong(seqs[i]);
                    out.writeLong(positions[i]);
                    out.writeUTF(ids[i]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spill ids to a temporary file: " + e.getMessage(), e);
        }
        Arrays.fill(ids, null);
        size = 0;
    }

    private abstract static class Cursor {
        long hash;
        long seq;
        long position;
        String id;

        abstract boolean next() throws IOException;

        void close() {
        }
    }

    private final class MemoryCursor extends Cursor {
        private final Integer[] order;
        private int at;

        MemoryCursor(Integer[] order) {
            this.order = order;
        }

        @Override
        boolean next() {
            if (at == order.length) {
                return false;
            }
            int i = order[at++];
            hash = hashes[i];
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
                hash = in.readLong();
            } catch (EOFException end) {
                return false;
            }
            seq = in.readLong();
            position = in.readLong();
            id = in.readUTF();
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
