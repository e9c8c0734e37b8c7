package org.partyorg.validation.internal.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.partyorg.validation.Finding;
import org.partyorg.validation.Rule;
import org.partyorg.validation.Severity;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

/**
 * Collects findings for one validation run: applies the integrator's profile (disabled rules,
 * severity overrides), counts by severity, keeps the first {@code maxListedFindings} in report
 * order and sorts them at the end.
 *
 * <p>Report order is the record's sequence number (its place in the input), then rule id, then
 * path. Findings about the whole input use sequence -1 and come first. Not thread-safe: one per run.
 *
 * <p>With a listener, the findings are handed to it in report order when the run ends instead of
 * being listed in the report, and memory stays bounded whatever their number: past
 * {@value #RUN_SIZE} held findings, a sorted run is spilled to a temporary file ({@link FindingRuns})
 * and the runs are merged at the end.
 *
 * <p>Cross-record rules report through {@link #crossRecordSink()}. Some of them decide as a record
 * arrives (a clash with an earlier record, a reference to one), but when the read stops early the
 * report holds no cross-record finding at all, whichever records came first; so their findings
 * are held apart and dropped by {@link #report(long, boolean, boolean)} when it is told to.
 */
public final class FindingCollector implements FindingSink {
    private static final Comparator<Entry> ORDER = (a, b) -> compare(a.seq, a.finding, b.seq, b.finding);

    /**
     * @param held whether a cross-record rule made it while records were still arriving: it is
     *     dropped if the read then stops early
     */
    private record Entry(long seq, Finding finding, boolean held) {
    }

    /** Findings held in memory before a sorted run is spilled (about 10-30 MB of findings). */
    static final int RUN_SIZE = 50_000;

    private final ValidationOptions options;
    private final FindingSink forward;
    private final Messages messages;
    private final long maxListed;
    private final Consumer<? super Finding> listener;
    private final FindingRuns runs = new FindingRuns();
    private List<Entry> entries = new ArrayList<>();
    private final FindingSink crossRecord = (rule, severity, seq, recordType, recordId, path, args) ->
            add(true, rule, severity, seq, recordType, recordId, path, args);
    private long errors;
    private long warnings;
    private long infos;
    /** Of the counts above, those of the cross-record findings (subtracted when they are dropped). */
    private final long[] crossRecordCounts = new long[Severity.values().length];

    /**
     * @param options the run's options
     */
    public FindingCollector(ValidationOptions options) {
        this(options, null);
    }

    /**
     * @param options the run's options
     * @param forward also receives every finding the profile lets through, with its final
     *     severity and raw message parameters (Bean Validation formats them itself); may be null
     */
    public FindingCollector(ValidationOptions options, FindingSink forward) {
        this(options, forward, null);
    }

    /**
     * @param options the run's options
     * @param forward also receives every finding as it is found, may be null
     * @param listener receives the listed findings in report order when the run ends, instead of
     *     the report; may be null
     */
    public FindingCollector(ValidationOptions options, FindingSink forward, Consumer<? super Finding> listener) {
        this.options = options;
        this.forward = forward;
        this.listener = listener;
        this.messages = Messages.forLocale(options.locale());
        this.maxListed = options.maxListedFindings();
    }

    /**
     * Adds a finding unless its rule is disabled.
     *
     * @param rule the rule
     * @param severity the severity the rule chose (the profile may override it)
     * @param seq the record's place in the input, -1 for the input as a whole
     * @param recordType the record's wire type, or null
     * @param recordId the record id, or null
     * @param path the JSON Pointer
     * @param args alternating message parameter names and values (already masked)
     */
    @Override
    public void add(Rule rule, Severity severity, long seq, String recordType, String recordId, String path, Object... args) {
        add(false, rule, severity, seq, recordType, recordId, path, args);
    }

    /**
     * Where the cross-record rules report: as {@link #add}, but the findings are dropped when the
     * read stops early.
     *
     * @return the sink, bound to this collector
     */
    public FindingSink crossRecordSink() {
        return crossRecord;
    }

