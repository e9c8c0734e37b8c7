package org.partyorg.validation.internal.rules;

import java.time.LocalDate;
import java.util.List;
import org.partyorg.core.Honor;
import org.partyorg.core.Leadership;
import org.partyorg.core.LeadershipForm;
import org.partyorg.core.Officer;
import org.partyorg.core.OfficerRole;
import org.partyorg.core.OrgType;
import org.partyorg.core.Organization;
import org.partyorg.core.Unit;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.validation.Rule;
import org.partyorg.validation.Severity;

/**
 * The per-record rules of an organization: what can be judged from the record alone. The tree,
 * size and reference rules need the whole dataset and live in {@link CrossRecordRules}.
 */
public final class OrganizationRules {
    private OrganizationRules() {
    }

    /**
     * Every per-record rule.
     *
     * @param o the organization
     * @param s the scope
     */
    public static void check(Organization o, RecordScope s) {
        checkCodes(o, s);
        checkRecord(o, s);
    }

    /**
     * The code fields (IDN-010, IDN-011, IDN-020, IDN-021), which Bean Validation checks through
     * field constraints.
     *
     * @param o the organization
     * @param s the scope
     */
    public static void checkCodes(Organization o, RecordScope s) {
        Checks.divisionCode(s, o.divisionCode(), "divisionCode");
        List<Unit> units = o.hostUnits();
        for (int j = 0; j < units.size(); j++) {
            Checks.creditCode(s, units.get(j).creditCode(), s.element("hostUnits", j) + "/creditCode");
        }
    }

    /**
     * Every per-record rule except the code fields.
     *
     * @param o the organization
     * @param s the scope
     */
    public static void checkRecord(Organization o, RecordScope s) {
        Checks.id(s, o.id());
        Checks.requiredText(s, o.name(), 100, "name");
        Checks.required(s, o.orgType(), "orgType");
        if (o.orgType() != null && o.orgType().isBasicLevel()) {
            Checks.required(s, o.sector(), "sector");
        }
        Checks.required(s, o.divisionCode(), "divisionCode");
        List<Unit> units = o.hostUnits();
        for (int j = 0; j < units.size(); j++) {
            Checks.required(s, units.get(j).name(), s.element("hostUnits", j) + "/name");
        }
        List<Honor> honors = o.honors();
        for (int j = 0; j < honors.size(); j++) {
            String at = s.element("honors", j);
            Checks.required(s, honors.get(j).title(), at + "/title");
            Checks.count(s, honors.get(j).year(), at + "/year");
        }
        jointBranchUnits(o, s);
        dates(o, s);
        Leadership leadership = o.leadership();
        if (leadership == null) {
            missingLeadership(o, s);
            return;
        }
        List<Officer> officers = leadership.officers();
        for (int j = 0; j < officers.size(); j++) {
            Officer officer = officers.get(j);
            if (officer.memberId() == null || officer.role() == null) { // the paths only for a finding
                String at = s.element("leadership/officers", j);
                Checks.required(s, officer.memberId(), at + "/memberId");
                Checks.required(s, officer.role(), at + "/role");
            }
        }
        Integer termYears = Checks.count(s, leadership.termYears(), "leadership/termYears");
        int unreadableOfficers = s.unreadableElements("leadership/officers");
        committeeSize(o, leadership, unreadableOfficers, s);
        secretaryOnlyComposition(leadership, s);
        secretaryCount(leadership, unreadableOfficers == 0, s);
        concurrentVillageDirector(o, leadership, s);
        termLength(o, leadership, termYears, s);
        termEnded(o, leadership, termYears, s);
    }

    /** ORG-030: a joint branch generally covers at most 5 units. */
    private static void jointBranchUnits(Organization o, RecordScope s) {
        if (o.orgType() == OrgType.JOINT_BRANCH && o.hostUnits().size() > Thresholds.JOINT_BRANCH_MAX_HOST_UNITS) {
            s.report(Rule.ORG_030, "hostUnits", "count", o.hostUnits().size());
        }
    }

