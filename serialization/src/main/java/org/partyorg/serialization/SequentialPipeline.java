package org.partyorg.serialization;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.partyorg.core.code.Masking;
import org.partyorg.validation.ValidationReport;
import org.partyorg.validation.internal.rules.ValidationRun;

/**
 * Reads on one thread and validates on the calling thread: parsing and binding a line is most
 * of the work and needs no shared state, so on two cores the two halves overlap (docs/design.md's
 * goal of half the speed of tokenization is not reachable in one thread). Steps go over in
 * batches, in input order, through a short queue that bounds the memory; the validator and the
 * caller's handler are only ever touched by the calling thread, so findings are identical to a
 * one-thread run.
 */
final class SequentialPipeline {
    private static final int BATCH = 1024;
    private final LineBinder run;
    private final ValidationRun validator;
    private final RecordHandler handler;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
    private volatile boolean cancelled;

    SequentialPipeline(LineBinder run, ValidationRun validator, RecordHandler handler) {
        this.run = run;
        this.validator = validator;
        this.handler = handler;
    }

    ValidationReport run() {
        Thread reader = new Thread(this::produce, "partyorg-stream-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            return consume();
        } finally {
            cancelled = true;
            reader.interrupt();
            try {
                reader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void produce() {
        List<Step> batch = new ArrayList<>(BATCH);
        try {
            Step last = run.read(step -> {
                batch.add(step);
                if (batch.size() == BATCH) {
                    hand(new ArrayList<>(batch));
                    batch.clear();
                }
                return !cancelled;
            });
            batch.add(last);
            hand(batch);
        } catch (Step.Cancelled e) {
            // the validating side stopped early (fail-fast): nothing more to hand over
        } catch (IOException | RuntimeException | Error e) {
            // what was read before the failure first, then the failure, in order
            try {
                hand(new ArrayList<>(batch));
                hand(e);
            } catch (Step.Cancelled ignored) {
                // the validating side is gone already
            }
        }
    }

    private void hand(Object batchOrFailure) {
        Step.hand(queue, batchOrFailure, () -> cancelled);
    }

    @SuppressWarnings("unchecked")
    private ValidationReport consume() {
        while (true) {
            Object next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ReadException("interrupted while reading the stream", e);
            }
            if (next instanceof IOException e) {
                throw new ReadException("cannot read the stream: " + Masking.scrub(e.getMessage()), e);
            }
            if (next instanceof RuntimeException e) {
                throw e;
            }
            if (next instanceof Error e) {
                throw e;
            }
            ValidationReport report = Step.applyAll((List<Step>) next, validator, handler);
            if (report != null) {
                return report;
            }
        }
    }
}
