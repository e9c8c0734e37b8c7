package org.partyorg.serialization;

import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.partyorg.core.ExchangeRecord;
import org.partyorg.validation.ValidationReport;
import org.partyorg.validation.internal.rules.ValidationRun;

/**
 * Something a reading thread found, for the validating thread to apply in input order: a record to
 * validate, a shape problem to report, the header. Steps are made where lines are parsed and bound,
 * and applied where the validator and the caller's handler live, so that those two are only ever
 * touched by one thread, whichever pipeline carries the steps.
 */
@FunctionalInterface
interface Step {
    /** Marks the end of the input. */
    Step END = (v, h) -> { };
    /** Marks a stop at a read limit (DOC-018): what follows is not read. */
    Step STOP = (v, h) -> { };
    /**
     * How many records {@link #applyAll} prefetches at once ({@link ValidationRun#prefetch}): enough
     * for their cache misses to overlap, few enough that what was read is still in the cache when
     * their rules need it. Groups of 8 and 32 measured the same as 16, within the noise
     * (docs/design.md, "Prefetching the next records").
     */
    int PREFETCH_GROUP = 16;

    void apply(ValidationRun validator, RecordHandler handler);

    /**
     * Applies steps in input order, on the validating thread, prefetching each group of
     * {@link #PREFETCH_GROUP} records before it validates them. {@code steps} is a random-access list
     * (the pipelines hand {@code ArrayList}s).
     *
     * @return the report when a step ends the run (the end of the input, a read limit, the fail-fast
     *     limit), else null: more steps are to come
     */
    static ValidationReport applyAll(List<Step> steps, ValidationRun validator, RecordHandler handler) {
        for (int from = 0, n = steps.size(); from < n; from += PREFETCH_GROUP) {
            int to = Math.min(n, from + PREFETCH_GROUP);
            for (int i = from; i < to; i++) {
                if (steps.get(i) instanceof RecordStep r) {
                    validator.prefetch(r.record(), r.prefetchKey());
                }
            }
            for (int i = from; i < to; i++) {
                Step step = steps.get(i);
                if (step == END) {
                    return validator.finish(true);
                }
                if (step == STOP) {
                    return validator.finish(false);
                }
                step.apply(validator, handler);
                if (validator.shouldStop()) {
                    return validator.finish(false);
                }
            }
        }
        return null;
    }

    /**
     * A record for the validator and the caller's handler. Immutable; made on a binding thread and
     * applied on the validating thread.
     *
     * @param record the bound record, not null
     * @param line its line
     * @param unreadable the fields the reader could not bind, never null, not changed once handed over
     * @param prefetchKey {@link ValidationRun#prefetchKey}, computed on the binding thread
     */
    record RecordStep(ExchangeRecord record, long line, Set<String> unreadable, long prefetchKey) implements Step {
        @Override
        public void apply(ValidationRun validator, RecordHandler handler) {
            validator.record(record, line, line, unreadable, prefetchKey);
            handler.record(record, line);
        }
    }

    /**
     * Puts a batch (or a failure) in the queue for the validating thread, waiting while it is full.
     *
     * @throws Cancelled when the validating side stopped wanting steps meanwhile
     */
    static void hand(BlockingQueue<Object> queue, Object batchOrFailure, BooleanSupplier cancelled) {
        try {
            while (!queue.offer(batchOrFailure, 100, TimeUnit.MILLISECONDS)) {
                if (cancelled.getAsBoolean()) {
                    throw new Cancelled();
                }
            }
        } catch (InterruptedException e) {
            throw new Cancelled();
        }
    }

    /** Where a reading side hands its steps; returns false when reading should stop. */
    @FunctionalInterface
    interface Emitter {
        boolean emit(Step step);
    }

    /** Thrown on a reading thread when the validating side no longer wants steps. */
    final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super(null, null, false, false);
        }
    }
}
