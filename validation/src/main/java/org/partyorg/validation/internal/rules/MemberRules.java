package org.partyorg.validation.internal.rules;

import java.time.LocalDate;
import org.partyorg.core.Member;
import org.partyorg.core.MemberStage;
import org.partyorg.core.MemberStatus;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.core.code.Sex;
import org.partyorg.validation.Rule;

/**
 * The per-record rules of a member. References to organizations and duplicate ID numbers need
 * the whole dataset and live in {@link CrossRecordRules}.
 */
public final class MemberRules {
    private MemberRules() {
    }

    /**
     * Every per-record rule.
     *
     * @param m the member
     * @param s the scope
     */
    public static void check(Member m, RecordScope s) {
        checkCodes(m, s);
        checkRecord(m, s);
    }

    /**
     * The code fields (IDN-001..IDN-004, IDN-007, IDN-030), which Bean Validation checks through
     * field constraints.
     *
     * @param m the member
     * @param s the scope
     */
    public static void checkCodes(Member m, RecordScope s) {
        Checks.idNumber(s, m.idNumber(), "idNumber");
        Checks.phone(s, m.phone(), "phone");
    }

    /**
     * Every per-record rule except the code fields.
     *
     * @param m the member
     * @param s the scope
     */
    public static void checkRecord(Member m, RecordScope s) {
        Checks.id(s, m.id());
        Checks.requiredText(s, m.name(), 50, "name");
        Checks.required(s, m.idNumber(), "idNumber");
        Checks.required(s, m.sex(), "sex");
        Checks.required(s, m.birthDate(), "birthDate");
        Checks.required(s, m.ethnicity(), "ethnicity");
        Checks.required(s, m.orgId(), "orgId");
        Checks.required(s, m.stage(), "stage");
        Checks.required(s, m.admittedOn(), "admittedOn");
        Checks.required(s, m.status(), "status");
        idNumberAgreement(m, s);
        adultAtAdmission(m, s);
        fullMemberDate(m, s);
        probation(m, s);
        notAfterAsOf(m, s);
        statusOverdue(m, s);
    }

    /** IDN-005 and IDN-006: birth date and sex agree with a valid ID number. */
    private static void idNumberAgreement(Member m, RecordScope s) {
        ResidentIdNumber id = m.idNumber();
        if (!Checks.usable(id, s.asOf())) {
            return;
        }
        LocalDate encoded = id.birthDate().orElseThrow();
        if (m.birthDate() != null && !m.birthDate().equals(encoded)) {
            s.report(Rule.IDN_005, "birthDate", "birthDate", m.birthDate(), "idNumber", id.masked());
        }
        Sex sex = m.sex();
        if ((sex == Sex.MALE || sex == Sex.FEMALE) && sex != id.sex().orElseThrow()) {
            s.report(Rule.IDN_006, "sex", "sex", sex.code(), "idNumber", id.masked());
        }
    }

    /** MEM-010: admitted on or after the 18th birthday. */
    private static void adultAtAdmission(Member m, RecordScope s) {
        if (m.birthDate() != null && m.admittedOn() != null && Checks.compareToPlusYears(m.admittedOn(), m.birthDate(), Thresholds.ADULT_AGE) < 0) {
            s.report(Rule.MEM_010, "admittedOn", "admittedOn", m.admittedOn(), "adultOn", m.birthDate().plusYears(Thresholds.ADULT_AGE));
        }
    }

    /** MEM-011, MEM-012, MEM-013: fullMemberOn iff FULL, one to two years after admission. */
    private static void fullMemberDate(Member m, RecordScope s) {
        LocalDate full = m.fullMemberOn();
        if (m.stage() == MemberStage.FULL && full == null && !s.isFlagged("fullMemberOn")) {
            s.report(Rule.MEM_011, "fullMemberOn", "stage", m.stage().name());
        } else if (m.stage() == MemberStage.PROBATIONARY && full != null) {
            s.report(Rule.MEM_011, "fullMemberOn", "stage", m.stage().name());
        }
        if (full == null || m.admittedOn() == null || m.stage() == MemberStage.PROBATIONARY) {
            return; // a probationary member's fullMemberOn is wrong as such (MEM-011), not early or late
        }
        if (Checks.compareToPlusYears(full, m.admittedOn(), Thresholds.PROBATION_YEARS) < 0) {
            s.report(Rule.MEM_012, "fullMemberOn", "fullMemberOn", full, "earliest", m.admittedOn().plusYears(Thresholds.PROBATION_YEARS));
        } else if (Checks.compareToPlusYears(full, m.admittedOn(), Thresholds.PROBATION_MAX_YEARS) > 0) {
            s.report(Rule.MEM_013, "fullMemberOn", "fullMemberOn", full, "latest", m.admittedOn().plusYears(Thresholds.PROBATION_MAX_YEARS));
        }
    }

    /** MEM-014 and MEM-015: probation ends on time; an extension lasts 6 to 12 months. */
    private static void probation(Member m, RecordScope s) {
        LocalDate admitted = m.admittedOn();
        LocalDate extended = m.probationExtendedTo();
        if (extended != null && admitted != null) {
            LocalDate from = admitted.plusYears(Thresholds.PROBATION_YEARS).plusMonths(Thresholds.PROBATION_MIN_EXTENSION_MONTHS);
            LocalDate to = admitted.plusYears(Thresholds.PROBATION_MAX_YEARS);
            if (extended.isBefore(from) || extended.isAfter(to)) {
                s.report(Rule.MEM_015, "probationExtendedTo", "date", extended, "from", from, "to", to);
            }
        }
        LocalDate asOf = s.asOf();
        if (asOf == null || m.stage() != MemberStage.PROBATIONARY || m.status() == null || !m.status().isLive()) {
            return;
        }
        LocalDate end = extended != null ? extended : admitted == null ? null : admitted.plusYears(Thresholds.PROBATION_YEARS);
        if (end != null && end.plusMonths(Thresholds.PROBATION_DECISION_MONTHS).isBefore(asOf)) {
            s.report(Rule.MEM_014, "stage", "end", end, "asOf", asOf);
        }
    }

    /** MEM-016: no date of the member's life lies after asOf. */
    private static void notAfterAsOf(Member m, RecordScope s) {
        LocalDate asOf = s.asOf();
        if (asOf == null) {
            return;
        }
        after(s, m.birthDate(), asOf, "birthDate");
        after(s, m.admittedOn(), asOf, "admittedOn");
        after(s, m.fullMemberOn(), asOf, "fullMemberOn");
        after(s, m.statusSince(), asOf, "statusSince");
    }

    private static void after(RecordScope s, LocalDate date, LocalDate asOf, String field) {
        if (date != null && date.isAfter(asOf)) {
            s.report(Rule.MEM_016, field, "field", field, "date", date, "asOf", asOf);
        }
    }

    /** MEM-017 and MEM-018: lost contact over 6 months, suspended over 2 years. */
    private static void statusOverdue(Member m, RecordScope s) {
        LocalDate asOf = s.asOf();
        LocalDate since = m.statusSince();
        if (asOf == null || since == null) {
            return;
        }
        if (m.status() == MemberStatus.LOST_CONTACT && since.plusMonths(Thresholds.LOST_CONTACT_MONTHS).isBefore(asOf)) {
            s.report(Rule.MEM_017, "status", "since", since, "asOf", asOf);
        } else if (m.status() == MemberStatus.SUSPENDED && since.plusYears(Thresholds.SUSPENSION_YEARS).isBefore(asOf)) {
            s.report(Rule.MEM_018, "status", "since", since, "asOf", asOf);
        }
    }
}