    /** ORG-033: establishedOn, electedOn, dissolvedOn not after asOf; dissolvedOn not before establishedOn. */
    private static void dates(Organization o, RecordScope s) {
        LocalDate asOf = s.asOf();
        if (asOf != null && o.establishedOn() != null && o.establishedOn().isAfter(asOf)) {
            s.report(Rule.ORG_033, "establishedOn", "field", "establishedOn", "date", o.establishedOn(), "reference", "asOf " + asOf);
        }
        LocalDate electedOn = o.leadership() == null ? null : o.leadership().electedOn();
        if (asOf != null && electedOn != null && electedOn.isAfter(asOf)) {
            s.report(Rule.ORG_033, "leadership/electedOn", "field", "electedOn", "date", electedOn, "reference", "asOf " + asOf);
        }
        LocalDate dissolvedOn = o.dissolvedOn();
        if (dissolvedOn != null) {
            if (asOf != null && dissolvedOn.isAfter(asOf)) {
                s.report(Rule.ORG_033, "dissolvedOn", "field", "dissolvedOn", "date", dissolvedOn, "reference", "asOf " + asOf);
            } else if (o.establishedOn() != null && dissolvedOn.isBefore(o.establishedOn())) {
                s.report(Rule.ORG_033, "dissolvedOn", "field", "dissolvedOn", "date", dissolvedOn,
                        "reference", "establishedOn " + o.establishedOn());
            }
        }
    }

    /** ORG-025: a live basic-level organization other than a temporary branch records its leadership. */
    private static void missingLeadership(Organization o, RecordScope s) {
        OrgType type = o.orgType();
        if (type == null || !type.isBasicLevel() || type == OrgType.TEMPORARY_BRANCH) {
            return;
        }
        if (isLive(o, s) && !s.isFlagged("leadership")) {
            s.report(Rule.ORG_025, "leadership");
        }
    }

    /**
     * ORG-022: a branch committee has 3-5 officers; 6-7 is a warning, fewer or more an error. With
     * officers that could not be read the count is a range, and only a verdict the whole range
     * shares is reported.
     */
    private static void committeeSize(Organization o, Leadership l, int unreadableOfficers, RecordScope s) {
        if (o.orgType() == null || !o.orgType().isBranch() || l.form() != LeadershipForm.COMMITTEE) {
            return;
        }
        int least = l.officers().size();
        long most = (long) least + unreadableOfficers;
        if (least > Thresholds.COMMITTEE_MAX_OFFICERS || most < Thresholds.COMMITTEE_MIN_OFFICERS) {
            s.report(Rule.ORG_022, Severity.ERROR, "leadership/officers", "count", least);
        } else if (least > Thresholds.COMMITTEE_USUAL_MAX_OFFICERS && most <= Thresholds.COMMITTEE_MAX_OFFICERS) {
            s.report(Rule.ORG_022, Severity.WARNING, "leadership/officers", "count", least);
        }
    }

    /**
     * ORG-023: a secretary-only leadership holds a secretary and at most one deputy, nothing else.
     * A missing or doubled secretary is ORG-024's concern.
     */
    private static void secretaryOnlyComposition(Leadership l, RecordScope s) {
        if (l.form() != LeadershipForm.SECRETARY_ONLY) {
            return;
        }
        int deputies = 0;
        boolean otherRole = false;
        for (Officer officer : l.officers()) {
            OfficerRole role = officer.role();
            if (role == OfficerRole.DEPUTY_SECRETARY) {
                deputies++;
            } else if (role != null && role != OfficerRole.SECRETARY) {
                otherRole = true;
            }
        }
        if (otherRole || deputies > 1) {
            s.report(Rule.ORG_023, "leadership/officers", "deputies", deputies);
        }
    }

