package org.partyorg.validation.internal.rules;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.List;
import java.util.function.Consumer;
import org.partyorg.core.Application;
import org.partyorg.core.Dataset;
import org.partyorg.core.DuesPayment;
import org.partyorg.core.Election;
import org.partyorg.core.ExchangeRecord;
import org.partyorg.core.Grid;
import org.partyorg.core.Meeting;
import org.partyorg.core.Member;
import org.partyorg.core.Organization;
import org.partyorg.core.Posting;
import org.partyorg.core.RecordType;
import org.partyorg.core.ServiceRecord;
import org.partyorg.core.Transfer;
import org.partyorg.validation.Finding;
import org.partyorg.validation.Rule;
import org.partyorg.validation.Severity;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;
import org.partyorg.validation.internal.index.Hashing;

/**
 * One validation run: the per-record rules as records arrive, the cross-record rules at the end.
 * The public {@code StreamValidator} and {@code DatasetValidator} are thin layers over it, so the
 * two cannot disagree. Not thread-safe.
 */
public final class ValidationRun {
    private static final Pattern SCHEMA_VERSION = Pattern.compile("1\\.[0-9]+");

    private final FindingCollector out;
    private final PathLayout layout;
    private final RecordScope scope;
    private final CrossRecordRules cross;
    /** What {@link #prefetch} read, kept only so that the JIT cannot leave the reads out. */
    private long prefetchSink;
    private long records;
    private boolean started;

    /**
     * @param options the options
     * @param layout document or stream paths
     */
    public ValidationRun(ValidationOptions options, PathLayout layout) {
        this(options, layout, null);
    }

    /**
     * @param options the options
     * @param layout document or stream paths
     * @param forward also receives every finding, or null
     */
    public ValidationRun(ValidationOptions options, PathLayout layout, FindingSink forward) {
        this(options, layout, forward, null);
    }

    /**
     * @param options the options
     * @param layout document or stream paths
     * @param forward also receives every finding, or null
     * @param listener receives the listed findings in report order when the run ends, instead of
     *     the report (memory then stays bounded whatever their number), or null
     */
    public ValidationRun(ValidationOptions options, PathLayout layout, FindingSink forward,
            Consumer<? super Finding> listener) {
        this.out = new FindingCollector(options, forward, listener);
        this.layout = layout;
        this.scope = new RecordScope(out, out.crossRecordSink(), layout, options, null);
        this.cross = new CrossRecordRules(out.crossRecordSink(), layout, null);
    }

    /**
     * DOC-002 and DOC-003, and the reference date for every later rule. Call once, before records.
     *
     * @param schemaVersion the declared version, null when missing or unreadable
     * @param asOf the reference date, null when missing or unreadable
     */
    public void start(String schemaVersion, LocalDate asOf) {
        start(schemaVersion, asOf, null);
    }

    /**
     * DOC-002 and DOC-003, the reference date for every later rule, and the coverage of the 1.1
     * activity records. Call once, before records.
     *
     * @param schemaVersion the declared version, null when missing or unreadable
     * @param asOf the reference date, null when missing or unreadable
     * @param coverageFrom from when meetings, dues, transfers and elections are complete; null when
     *     absent or unreadable (the cadence rules then do not run)
     */
    public void start(String schemaVersion, LocalDate asOf, LocalDate coverageFrom) {
        start(schemaVersion, false, asOf, false, coverageFrom);
    }

    /**
     * As {@link #start(String, LocalDate, LocalDate)}, for an input that stopped early: a value the
     * reader never reached is not reported missing.
     *
     * @param schemaVersion the declared version, null when missing, unreadable or unread
     * @param schemaVersionUnread whether the reader stopped before reaching it
     * @param asOf the reference date, null when missing, unreadable or unread
     * @param asOfUnread whether the reader stopped before reaching it
     * @param coverageFrom the coverage's start, or null
     */
    public void start(String schemaVersion, boolean schemaVersionUnread, LocalDate asOf, boolean asOfUnread,
            LocalDate coverageFrom) {
        if (started) {
            throw new IllegalStateException("start was already called");
        }
        started = true;
        if ((schemaVersion == null && !schemaVersionUnread)
                || (schemaVersion != null && !SCHEMA_VERSION.matcher(schemaVersion).matches())) {
            out.add(Rule.DOC_002, Severity.ERROR, -1, null, null, layout.topLevelPath("schemaVersion"),
                    "value", schemaVersion == null ? "-" : Checks.shorten(schemaVersion));
        }
        if (asOf == null && !asOfUnread) {
            out.add(Rule.DOC_003, Severity.ERROR, -1, null, null, layout.topLevelPath("asOf"));
        }
        scope.setAsOf(asOf);
        cross.setAsOf(asOf);
        cross.setCoverageFrom(coverageFrom);
        cross.setSchemaVersion(schemaVersion);
    }

    /**
     * @param o the organization
     * @param position its index or line
     * @param seq its place in the input
     * @param flagged fields the reader reported as unreadable
     */
    public void organization(Organization o, long position, long seq, Set<String> flagged) {
        begin(RecordType.ORGANIZATION, position, seq, o.id(), flagged);
        OrganizationRules.check(o, scope);
        cross.organizationArrived(o, scope.crossRecord());
    }

