package org.partyorg.serialization;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.partyorg.core.code.Masking;
import org.partyorg.serialization.internal.bind.Lines;
import org.partyorg.validation.ValidationReport;
import org.partyorg.validation.internal.rules.ValidationRun;

/**
 * Reads a stream file on several threads: one thread cuts the input into parts at line boundaries
 * and counts their lines, a pool parses and binds the parts into {@link Step}s, and the calling
 * thread applies the parts' steps in input order. The validator and the caller's handler see the
 * same steps in the same order as in a {@link SequentialPipeline}, so the findings are identical
 * (clashes "on the later record", references "to the first record"); only the parsing and binding,
 * most of the work, is shared out.
 *
 * <p>Memory stays bounded: at most {@code threads + 1} parts wait in the queue, one more is being
 * handed over and one applied, besides the {@code threads} being bound; each is about
 * {@code partBytes} and then its records. A part is longer only for a line longer than that, and
 * never beyond the line limit ({@link ReadLimits#maxLineBytes()}) plus one byte, so hostile input
 * of lines near the limit holds at most about {@code (2 × threads + 3) × maxLineBytes}.
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
        // a part waiting is its bytes and then its bound records: a few times partBytes; few wait
        this.parts = new ArrayBlockingQueue<>(threads + 1);
    }

    ValidationReport run() {
        ExecutorService binders = Executors.newFixedThreadPool(threads, daemons("partyorg-stream-binder-"));
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
            byte[] buf = new byte[partBytes];
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
                            hand(binders.submit(() -> bind(part, newline + 1, before, start, false)));
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
                hand(binders.submit(() -> bind(part, partLength, before, start, ends)));
                if (last) {
                    return;
                }
                linesBefore += newlines(buf, cut);
                atStart = false;
                int rest = len - cut;
                byte[] next = new byte[(int) Math.max(partBytes, Math.min(2L * rest, limits.maxLineBytes() + 1L))];
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

    /** Parses and binds one part, on a pool thread. */
    private List<Step> bind(byte[] part, int length, long linesBefore, boolean atStart, boolean last) {
        List<Step> steps = new ArrayList<>(Math.max(16, length / 256));
        LineBinder lines = new LineBinder(factory, limits, new Lines(part, length, limits.maxLineBytes(), atStart), linesBefore, sharedParser);
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
        return steps;
    }

    private void hand(Object partOrFailure) {
        Step.hand(parts, partOrFailure, () -> cancelled);
    }

    @SuppressWarnings("unchecked")
    private ValidationReport consume() {
        while (true) {
            Object next;
            List<Step> steps;
            try {
                next = parts.take();
                if (next instanceof Throwable failure) {
                    throw rethrow(failure);
                }
                steps = ((Future<List<Step>>) next).get();
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

    private static long newlines(byte[] buf, int len) {
        long n = 0;
        for (int i = 0; i < len; i++) {
            if (buf[i] == '\n') {
                n++;
            }
        }
        return n;
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
