package org.partyorg.validation.rules;

import java.time.LocalDate;
import org.partyorg.core.DuesPayment;
import org.partyorg.core.Meeting;
import org.partyorg.core.Member;
import org.partyorg.core.Organization;
import org.partyorg.core.RecordType;
import org.partyorg.core.Transfer;

/**
 * The cross-record rules of a branch's working life (format 1.1): meetings (MTG), dues (DUE) and
 * transfers (TRF), with the cadence rules over the coverage. {@link CrossRecordRules} hands it
 * every organization and member as they arrive, and calls {@link #finish()} once the input ends.
 *
 * <p>Not thread-safe: one instance per validation run.
 */
final class ActivityRules {
    private final FindingSink out;
    private final PathLayout layout;
    private LocalDate asOf;
    private LocalDate coverageFrom;

    ActivityRules(FindingSink out, PathLayout layout) {
        this.out = out;
        this.layout = layout;
    }

    void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    void setCoverageFrom(LocalDate coverageFrom) {
        this.coverageFrom = coverageFrom;
    }

    /** @param type records of this type (or of any type, when null) are unknown: see {@link CrossRecordRules} */
    void recordsUnknown(RecordType type) {
    }

    void organizationArrived(Organization o, RecordScope s) {
    }

    void memberArrived(Member m, RecordScope s) {
    }

    void meetingArrived(Meeting m, RecordScope s) {
    }

    void duesPaymentArrived(DuesPayment d, RecordScope s) {
    }

    void transferArrived(Transfer t, RecordScope s) {
    }

    void finish() {
    }
}