    /**
     * @param m the member
     * @param position its index or line
     * @param seq its place in the input
     * @param flagged fields the reader reported as unreadable
     */
    public void member(Member m, long position, long seq, Set<String> flagged) {
        member(m, position, seq, flagged, 0);
    }

    private void member(Member m, long position, long seq, Set<String> flagged, long memberKey) {
        begin(RecordType.MEMBER, position, seq, m.id(), flagged);
        MemberRules.check(m, scope);
        cross.memberArrived(m, scope.crossRecord(), memberKey);
    }

    /**
     * @param g the grid
     * @param position its index or line
     * @param seq its place in the input
     * @param flagged fields the reader reported as unreadable
     */
    public void grid(Grid g, long position, long seq, Set<String> flagged) {
        begin(RecordType.GRID, position, seq, g.id(), flagged);
        GridRules.check(g, scope);
        cross.gridArrived(g, scope.crossRecord());
    }

    /**
     * @param r the service record
     * @param position its index or line
     * @param seq its place in the input
     * @param flagged fields the reader reported as unreadable
     */
    public void serviceRecord(ServiceRecord r, long position, long seq, Set<String> flagged) {
        begin(RecordType.SERVICE_RECORD, position, seq, r.id(), flagged);
        ServiceRecordRules.check(r, scope);
        cross.serviceRecordArrived(r, scope.crossRecord());
    }

    /**
     * @param p the posting
     * @param position its index or line
     * @param seq its place in the input
     * @param flagged fields the reader reported as unreadable
     */
    public void posting(Posting p, long position, long seq, Set<String> flagged) {
        begin(RecordType.POSTING, position, seq, p.id(), flagged);
        PostingRules.check(p, scope);
        cross.postingArrived(p, scope.crossRecord());
    }

    /**
     * @param a the application
     * @param position its index or line
     * @param seq its place in the input
     * @param flagged fields the reader reported as unreadable
     */
    public void application(Application a, long position, long seq, Set<String> flagged) {
        begin(RecordType.APPLICATION, position, seq, a.id(), flagged);
        ApplicationRules.check(a, scope);
        cross.applicationArrived(a, scope.crossRecord());
    }

    /**
     * @param m the meeting
     * @param position its index or line
     * @param seq its place in the input
     * @param flagged fields the reader reported as unreadable
     */
    public void meeting(Meeting m, long position, long seq, Set<String> flagged) {
        begin(RecordType.MEETING, position, seq, m.id(), flagged);
        MeetingRules.check(m, scope);
        cross.meetingArrived(m, scope.crossRecord());
    }

    /**
     * @param d the dues payment
     * @param position its index or line
     * @param seq its place in the input
     * @param flagged fields the reader reported as unreadable
     */
    public void duesPayment(DuesPayment d, long position, long seq, Set<String> flagged) {
        begin(RecordType.DUES_PAYMENT, position, seq, d.id(), flagged);
        DuesPaymentRules.check(d, scope);
        cross.duesPaymentArrived(d, scope.crossRecord());
    }

    /**
     * @param t the transfer
     * @param position its index or line
     * @param seq its place in the input
     * @param flagged fields the reader reported as unreadable
     */
    public void transfer(Transfer t, long position, long seq, Set<String> flagged) {
        begin(RecordType.TRANSFER, position, seq, t.id(), flagged);
        TransferRules.check(t, scope);
        cross.transferArrived(t, scope.crossRecord());
    }

    /**
     * @param e the election
     * @param position its index or line
     * @param seq its place in the input
     * @param flagged fields the reader reported as unreadable
     */
    public void election(Election e, long position, long seq, Set<String> flagged) {
        begin(RecordType.ELECTION, position, seq, e.id(), flagged);
        ElectionRules.check(e, scope);
        cross.electionArrived(e, scope.crossRecord());
    }

    /**
     * Any record, by its type.
     *
     * @param r the record
     * @param position its index or line
     * @param seq its place in the input
     * @param flagged fields the reader reported as unreadable
     */
    public void record(ExchangeRecord r, long position, long seq, Set<String> flagged) {
        record(r, position, seq, flagged, 0);
    }

    /**
     * {@link #record(ExchangeRecord, long, long, Set)} with the record's {@link #prefetchKey}, which
     * a caller that prefetched already has: the member index then does not hash the id again.
     *
     * @param r the record
     * @param position its index or line
     * @param seq its place in the input
     * @param flagged fields the reader reported as unreadable
     * @param prefetchKey {@link #prefetchKey(ExchangeRecord)} of {@code r}, or 0 to have it computed
     */
    public void record(ExchangeRecord r, long position, long seq, Set<String> flagged, long prefetchKey) {
        switch (r.recordType()) {
            case ORGANIZATION -> organization((Organization) r, position, seq, flagged);
            case MEMBER -> member((Member) r, position, seq, flagged, prefetchKey);
            case GRID -> grid((Grid) r, position, seq, flagged);
            case SERVICE_RECORD -> serviceRecord((ServiceRecord) r, position, seq, flagged);
            case POSTING -> posting((Posting) r, position, seq, flagged);
            case APPLICATION -> application((Application) r, position, seq, flagged);
            case MEETING -> meeting((Meeting) r, position, seq, flagged);
            case DUES_PAYMENT -> duesPayment((DuesPayment) r, position, seq, flagged);
            case TRANSFER -> transfer((Transfer) r, position, seq, flagged);
            case ELECTION -> election((Election) r, position, seq, flagged);
        }
    }

