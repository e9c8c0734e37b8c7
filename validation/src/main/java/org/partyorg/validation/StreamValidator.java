package org.partyorg.validation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.partyorg.core.ExchangeRecord;
import org.partyorg.core.Grid;
import org.partyorg.core.Member;
import org.partyorg.core.Organization;
import org.partyorg.core.Posting;
import org.partyorg.core.RecordType;
import org.partyorg.core.ServiceRecord;
import org.partyorg.validation.rules.PathLayout;
import org.partyorg.validation.rules.ValidationRun;

/**
 * Validates records handed over one at a time, in any order (a member may precede its
 * organization): per-record rules run as each record arrives, cross-record rules run in
 * {@link #finish()} from compact indexes, so memory grows with organizations and persons, not with
 * the input. This is how a national export of 100 million members is checked; the
 * {@link DatasetValidator} is the same engine fed from a {@code Dataset}.
 *
 * <p>Call {@link #start} once, then the record methods, then {@link #finish} once. Each record
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
     * Starts a run whose input stopped before its end (a document with malformed JSON or past a read
     * limit): as {@link #start(String, LocalDate, LocalDate)}, except that a {@code schemaVersion} or
     * {@code asOf} the reader never reached is not reported missing (it may lie in the unread part).
     * End such a run with {@link #finishIncomplete()}.
     *
     * @param schemaVersion the declared format version, or null
     * @param schemaVersionRead whether the reader reached it
     * @param asOf the date the data describes, or null
     * @param asOfRead whether the reader reached it
     * @param coverageFrom the coverage's start, or null
     * @return this validator
     */
    public StreamValidator startPartial(String schemaVersion, boolean schemaVersionRead, LocalDate asOf, boolean asOfRead,
            LocalDate coverageFrom) {
        run.start(schemaVersion, !schemaVersionRead, asOf, !asOfRead, coverageFrom);
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
        record(record, position, seq, Set.of());
    }

    /**
     * As {@link #record(ExchangeRecord, long, long)}, for readers that left some fields unbound.
     *
     * @param record the record
     * @param position its array index or line
     * @param seq its place in the input
     * @param unreadableFields fields (relative paths) the reader could not bind and already
     *     reported, so that they are not reported missing again
     */
    public void record(ExchangeRecord record, long position, long seq, Set<String> unreadableFields) {
        run.record(Objects.requireNonNull(record, "record"), position, seq, unreadableFields);
    }

    /**
     * @param o the organization
     * @param position its array index or line
     * @param seq its place in the input
     */
    public void organization(Organization o, long position, long seq) {
        organization(o, position, seq, Set.of());
    }

    /**
     * As {@link #organization(Organization, long, long)}, for readers that left some fields unbound.
     *
     * @param o the record
     * @param position its array index or line
     * @param seq its place in the input
     * @param unreadableFields fields (relative paths) the reader could not bind and already
     *     reported, so that they are not reported missing again
     */
    public void organization(Organization o, long position, long seq, Set<String> unreadableFields) {
        run.organization(Objects.requireNonNull(o, "organization"), position, seq, unreadableFields);
    }

    /**
     * @param m the member
     * @param position its array index or line
     * @param seq its place in the input
     */
    public void member(Member m, long position, long seq) {
        member(m, position, seq, Set.of());
    }

    /**
     * As {@link #member(Member, long, long)}, for readers that left some fields unbound.
     *
     * @param m the record
     * @param position its array index or line
     * @param seq its place in the input
     * @param unreadableFields fields (relative paths) the reader could not bind and already
     *     reported, so that they are not reported missing again
     */
    public void member(Member m, long position, long seq, Set<String> unreadableFields) {
        run.member(Objects.requireNonNull(m, "member"), position, seq, unreadableFields);
    }

    /**
     * @param g the grid
     * @param position its array index or line
     * @param seq its place in the input
     */
    public void grid(Grid g, long position, long seq) {
        grid(g, position, seq, Set.of());
    }

    /**
     * As {@link #grid(Grid, long, long)}, for readers that left some fields unbound.
     *
     * @param g the record
     * @param position its array index or line
     * @param seq its place in the input
     * @param unreadableFields fields (relative paths) the reader could not bind and already
     *     reported, so that they are not reported missing again
     */
    public void grid(Grid g, long position, long seq, Set<String> unreadableFields) {
        run.grid(Objects.requireNonNull(g, "grid"), position, seq, unreadableFields);
    }

    /**
     * @param r the service record
     * @param position its array index or line
     * @param seq its place in the input
     */
    public void serviceRecord(ServiceRecord r, long position, long seq) {
        serviceRecord(r, position, seq, Set.of());
    }

    /**
     * As {@link #serviceRecord(ServiceRecord, long, long)}, for readers that left some fields unbound.
     *
     * @param r the record
     * @param position its array index or line
     * @param seq its place in the input
     * @param unreadableFields fields (relative paths) the reader could not bind and already
     *     reported, so that they are not reported missing again
     */
    public void serviceRecord(ServiceRecord r, long position, long seq, Set<String> unreadableFields) {
        run.serviceRecord(Objects.requireNonNull(r, "serviceRecord"), position, seq, unreadableFields);
    }

    /**
     * @param p the posting
     * @param position its array index or line
     * @param seq its place in the input
     */
    public void posting(Posting p, long position, long seq) {
        posting(p, position, seq, Set.of());
    }

    /**
     * As {@link #posting(Posting, long, long)}, for readers that left some fields unbound.
     *
     * @param p the record
     * @param position its array index or line
     * @param seq its place in the input
     * @param unreadableFields fields (relative paths) the reader could not bind and already
     *     reported, so that they are not reported missing again
     */
    public void posting(Posting p, long position, long seq, Set<String> unreadableFields) {
        run.posting(Objects.requireNonNull(p, "posting"), position, seq, unreadableFields);
    }

    /**
     * Reports a problem a reader found in the input's shape (a DOC rule).
     *
     * @param rule the rule
     * @param seq the record's place in the input, -1 for the input as a whole
     * @param recordType the record's wire type, or null
     * @param recordId the record id, or null
     * @param path the JSON Pointer
     * @param args alternating message parameter names and values, as the rule's message uses them
     */
    public void reportShape(Rule rule, long seq, String recordType, String recordId, String path, Object... args) {
        run.report(rule, seq, recordType, recordId, path, args);
    }

    /**
     * Counts a record that could not be bound at all, not even its type (the reader reported why).
     * Rules that would need it (references that resolve to nothing, "fewer than" sizes) then stay
     * quiet: the record might be what they miss.
     */
    public void unreadableRecord() {
        run.unreadableRecord(null);
    }

    /**
     * Counts a record of a known type that could not be bound (the reader reported why); as
     * {@link #unreadableRecord()}, for rules about that type.
     *
     * @param type its type
     */
    public void unreadableRecord(RecordType type) {
        run.unreadableRecord(Objects.requireNonNull(type, "type"));
    }

    /**
     * Some records of a type could not be read, and how many is unknown (for example a document's
     * section that is not an array). Counts nothing; otherwise as {@link #unreadableRecord(RecordType)}.
     *
     * @param type their type
     */
    public void unreadableRecords(RecordType type) {
        run.unreadableRecords(Objects.requireNonNull(type, "type"));
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
     * Ends a run whose input stopped early (a reader limit): the cross-record rules are skipped,
     * since they would report what is merely unread, and the report says it is incomplete.
     *
     * @return the report
     */
    public ValidationReport finishIncomplete() {
        return run.finish(false);
    }
}
