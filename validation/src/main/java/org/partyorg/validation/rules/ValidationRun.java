package org.partyorg.validation.rules;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import org.partyorg.core.Grid;
import org.partyorg.core.Member;
import org.partyorg.core.Organization;
import org.partyorg.core.Posting;
import org.partyorg.core.RecordType;
import org.partyorg.core.ServiceRecord;
import org.partyorg.validation.Rule;
import org.partyorg.validation.Severity;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

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
        this.out = new FindingCollector(options, forward);
        this.layout = layout;
        this.scope = new RecordScope(out, layout, options, null);
        this.cross = new CrossRecordRules(out, layout, null);
    }

    /**
     * DOC-002 and DOC-003, and the reference date for every later rule. Call once, before records.
     *
     * @param schemaVersion the declared version, null when missing or unreadable
     * @param asOf the reference date, null when missing or unreadable
     */
    public void start(String schemaVersion, LocalDate asOf) {
        if (started) {
            throw new IllegalStateException("start was already called");
        }
        started = true;
        if (schemaVersion == null || !SCHEMA_VERSION.matcher(schemaVersion).matches()) {
            out.add(Rule.DOC_002, Severity.ERROR, -1, null, null, layout.topLevelPath("schemaVersion"),
                    "value", schemaVersion == null ? "-" : Checks.shorten(schemaVersion));
        }
        if (asOf == null) {
            out.add(Rule.DOC_003, Severity.ERROR, -1, null, null, layout.topLevelPath("asOf"));
        }
        scope.setAsOf(asOf);
        cross.setAsOf(asOf);
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
        cross.organizationArrived(o, scope);
    }

    /**
     * @param m the member
     * @param position its index or line
     * @param seq its place in the input
     * @param flagged fields the reader reported as unreadable
     */
    public void member(Member m, long position, long seq, Set<String> flagged) {
        begin(RecordType.MEMBER, position, seq, m.id(), flagged);
        MemberRules.check(m, scope);
        cross.memberArrived(m, scope);
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
        cross.gridArrived(g, scope);
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
        cross.serviceRecordArrived(r, scope);
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
        cross.postingArrived(p, scope);
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
     *     skipped, since a partial input would make them report what is merely unread
     * @return the report
     */
    public ValidationReport finish(boolean complete) {
        // without start (the input never got as far as a header) there is nothing to check across records
        boolean whole = started && complete && !out.shouldStop();
        if (whole) {
            cross.finish();
        }
        return out.report(records, whole);
    }

    /**
     * Validates a whole dataset: its records in the order organizations, members, grids, service
     * records, postings, as the document form's paths number them.
     *
     * @param dataset the dataset
     * @return the report
     */
    public ValidationReport validate(org.partyorg.core.Dataset dataset) {
        start(dataset.schemaVersion(), dataset.asOf());
        Set<String> none = Set.of();
        long seq = 0;
        for (int i = 0; i < dataset.organizations().size() && !shouldStop(); i++) {
            organization(dataset.organizations().get(i), i, seq++, none);
        }
        for (int i = 0; i < dataset.members().size() && !shouldStop(); i++) {
            member(dataset.members().get(i), i, seq++, none);
        }
        for (int i = 0; i < dataset.grids().size() && !shouldStop(); i++) {
            grid(dataset.grids().get(i), i, seq++, none);
        }
        for (int i = 0; i < dataset.serviceRecords().size() && !shouldStop(); i++) {
            serviceRecord(dataset.serviceRecords().get(i), i, seq++, none);
        }
        for (int i = 0; i < dataset.postings().size() && !shouldStop(); i++) {
            posting(dataset.postings().get(i), i, seq++, none);
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
