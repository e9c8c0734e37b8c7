package org.partyorg.serialization;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.partyorg.core.code.Masking;
import org.partyorg.serialization.internal.bind.Lines;
import org.partyorg.validation.ValidationReport;
import org.partyorg.validation.internal.rules.ValidationRun;

/**
 * Reads a stream file on several threads: one thread cuts the input into parts at line boundaries
 * and counts their lines, {@code threads} threads parse and bind the parts into {@link Step}s, and
 * the calling thread applies the parts' steps in input order. The calling thread is one of the
 * binding threads: while the next part in order is still being bound elsewhere, it binds a later
 * part itself, so {@code threads} threads are busy in all (a pool of {@code threads - 1} and the
 * caller) and the validating share of the work needs no core of its own. The validator and the
 * caller's handler see the same steps in the same order as in a {@link SequentialPipeline}, so the
 * findings are identical (clashes "on the later record", references "to the first record"); only
 * the parsing and binding, most of the work, is shared out.
 *
 * <p>Memory stays bounded: at most {@code 2 × threads} parts wait in the queue (bound, being bound
 * or not yet claimed), one more is being handed over and one applied; each is about
 * {@code partBytes} and then its records. A part is longer only for a line longer than that, and
 * never beyond the line limit ({@link ReadLimits#maxLineBytes()}) plus one byte, so hostile input
 * of lines near the limit holds at most about {@code (2 × threads + 2) × maxLineBytes}. Up to
 * {@code 2 × threads + 2} buffers of {@code partBytes} more wait to be filled again.
 */
final class ParallelPipeline {
    private final InputStream in;
    private final int threads;
    private final int partBytes;
    private final JsonFactory factory;
    private final ReadLimits limits;
    private final boolean sharedParser;
    private final ValidationRun validator;
    private final RecordHandler handler;
    private final BlockingQueue<Object> parts;
    /**
     * Buffers of {@code partBytes} whose parts are bound, for the cutting thread to fill again: a
     * new buffer for every part was as many bytes allocated, zeroed and collected as the input
     * itself, about a third of a read's allocation.
     */
    private final BlockingQueue<byte[]> spareBuffers;
    private volatile boolean cancelled;

    ParallelPipeline(InputStream in, int threads, int partBytes, JsonFactory factory, ReadLimits limits,
            boolean sharedParser, ValidationRun validator, RecordHandler handler) {
        this.in = in;
        this.threads = threads;
        this.partBytes = partBytes;
        this.factory = factory;
        this.limits = limits;
        this.sharedParser = sharedParser;
        this.validator = validator;
        this.handler = handler;
        // a part waiting is its bytes and then its bound records: a few times partBytes; enough wait
        // that the calling thread finds one to bind while the next in order is bound elsewhere
        this.parts = new ArrayBlockingQueue<>(2 * threads);
        this.spareBuffers = new ArrayBlockingQueue<>(2 * threads + 2);
    }

