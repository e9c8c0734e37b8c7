package org.partyorg.validation.internal.rules;

import java.time.LocalDate;
import org.partyorg.core.PersonRef;
import org.partyorg.core.Posting;
import org.partyorg.core.PostingStatus;
import org.partyorg.validation.Rule;

/**
 * The per-record rules of a posting. Host organizations, overlaps, the first secretary's standing
 * and renewals need the whole dataset and live in {@link CrossRecordRules}.
 */
public final class PostingRules {
    private PostingRules() {
    }

    /**
     * Every per-record rule.
     *
     * @param p the posting
     * @param s the scope
     */
    public static void check(Posting p, RecordScope s) {
        checkCodes(p, s);
        checkRecord(p, s);
    }

    /**
     * The code fields: the person's ID number and phone, the sending unit's credit code, the
     * division code.
     *
     * @param p the posting
     * @param s the scope
     */
    public static void checkCodes(Posting p, RecordScope s) {
        if (p.person() != null) {
            PersonRefs.checkCodes(p.person(), s, "person/");
        }
        if (p.sendingUnit() != null) {
            Checks.creditCode(s, p.sendingUnit().creditCode(), "sendingUnit/creditCode");
        }
        Checks.divisionCode(s, p.divisionCode(), "divisionCode");
    }

    /**
     * Every per-record rule except the code fields.
     *
     * @param p the posting
     * @param s the scope
     */
    public static void checkRecord(Posting p, RecordScope s) {
        Checks.id(s, p.id());
        PersonRef person = p.person();
        if (Checks.required(s, person, "person")) {
            Checks.required(s, person.name(), "person/name");
            Checks.required(s, person.idNumber(), "person/idNumber");
        }
        Checks.required(s, p.role(), "role");
        if (Checks.required(s, p.sendingUnit(), "sendingUnit")) {
            Checks.required(s, p.sendingUnit().name(), "sendingUnit/name");
        }
        Checks.required(s, p.hostOrgId(), "hostOrgId");
        Checks.required(s, p.divisionCode(), "divisionCode");
        Checks.required(s, p.startDate(), "startDate");
        Checks.required(s, p.plannedEndDate(), "plannedEndDate");
        Checks.required(s, p.status(), "status");
        dates(p, s);
        status(p, s);
    }

    /** PST-004 and PST-005. */
    private static void dates(Posting p, RecordScope s) {
        LocalDate start = p.startDate();
        LocalDate planned = p.plannedEndDate();
        if (start != null && planned != null && planned.isBefore(start.plusYears(Thresholds.POSTING_MIN_YEARS))) {
            s.report(Rule.PST_004, "plannedEndDate", "plannedEndDate", planned, "startDate", start);
        }
        if (start != null && p.endDate() != null && p.endDate().isBefore(start)) {
            s.report(Rule.PST_005, "endDate", "field", "endDate", "date", p.endDate(), "reference", "startDate " + start);
        }
        if (start != null && planned != null && planned.isBefore(start)) {
            s.report(Rule.PST_005, "plannedEndDate", "field", "plannedEndDate", "date", planned, "reference", "startDate " + start);
        }
        if (start != null && s.asOf() != null && start.isAfter(s.asOf())) {
            s.report(Rule.PST_005, "startDate", "field", "startDate", "date", start, "reference", "asOf " + s.asOf());
        }
    }

    /** PST-006: SERVING ends after asOf; COMPLETED and RECALLED have ended. */
    private static void status(Posting p, RecordScope s) {
        PostingStatus status = p.status();
        if (status == PostingStatus.SERVING && p.endDate() != null && s.asOf() != null && !p.endDate().isAfter(s.asOf())) {
            s.report(Rule.PST_006, "endDate", "status", status.name(), "endDate", p.endDate());
        } else if ((status == PostingStatus.COMPLETED || status == PostingStatus.RECALLED) && p.endDate() == null
                && !s.isFlagged("endDate")) {
            s.report(Rule.PST_006, "endDate", "status", status.name(), "endDate", "-");
        }
    }
}
