package org.partyorg.validation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.partyorg.core.ExchangeRecord;
import org.partyorg.validation.internal.rules.PathLayout;
import org.partyorg.validation.internal.rules.ValidationRun;

/**
 * Validates records handed over one at a time, in any order (a member may precede its
 * organization): per-record rules run as each record arrives, cross-record rules run in
 * {@link #finish()} from compact indexes, so memory grows with organizations and persons, not with
 * the input. This is how a national export of 100 million members is checked; the
 * {@link DatasetValidator} is the same engine fed from a {@code Dataset}.
 *
 * <p>Call {@link #start} once, then {@link #record} for each record, then {@link #finish} once. Each record
 * comes with its position (the index in its array for the document form, the line for the stream
 * form, used for paths) and its sequence number (its place in the whole input, for report order).
 *
 * <p>Not thread-safe: one instance per input. Null records throw {@link NullPointerException}.
 */
public final class StreamValidator {
    private final ValidationRun run;

    private StreamValidator(ValidationOptions options, PathLayout layout, Consumer<? super Finding> listener) {
        this.run = new ValidationRun(Objects.requireNonNull(options, "options"), layout, null, listener);
    }

    /**
     * @param options the options
     * @return a validator whose paths are those of the stream form ({@code /<line>/<field>})
     */
    public static StreamValidator forStream(ValidationOptions options) {
        return new StreamValidator(options, PathLayout.STREAM, null);
    }

    /**
     * A stream validator that hands its findings to a listener instead of listing them in the
     * report, so that memory stays bounded whatever their number (past some tens of thousands,
     * sorted runs of findings wait in temporary files). The listener receives every listed finding
     * ({@link ValidationOptions#withMaxListedFindings} still applies) in report order, on the thread
     * that calls {@link #finish()} or {@link #finishIncomplete()}, before it returns; the report it
     * returns holds the counts and no findings.
     *
     * @param options the options
     * @param listener receives the findings
     * @return a validator whose paths are those of the stream form
     */
    public static StreamValidator forStream(ValidationOptions options, Consumer<? super Finding> listener) {
        return new StreamValidator(options, PathLayout.STREAM, Objects.requireNonNull(listener, "listener"));
    }

    /**
     * @param options the options
     * @return a validator whose paths are those of the document form ({@code /members/3/orgId})
     */
    public static StreamValidator forDocument(ValidationOptions options) {
        return new StreamValidator(options, PathLayout.DOCUMENT, null);
    }

    /**
     * As {@link #forStream(ValidationOptions, Consumer)}, with the paths of the document form.
     *
     * @param options the options
     * @param listener receives the findings
     * @return a validator whose paths are those of the document form
     */
    public static StreamValidator forDocument(ValidationOptions options, Consumer<? super Finding> listener) {
        return new StreamValidator(options, PathLayout.DOCUMENT, Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Checks the header (DOC-002, DOC-003) and sets the reference date for every date rule.
     *
     * @param schemaVersion the declared format version, or null when missing or unreadable
     * @param asOf the date the data describes, or null when missing or unreadable (date rules are then skipped)
     * @return this validator
     */
    public StreamValidator start(String schemaVersion, LocalDate asOf) {
        run.start(schemaVersion, asOf);
        return this;
    }

    /**
     * As {@link #start(String, LocalDate)}, with the coverage of the 1.1 activity records.
     *
     * @param schemaVersion the declared format version, or null when missing or unreadable
     * @param asOf the date the data describes, or null when missing or unreadable
     * @param coverageFrom from when meetings, dues payments, transfers and elections are complete,
     *     or null when absent or unreadable (the cadence rules then do not run)
     * @return this validator
     */
    public StreamValidator start(String schemaVersion, LocalDate asOf, LocalDate coverageFrom) {
        run.start(schemaVersion, asOf, coverageFrom);
        return this;
    }

    /**
     * Any record, by its type.
     *
     * @param record the record
     * @param position its array index or line
     * @param seq its place in the input
     */
    public void record(ExchangeRecord record, long position, long seq) {
        run.record(Objects.requireNonNull(record, "record"), position, seq, Set.of());
    }

    /** @return whether the fail-fast limit ({@link ValidationOptions#withStopAfterErrors}) is reached */
    public boolean shouldStop() {
        return run.shouldStop();
    }

    /**
     * Runs the cross-record rules and returns the report.
     *
     * @return the report
     */
    public ValidationReport finish() {
        return run.finish(true);
    }

    /**
     * Ends a run whose input stopped early (a limit, or a caller that gives up): the cross-record
     * rules are skipped, since they would report what is merely unread, and the report says it is
     * incomplete.
     *
     * @return the report
     */
    public ValidationReport finishIncomplete() {
        return run.finish(false);
    }
}