    private void add(boolean held, Rule rule, Severity severity, long seq, String recordType, String recordId, String path,
            Object... args) {
        if (!options.isEnabled(rule)) {
            return;
        }
        Severity effective = options.severityOverride(rule).orElse(severity);
        if (forward != null) {
            forward.add(rule, effective, seq, recordType, recordId, path, args);
        }
        switch (effective) {
            case ERROR -> errors++;
            case WARNING -> warnings++;
            default -> infos++;
        }
        if (held) {
            crossRecordCounts[effective.ordinal()]++;
        }
        if (maxListed == 0) {
            return;
        }
        String message = messages.fill(messages.template(rule), args);
        entries.add(new Entry(seq, new Finding(rule.id(), effective, path, recordType, recordId, message), held));
        if (maxListed < Long.MAX_VALUE && entries.size() >= 4 * maxListed + 1024) { // a trim keeps up to 2 * maxListed
            trim();
        } else if (listener != null && maxListed == Long.MAX_VALUE && entries.size() >= RUN_SIZE) {
            entries.sort(ORDER);
            runs.spill(seqs(entries), findings(entries), held(entries));
            entries = new ArrayList<>();
        }
    }

    /** @return ERROR findings so far */
    public long errors() {
        return errors;
    }

    /** @return whether the fail-fast limit is reached */
    public boolean shouldStop() {
        return errors >= options.stopAfterErrors();
    }

    /** @return the run's messages */
    public Messages messages() {
        return messages;
    }

    /**
     * @param records records read
     * @param complete whether every record was validated
     * @return the report
     */
    public ValidationReport report(long records, boolean complete) {
        return report(records, complete, false);
    }

    /**
     * @param records records read
     * @param complete whether every record was validated
     * @param dropCrossRecord whether to leave out (and not count) what the cross-record rules
     *     reported: the read stopped early
     * @return the report
     */
    public ValidationReport report(long records, boolean complete, boolean dropCrossRecord) {
        if (dropCrossRecord) {
            entries.removeIf(Entry::held);
            errors -= crossRecordCounts[Severity.ERROR.ordinal()];
            warnings -= crossRecordCounts[Severity.WARNING.ordinal()];
            infos -= crossRecordCounts[Severity.INFO.ordinal()];
            Arrays.fill(crossRecordCounts, 0);
        }
        trim();
        if (entries.size() > maxListed) {
            entries = new ArrayList<>(entries.subList(0, (int) Math.min(maxListed, Integer.MAX_VALUE)));
        }
        if (listener == null) {
            return new ValidationReport(findings(entries), errors, warnings, infos, records, complete);
        }
        long handed = runs.merge(seqs(entries), findings(entries), maxListed, listener, dropCrossRecord);
        entries = new ArrayList<>();
        return ValidationReport.handedOver(handed, errors, warnings, infos, records, complete);
    }

    /**
     * The report order of two findings.
     *
     * @param seq1 the first one's sequence number
     * @param f1 the first
     * @param seq2 the second one's sequence number
     * @param f2 the second
     * @return negative, zero or positive as the first comes before, with or after the second
     */
    static int compare(long seq1, Finding f1, long seq2, Finding f2) {
        int c = Long.compare(seq1, seq2);
        if (c == 0) {
            c = f1.ruleId().compareTo(f2.ruleId());
        }
        return c != 0 ? c : f1.path().compareTo(f2.path());
    }

    private static long[] seqs(List<Entry> entries) {
        long[] seqs = new long[entries.size()];
        for (int i = 0; i < seqs.length; i++) {
            seqs[i] = entries.get(i).seq;
        }
        return seqs;
    }

    private static List<Finding> findings(List<Entry> entries) {
        List<Finding> findings = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            findings.add(e.finding);
        }
        return findings;
    }

    private static boolean[] held(List<Entry> entries) {
        boolean[] held = new boolean[entries.size()];
        for (int i = 0; i < held.length; i++) {
            held[i] = entries.get(i).held;
        }
        return held;
    }

    /**
     * Sorts, and keeps the first {@code maxListed} of the cross-record findings and of the others
     * apart: if the cross-record ones are dropped at the end, the others must still fill the list.
     */
    private void trim() {
        entries.sort(ORDER);
        if (entries.size() > maxListed) {
            List<Entry> kept = new ArrayList<>();
            long plain = 0;
            long held = 0;
            for (Entry e : entries) {
                if (e.held ? held++ < maxListed : plain++ < maxListed) {
                    kept.add(e);
                }
            }
            entries = kept;
        }
    }
}
