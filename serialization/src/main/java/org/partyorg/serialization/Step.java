package org.partyorg.serialization;

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

    void apply(ValidationRun validator, RecordHandler handler);

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
