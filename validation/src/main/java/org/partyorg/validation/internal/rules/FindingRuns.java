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
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import org.partyorg.validation.Finding;
import org.partyorg.validation.Severity;

/**
 * Sorted runs of findings spilled to temporary files, merged back in report order: an external
 * merge sort, so that a run with millions of findings holds only one run's worth in memory while
 * the report is still written in record order (cross-record findings come at the end of the input
 * but belong to earlier records). The files hold what the report would print (masked messages) and
 * are deleted when merged, or when the JVM exits.
 *
 * <p>Not thread-safe: one per validation run.
 */
final class FindingRuns {
    private static final Severity[] SEVERITIES = Severity.values();

    private final List<Path> files = new ArrayList<>();

    /** @return whether any run was spilled */
    boolean isEmpty() {
        return files.isEmpty();
    }

    /**
     * Writes one run.
     *
     * @param seqs the findings' sequence numbers
     * @param findings the findings, in report order
     * @param crossRecord whether each was made by a cross-record rule
     */
    void spill(long[] seqs, List<Finding> findings, boolean[] crossRecord) {
        try {
            Path file = Files.createTempFile("partyorg-findings-", ".run");
            file.toFile().deleteOnExit();
            files.add(file);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
                for (int i = 0; i < findings.size(); i++) {
                    Finding f = findings.get(i);
                    out.writeLong(seqs[i]);
                    out.writeByte(f.severity().ordinal());
                    out.writeBoolean(crossRecord[i]);
                    text(out, f.ruleId());
                    text(out, f.path());
                    text(out, f.recordType());
                    text(out, f.recordId());
                    text(out, f.message());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spill findings to a temporary file: " + e.getMessage(), e);
        }
    }

    /**
     * Merges the spilled runs and the last run held in memory, in report order, deleting the files.
     *
     * @param lastSeqs the last run's sequence numbers
     * @param last the last run, in report order
     * @param limit how many findings to hand over at most
     * @param to receives them
     * @param dropCrossRecord whether to leave out the spilled findings of cross-record rules (the
     *     last run holds none then)
     * @return how many were handed over
     */
    long merge(long[] lastSeqs, List<Finding> last, long limit, Consumer<? super Finding> to, boolean dropCrossRecord) {
        PriorityQueue<Cursor> queue = new PriorityQueue<>();
        List<DataInputStream> open = new ArrayList<>();
        try {
            int order = 0;
            for (Path file : files) {
                DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
                open.add(in);
                Cursor c = new FileCursor(in, order++, dropCrossRecord);
                if (c.advance()) {
                    queue.add(c);
                }
            }
            Cursor memory = new MemoryCursor(lastSeqs, last, order);
            if (memory.advance()) {
                queue.add(memory);
            }
            long handed = 0;
            while (!queue.isEmpty() && handed < limit) {
                Cursor c = queue.poll();
                to.accept(c.finding);
                handed++;
                if (c.advance()) {
                    queue.add(c);
                }
            }
            return handed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back spilled findings: " + e.getMessage(), e);
        } finally {
            for (DataInputStream in : open) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // deleting is what matters
                }
            }
            for (Path file : files) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // deleteOnExit remains
                }
            }
            files.clear();
        }
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String text(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    /** The head of one sorted run. Ties keep the order of the runs, so equal keys stay in arrival order. */
    private abstract static class Cursor implements Comparable<Cursor> {
        final int order;
        long seq;
        Finding finding;

        Cursor(int order) {
            this.order = order;
        }

        abstract boolean advance() throws IOException;

        @Override
        public int compareTo(Cursor o) {
            int c = FindingCollector.compare(seq, finding, o.seq, o.finding);
            return c != 0 ? c : Integer.compare(order, o.order);
        }
    }

    private static final class FileCursor extends Cursor {
        private final DataInputStream in;
        private final boolean dropCrossRecord;

        FileCursor(DataInputStream in, int order, boolean dropCrossRecord) {
            super(order);
            this.in = in;
            this.dropCrossRecord = dropCrossRecord;
        }

        @Override
        boolean advance() throws IOException {
            while (true) {
                try {
                    seq = in.readLong();
                } catch (EOFException end) {
                    return false;
                }
                Severity severity = SEVERITIES[in.readByte()];
                boolean crossRecord = in.readBoolean();
                String ruleId = text(in);
                String path = text(in);
                String recordType = text(in);
                String recordId = text(in);
                String message = text(in);
                if (!(crossRecord && dropCrossRecord)) {
                    finding = new Finding(ruleId, severity, path, recordType, recordId, message);
                    return true;
                }
            }
        }
    }

    private static final class MemoryCursor extends Cursor {
        private final long[] seqs;
        private final List<Finding> findings;
        private int next;

        MemoryCursor(long[] seqs, List<Finding> findings, int order) {
            super(order);
            this.seqs = seqs;
            this.findings = findings;
        }

        @Override
        boolean advance() {
            if (next >= findings.size()) {
                return false;
            }
            seq = seqs[next];
            finding = findings.get(next++);
            return true;
        }
    }
}