    /**
     * ORG-024: one secretary; two or more is an error, none a vacancy warning (unless an officer's
     * role, or an officer, could not be read).
     */
    private static void secretaryCount(Leadership l, boolean officersKnown, RecordScope s) {
        int secretaries = 0;
        boolean unknownRole = false;
        for (Officer officer : l.officers()) {
            if (officer.role() == OfficerRole.SECRETARY) {
                secretaries++;
            } else if (officer.role() == null) {
                unknownRole = true;
            }
        }
        if (secretaries > 1) {
            s.report(Rule.ORG_024, Severity.ERROR, "leadership/officers", "count", secretaries);
        } else if (secretaries == 0 && !unknownRole && officersKnown) {
            s.report(Rule.ORG_024, Severity.WARNING, "leadership/officers", "count", 0);
        }
    }

    /** ORG-027: 一肩挑 only on the SECRETARY of a village-level organization. */
    private static void concurrentVillageDirector(Organization o, Leadership l, RecordScope s) {
        DivisionCode division = Checks.usable(o.divisionCode());
        List<Officer> officers = l.officers();
        for (int j = 0; j < officers.size(); j++) {
            Officer officer = officers.get(j);
            if (!Boolean.TRUE.equals(officer.concurrentVillageDirector())) {
                continue;
            }
            boolean notSecretary = officer.role() != null && officer.role() != OfficerRole.SECRETARY;
            boolean notVillage = division != null && !division.isVillageLevel();
            if (notSecretary || notVillage) {
                s.report(Rule.ORG_027, s.element("leadership/officers", j) + "/concurrentVillageDirector",
                        "role", officer.role() == null ? "?" : officer.role().name());
            }
        }
    }

    /** ORG-028: an elected term is 3-5 years, and 5 at village level. */
    private static void termLength(Organization o, Leadership l, Integer termYears, RecordScope s) {
        if (termYears == null || l.form() == null || !l.form().isElected()) {
            return;
        }
        if (termYears < Thresholds.TERM_MIN_YEARS || termYears > Thresholds.TERM_MAX_YEARS) {
            s.report(Rule.ORG_028, Severity.ERROR, "leadership/termYears", "years", termYears);
            return;
        }
        DivisionCode division = Checks.usable(o.divisionCode());
        if (termYears != Thresholds.VILLAGE_TERM_YEARS && division != null && division.isVillageLevel()) {
            s.report(Rule.ORG_028, Severity.WARNING, "leadership/termYears", "years", termYears);
        }
    }

    /**
     * ORG-029: an elected leadership whose term ended: a warning without an approval, an error
     * more than a year later. Dissolved organizations hold no elections.
     */
    private static void termEnded(Organization o, Leadership l, Integer termYears, RecordScope s) {
        LocalDate asOf = s.asOf();
        if (asOf == null || termYears == null || l.electedOn() == null || l.form() == null || !l.form().isElected()
                || !isLive(o, s)) {
            return;
        }
        LocalDate end = Checks.plusYears(l.electedOn(), termYears);
        if (asOf.isAfter(Checks.plusYears(end, Thresholds.POSTPONEMENT_YEARS))) {
            s.report(Rule.ORG_029, Severity.ERROR, "leadership/electedOn", "end", end, "asOf", asOf);
        } else if (asOf.isAfter(end) && Checks.noApproval(o.approvalRef())) {
            s.report(Rule.ORG_029, Severity.WARNING, "leadership/electedOn", "end", end, "asOf", asOf);
        }
    }

    /**
     * @param o an organization
     * @param s its scope
     * @return whether it is known to exist on asOf (not dissolved); false when that is unknown
     */
    static boolean isLive(Organization o, RecordScope s) {
        return !isLivenessUnknown(o, s) && (o.dissolvedOn() == null || o.dissolvedOn().isAfter(s.asOf()));
    }

    /**
     * @param o an organization
     * @param s its scope
     * @return whether it cannot be known to be dissolved or live: its dissolvedOn failed its DOC
     *     check (the reader left it null), or it has one and asOf is unknown
     */
    static boolean isLivenessUnknown(Organization o, RecordScope s) {
        return s.isFlagged("dissolvedOn") || (o.dissolvedOn() != null && s.asOf() == null);
    }
}
