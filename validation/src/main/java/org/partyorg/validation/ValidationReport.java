package org.partyorg.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The outcome of validating one dataset or stream: its findings in a stable order (document
 * order of the records, then rule id, then path) and counts by severity.
 *
 * <p>The counts cover every finding, also those not listed when the validator was told to list at
 * most a number of findings ({@link #isTruncated()}). A report from a validation that stopped
 * early (fail-fast, or a reader that hit a safety limit) says so through {@link #isComplete()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ValidationReport {
    private final List<Finding> findings;
    private final long errors;
    private final long warnings;
    private final long infos;
    private final long records;
    private final boolean complete;
    private final long listed;

    /**
     * @param findings the listed findings, in report order
     * @param errors ERROR findings in all
     * @param warnings WARNING findings in all
     * @param infos INFO findings in all
     * @param records records read
     * @param complete whether every record was validated
     */
    public ValidationReport(List<Finding> findings, long errors, long warnings, long infos, long records, boolean complete) {
        this(List.copyOf(findings), findings.size(), errors, warnings, infos, records, complete);
    }

    private ValidationReport(List<Finding> findings, long listed, long errors, long warnings, long infos, long records,
            boolean complete) {
        this.findings = findings;
        this.listed = listed;
        this.errors = errors;
        this.warnings = warnings;
        this.infos = infos;
        this.records = records;
        this.complete = complete;
    }

    /**
     * A report whose findings went to a listener as they were listed (see
     * {@code StreamValidator.forStream(options, listener)}): it holds the counts, and
     * {@link #findings()} is empty.
     *
     * @param handedOver how many findings the listener received
     * @param errors ERROR findings in all
     * @param warnings WARNING findings in all
     * @param infos INFO findings in all
     * @param records records read
     * @param complete whether every record was validated
     * @return the report
     */
    public static ValidationReport handedOver(long handedOver, long errors, long warnings, long infos, long records,
            boolean complete) {
        return new ValidationReport(List.of(), handedOver, errors, warnings, infos, records, complete);
    }

    /**
     * @return the listed findings in report order; unmodifiable; empty when they went to a listener
     *     instead ({@link #handedOver})
     */
    public List<Finding> findings() {
        return findings;
    }

    /** @return how many ERROR findings there are, listed or not */
    public long errors() {
        return errors;
    }

    /** @return how many WARNING findings there are, listed or not */
    public long warnings() {
        return warnings;
    }

    /** @return how many INFO findings there are, listed or not */
    public long infos() {
        return infos;
    }

    /** @return how many records were read */
    public long records() {
        return records;
    }

    /** @return whether there is at least one ERROR finding */
    public boolean hasErrors() {
        return errors > 0;
    }

    /**
     * @param threshold the lowest severity that counts
     * @return whether some finding is at or above it
     */
    public boolean hasFindingsAtLeast(Severity threshold) {
        Objects.requireNonNull(threshold, "threshold");
        return errors > 0 || (threshold != Severity.ERROR && warnings > 0) || (threshold == Severity.INFO && infos > 0);
    }

    /** @return how many findings were listed: held in {@link #findings()}, or handed to a listener */
    public long listed() {
        return listed;
    }

    /** @return whether fewer findings are listed than were found */
    public boolean isTruncated() {
        return listed < errors + warnings + infos;
    }

    /** @return whether every record was validated (false after fail-fast or a reader stop) */
    public boolean isComplete() {
        return complete;
    }

    /**
     * @param ruleId a rule id such as {@code MEM-012}
     * @return the listed findings of that rule, in report order
     */
    public List<Finding> findings(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return select(f -> f.ruleId().equals(ruleId));
    }

    /**
     * @param recordId a record id
     * @return the listed findings about records with that id, in report order
     */
    public List<Finding> findingsForRecord(String recordId) {
        Objects.requireNonNull(recordId, "recordId");
        return select(f -> recordId.equals(f.recordId()));
    }

    /**
     * @param filter which findings to keep
     * @return the listed findings that pass the filter, in report order
     */
    public List<Finding> select(Predicate<? super Finding> filter) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (filter.test(f)) {
                out.add(f);
            }
        }
        return Collections.unmodifiableList(out);
    }

    @Override
    public String toString() {
        return "ValidationReport[records=" + records + ", errors=" + errors + ", warnings=" + warnings
                + ", infos=" + infos + ", listed=" + listed + (complete ? "" : ", incomplete") + "]";
    }
}