    /**
     * The key under which {@link #prefetch} finds a member's slot in the member index, the hash of
     * its id: to be computed where the record was bound, on another thread, since hashing the id on
     * the validating thread would itself wait for the id's bytes. Thread-safe, unlike the run: it
     * reads only the record.
     *
     * @param r a bound record, not null
     * @return its prefetch key, or 0 when it is not a member with an id
     */
    public static long prefetchKey(ExchangeRecord r) {
        return r instanceof Member m && m.id() != null ? Hashing.hash64(m.id()) : 0;
    }

    /**
     * Reads what validating a member reads first: its slot in the member index (DOC-016) and its
     * dates (the member rules). A caller with several records in hand calls this for each, then
     * validates them: the reads of the different records then wait for memory together, where the
     * rules, one record after another, would wait for each in turn (docs/design.md, "Prefetching
     * the next records"). Changes nothing a finding depends on; it writes only a field of its own,
     * so that the JIT keeps the reads.
     *
     * @param r a record about to be validated, not null
     * @param key its {@link #prefetchKey(ExchangeRecord)}; 0 reads nothing
     */
    public void prefetch(ExchangeRecord r, long key) {
        if (key != 0 && r instanceof Member m) {
            prefetchSink += cross.prefetch(key) + year(m.birthDate()) + year(m.admittedOn()) + year(m.fullMemberOn());
        }
    }

    private static int year(LocalDate date) {
        return date == null ? 0 : date.getYear();
    }

    /**
     * Counts a record that could not be bound (the reader reported why). Until the end, rules that
     * would need it (references to its type, "fewer than" sizes) cannot decide and stay quiet.
     *
     * @param type its type, or null when even that is unknown
     */
    public void unreadableRecord(RecordType type) {
        records++;
        cross.recordsUnknown(type);
    }

    /**
     * Some records of a type could not be read, and how many is unknown (a document's section that
     * is not an array): as {@link #unreadableRecord}, without counting a record.
     *
     * @param type their type
     */
    public void unreadableRecords(RecordType type) {
        cross.recordsUnknown(type);
    }

    /**
     * Reports a finding the reader found (the DOC rules of shape).
     *
     * @param rule the rule
     * @param seq the record's place in the input, -1 for the input as a whole
     * @param recordType the record's wire type, or null
     * @param recordId the record id, or null
     * @param path the JSON Pointer
     * @param args alternating message parameter names and values
     */
    public void report(Rule rule, long seq, String recordType, String recordId, String path, Object... args) {
        if (path.equals(layout.topLevelPath("coverageFrom"))) {
            cross.coverageUnreadable(); // one bad value, one finding: DOC-020 does not call it missing too
        }
        out.add(rule, rule.severity(), seq, recordType, recordId, path, args);
    }

    /** @return whether the fail-fast limit is reached */
    public boolean shouldStop() {
        return out.shouldStop();
    }

    /** @return the path layout */
    public PathLayout layout() {
        return layout;
    }

    /**
     * Ends the run.
     *
     * @param complete whether the whole input was read; when not, the cross-record rules are
     *     skipped, since a partial input would make them report what is merely unread, and so are
     *     their findings made as records arrived, which would depend on the order of the records
     * @return the report
     */
    public ValidationReport finish(boolean complete) {
        // without start (the input never got as far as a header) there is nothing to check across records
        boolean whole = started && complete && !out.shouldStop();
        if (whole) {
            cross.finish();
        }
        // a fail-fast stop keeps them: they counted toward the limit the caller set
        return out.report(records, whole, !complete && !out.shouldStop());
    }

    /**
     * Validates a whole dataset: its records type by type in the order of {@link RecordType}, as the
     * document form's paths number them.
     *
     * @param dataset the dataset
     * @return the report
     */
    public ValidationReport validate(Dataset dataset) {
        start(dataset.schemaVersion(), dataset.asOf(), dataset.coverageFrom());
        Set<String> none = Set.of();
        long seq = 0;
        for (RecordType type : RecordType.values()) {
            List<? extends ExchangeRecord> records = dataset.records(type);
            for (int i = 0; i < records.size() && !shouldStop(); i++) {
                record(records.get(i), i, seq++, none);
            }
        }
        return finish(true);
    }

    private void begin(RecordType type, long position, long seq, String id, Set<String> flagged) {
        if (!started) {
            throw new IllegalStateException("call start before the records");
        }
        records++;
        scope.begin(type, position, seq, id, flagged);
        if (!scope.isIdUsable()) {
            cross.idUnknown(type);
        }
    }
}