    ValidationReport run() {
        ExecutorService binders = Executors.newFixedThreadPool(threads - 1, daemons("partyorg-stream-binder-"));
        Thread splitter = daemons("partyorg-stream-splitter-").newThread(() -> split(binders));
        splitter.start();
        try {
            return consume();
        } finally {
            cancelled = true;
            splitter.interrupt();
            binders.shutdownNow();
            try {
                splitter.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Cuts the input into parts ending at a newline and hands each to the pool, in order. */
    private void split(ExecutorService binders) {
        try {
            byte[] buf = partBuffer(partBytes);
            int len = 0;
            long linesBefore = 0;
            boolean atStart = true;
            while (true) {
                boolean eof = false;
                while (len < buf.length) {
                    int n;
                    try {
                        n = in.read(buf, len, buf.length - len);
                    } catch (IOException e) {
                        // the whole lines read before the failure are judged first, as one reading thread would
                        int newline = lastNewline(buf, len);
                        if (newline >= 0) {
                            byte[] part = buf;
                            long before = linesBefore;
                            boolean start = atStart;
                            int partLength = newline + 1;
                            int firstFF = Lines.indexOfFF(part, partLength);
                            hand(submit(binders, new Part(part, partLength, firstFF, before, start, false)));
                        }
                        throw e;
                    }
                    if (n < 0) {
                        eof = true;
                        break;
                    }
                    len += n;
                }
                int cut;
                boolean last = eof;
                if (eof) {
                    cut = len;
                } else {
                    int newline = lastNewline(buf, len);
                    if (newline >= 0) {
                        cut = newline + 1;
                    } else if (len > limits.maxLineBytes()) {
                        // one line longer than the limit: its part stops the read (DOC-018)
                        cut = len;
                        last = true;
                    } else {
                        // grow to hold one line of the longest length allowed, and not beyond
                        buf = Arrays.copyOf(buf, (int) Math.min(2L * buf.length, limits.maxLineBytes() + 1L));
                        continue;
                    }
                }
                byte[] part = buf;
                int partLength = cut;
                long before = linesBefore;
                boolean start = atStart;
                boolean ends = last;
                Lines.PartScan scan = Lines.scan(part, partLength);
                hand(submit(binders, new Part(part, partLength, scan.firstFF(), before, start, ends)));
                if (last) {
                    return;
                }
                linesBefore += scan.newlines();
                atStart = false;
                int rest = len - cut;
                // may be the buffer just handed over, if its part was bound meanwhile: arraycopy within
                // one array copies as if through a temporary array
                byte[] next = partBuffer((int) Math.max(partBytes, Math.min(2L * rest, limits.maxLineBytes() + 1L)));
                System.arraycopy(buf, cut, next, 0, rest);
                buf = next;
                len = rest;
            }
        } catch (Step.Cancelled e) {
            // the validating side stopped early: nothing more to hand over
        } catch (IOException | RuntimeException | Error e) {
            try {
                hand(e);
            } catch (Step.Cancelled ignored) {
                // the validating side is gone already
            }
        }
    }

    /** @return a spare buffer when one of that size is waiting, else a new one */
    private byte[] partBuffer(int size) {
        byte[] spare = size == partBytes ? spareBuffers.poll() : null;
        return spare != null ? spare : new byte[size];
    }

    private static Part submit(ExecutorService binders, Part part) {
        binders.execute(part);
        return part;
    }

    /**
     * A part of the input and, once bound, its steps. Whichever thread claims it first binds it: a
     * pool thread in its turn, or the calling thread while it waits for an earlier part.
     */
    private final class Part implements Runnable {
        private final byte[] bytes;
        private final int length;
        /** Its first 0xFF byte, or -1: found by the cutting thread ({@link Lines#scan}). */
        private final int firstFF;
        private final long linesBefore;
        private final boolean atStart;
        private final boolean last;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CompletableFuture<List<Step>> steps = new CompletableFuture<>();

        Part(byte[] bytes, int length, int firstFF, long linesBefore, boolean atStart, boolean last) {
            this.bytes = bytes;
            this.length = length;
            this.firstFF = firstFF;
            this.linesBefore = linesBefore;
            this.atStart = atStart;
            this.last = last;
        }

        /** Binds the part unless another thread claimed it. */
        @Override
        public void run() {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            try {
                steps.complete(bind(bytes, length, firstFF, linesBefore, atStart, last));
            } catch (Throwable e) {
                steps.completeExceptionally(e);
            }
        }

        boolean isClaimed() {
            return claimed.get();
        }
    }

    /** Parses and binds one part, on a pool thread or the calling thread. */
    private List<Step> bind(byte[] part, int length, int firstFF, long linesBefore, boolean atStart, boolean last) {
        List<Step> steps = new ArrayList<>(Math.max(16, length / 256));
        Lines partLines = new Lines(part, length, limits.maxLineBytes(), atStart, firstFF);
        LineBinder lines = new LineBinder(factory, limits, partLines, linesBefore, sharedParser);
        Step end;
        try {
            end = lines.read(step -> {
                steps.add(step);
                return !cancelled;
            });
        } catch (IOException | RuntimeException e) {
            // the steps before the failure are applied first, then the failure, as one reading thread would
            steps.add((v, h) -> {
                throw rethrow(e);
            });
            return steps;
        }
        if (end == Step.STOP || last) {
            steps.add(end);
        }
        // nothing bound refers to the bytes (records hold copies); a failure above may, through its
        // parser, so its part's buffer is left to the collector
        if (part.length == partBytes) {
            spareBuffers.offer(part);
        }
        return steps;
    }

    private void hand(Object partOrFailure) {
        Step.hand(parts, partOrFailure, () -> cancelled);
    }

    private ValidationReport consume() {
        while (true) {
            Object next;
            List<Step> steps;
            try {
                next = parts.take();
                if (next instanceof Throwable failure) {
                    throw rethrow(failure);
                }
                Part head = (Part) next;
                helpUntilBound(head);
                steps = head.steps.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ReadException("interrupted while reading the stream", e);
            } catch (ExecutionException e) {
                throw rethrow(e.getCause());
            }
            ValidationReport report = Step.applyAll(steps, validator, handler);
            if (report != null) {
                return report;
            }
        }
    }

    /**
     * Binds parts on the calling thread until {@code head} is bound: {@code head} itself if no pool
     * thread has claimed it yet, else the earliest part in the queue that none has. Returns when
     * there is none left to claim; {@code head} is then being bound by a pool thread.
     */
    private void helpUntilBound(Part head) {
        head.run();
        while (!head.steps.isDone()) {
            Part unclaimed = null;
            for (Object waiting : parts) {
                if (waiting instanceof Part part && !part.isClaimed()) {
                    unclaimed = part;
                    break;
                }
            }
            if (unclaimed == null) {
                return;
            }
            unclaimed.run();
        }
    }

    private static RuntimeException rethrow(Throwable failure) {
        if (failure instanceof IOException e) {
            return new ReadException("cannot read the stream: " + Masking.scrub(e.getMessage()), e);
        }
        if (failure instanceof RuntimeException e) {
            return e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return new ReadException("cannot read the stream", failure);
    }

    private static int lastNewline(byte[] buf, int len) {
        for (int i = len - 1; i >= 0; i--) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
