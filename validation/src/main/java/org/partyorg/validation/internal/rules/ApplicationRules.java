package org.partyorg.validation.internal.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.partyorg.core.Application;
import org.partyorg.core.ApplicationStage;
import org.partyorg.core.PersonRef;
import org.partyorg.core.PoliticalReview;
import org.partyorg.core.PublicNotice;
import org.partyorg.core.Vote;
import org.partyorg.core.code.ResidentIdNumber;
import org.partyorg.validation.Rule;
import org.partyorg.validation.Severity;

/**
 * The per-record rules of an application for membership (format 1.1): its shape, and DEV-003 to
 * DEV-010, DEV-013 to DEV-016 and DEV-018. The rules that need other records (DEV-001, DEV-002,
 * DEV-011, DEV-012, DEV-017, DEV-019, DEV-020) live in {@link CrossRecordRules}.
 */
public final class ApplicationRules {
    private ApplicationRules() {
    }

    /** The chain of docs/rules.md's DEV rules, in order: each date on or after every one before it. */
    private static final String[] CHAIN = {
        "appliedOn", "activistOn", "candidateOn", "publicNotice/from", "publicNotice/to", "admissionMeeting/heldOn", "approvedOn"};

    /**
     * Every per-record rule.
     *
     * @param a the application
     * @param s the scope
     */
    public static void check(Application a, RecordScope s) {
        checkCodes(a, s);
        checkRecord(a, s);
    }

    /**
     * The applicant's ID number and phone.
     *
     * @param a the application
     * @param s the scope
     */
    public static void checkCodes(Application a, RecordScope s) {
        if (a.person() != null) {
            PersonRefs.checkCodes(a.person(), s, "person/");
        }
    }

    /**
     * Every per-record rule except the code fields.
     *
     * @param a the application
     * @param s the scope
     */
    public static void checkRecord(Application a, RecordScope s) {
        Checks.id(s, a.id());
        PersonRef person = a.person();
        if (Checks.required(s, person, "person")) {
            Checks.required(s, person.name(), "person/name");
            Checks.required(s, person.idNumber(), "person/idNumber");
        }
        Checks.required(s, a.orgId(), "orgId");
        Checks.required(s, a.stage(), "stage");
        Checks.required(s, a.appliedOn(), "appliedOn");
        Integer trainingHours = Checks.count(s, a.trainingHours(), "trainingHours");
        if (a.publicNotice() != null) {
            Checks.required(s, a.publicNotice().from(), "publicNotice/from");
            Checks.required(s, a.publicNotice().to(), "publicNotice/to");
        }
        Vote vote = a.admissionMeeting();
        if (vote != null) {
            Checks.required(s, vote.heldOn(), "admissionMeeting/heldOn");
            vote = new Vote(vote.heldOn(), Checks.count(s, vote.eligible(), "admissionMeeting/eligible"),
                    Checks.count(s, vote.present(), "admissionMeeting/present"),
                    Checks.count(s, vote.inFavor(), "admissionMeeting/inFavor"));
        }

        LocalDate[] chain = chain(a);
        age(a, s);
        afterAsOf(a, chain, s);
        order(a, chain, s);
        if (a.talkedOn() != null && a.appliedOn() != null
                && a.talkedOn().isAfter(a.appliedOn().plusMonths(Thresholds.TALK_WITHIN_MONTHS))) {
            s.report(Rule.DEV_006, "talkedOn", "talkedOn", a.talkedOn(), "appliedOn", a.appliedOn());
        }
        if (a.candidateOn() != null && a.activistOn() != null
                && a.candidateOn().isBefore(a.activistOn().plusYears(Thresholds.ACTIVIST_YEARS))) {
            s.report(Rule.DEV_007, "candidateOn", "candidateOn", a.candidateOn(), "activistOn", a.activistOn());
        }
        ApplicationStage stage = a.stage();
        if (stage != null) {
            stageDates(a, stage, s);
            people(a, stage, s);
            if (stage == ApplicationStage.ADMITTED) {
                if ((a.politicalReview() == null && !s.isFlagged("politicalReview")) || a.politicalReview() == PoliticalReview.FAILED) {
                    s.report(Rule.DEV_013, "politicalReview", "value", a.politicalReview() == null ? "-" : a.politicalReview().name());
                }
                boolean hoursUnknown = s.isFlagged("trainingHours") || (a.trainingHours() != null && trainingHours == null);
                if (!hoursUnknown && (trainingHours == null || trainingHours < Thresholds.TRAINING_HOURS)) {
                    s.report(Rule.DEV_014, "trainingHours", "value", trainingHours == null ? "-" : trainingHours,
                            "minimum", Thresholds.TRAINING_HOURS);
                }
            }
        }
        if (vote != null) {
            admissionVote(vote, s);
            if (vote.heldOn() != null && a.approvedOn() != null) {
                approval(a.approvedOn(), vote.heldOn(), s);
            }
        }
        notice(a.publicNotice(), s);
    }

    private static LocalDate[] chain(Application a) {
        PublicNotice notice = a.publicNotice();
        Vote vote = a.admissionMeeting();
        return new LocalDate[] {
            a.appliedOn(), a.activistOn(), a.candidateOn(), notice == null ? null : notice.from(), notice == null ? null : notice.to(),
            vote == null ? null : vote.heldOn(), a.approvedOn()};
    }

    /** DEV-003: at least 18 on appliedOn, the birth date from the 身份证号 (unknown when it fails IDN-001 to IDN-004). */
    private static void age(Application a, RecordScope s) {
        ResidentIdNumber id = a.person() == null ? null : a.person().idNumber();
        if (a.appliedOn() == null || !Checks.usable(id, s.asOf())) {
            return;
        }
        LocalDate birth = id.birthDate().orElseThrow();
        LocalDate adult = birth.plusYears(Thresholds.ADULT_AGE);
        if (a.appliedOn().isBefore(adult)) {
            s.report(Rule.DEV_003, "appliedOn", "appliedOn", a.appliedOn(), "adult", adult);
        }
    }

    /** DEV-004: one finding per date after asOf, talkedOn among them. */
    private static void afterAsOf(Application a, LocalDate[] chain, RecordScope s) {
        LocalDate asOf = s.asOf();
        if (asOf == null) {
            return;
        }
        for (int i = 0; i < CHAIN.length; i++) {
            if (chain[i] != null && chain[i].isAfter(asOf)) {
                s.report(Rule.DEV_004, CHAIN[i], "field", CHAIN[i], "date", chain[i], "asOf", asOf);
            }
            if (i == 0 && a.talkedOn() != null && a.talkedOn().isAfter(asOf)) {
                s.report(Rule.DEV_004, "talkedOn", "field", "talkedOn", "date", a.talkedOn(), "asOf", asOf);
            }
        }
    }

    /** DEV-005: the first field, talkedOn then the chain, that comes before a date it must follow. */
    private static void order(Application a, LocalDate[] chain, RecordScope s) {
        if (a.talkedOn() != null && a.appliedOn() != null && a.talkedOn().isBefore(a.appliedOn())) {
            s.report(Rule.DEV_005, "talkedOn", "field", "talkedOn", "date", a.talkedOn(), "earlier", "appliedOn " + a.appliedOn());
            return;
        }
        int latest = -1;
        for (int i = 0; i < CHAIN.length; i++) {
            if (chain[i] == null) {
                continue;
            }
            if (latest >= 0 && chain[i].isBefore(chain[latest])) {
                s.report(Rule.DEV_005, CHAIN[i], "field", CHAIN[i], "date", chain[i], "earlier", CHAIN[latest] + " " + chain[latest]);
                return;
            }
            if (latest < 0 || chain[i].isAfter(chain[latest])) {
                latest = i;
            }
        }
    }

    /** DEV-008: the stage's dates, at the first missing one (a value that failed its DOC check is not missing). */
    private static void stageDates(Application a, ApplicationStage stage, RecordScope s) {
        String missing = switch (stage) {
            case ACTIVIST -> firstMissing(s, a.activistOn(), "activistOn");
            case CANDIDATE -> firstMissing(s, a.activistOn(), "activistOn", a.candidateOn(), "candidateOn");
            case ADMITTED -> firstMissing(s, a.activistOn(), "activistOn", a.candidateOn(), "candidateOn",
                    a.admissionMeeting(), "admissionMeeting", a.approvedOn(), "approvedOn");
            default -> null;
        };
        if (missing != null) {
            s.report(Rule.DEV_008, missing, "stage", stage.name(), "field", missing);
        }
    }

    private static String firstMissing(RecordScope s, Object... valuesAndFields) {
        for (int i = 0; i < valuesAndFields.length; i += 2) {
            String field = (String) valuesAndFields[i + 1];
            if (valuesAndFields[i] == null && !s.isFlagged(field)) {
                return field;
            }
        }
        return null;
    }

    /** DEV-009 and DEV-010: contacts from the activist stage on, two introducers from the candidate stage on. */
    private static void people(Application a, ApplicationStage stage, RecordScope s) {
        if (stage == ApplicationStage.APPLICANT || stage == ApplicationStage.CLOSED) {
            return;
        }
        int unreadableContacts = s.unreadableElements("contacts");
        int contacts = a.contacts().size();
        boolean tooMany = contacts > Thresholds.MAX_CONTACTS;
        boolean none = contacts == 0 && unreadableContacts == 0;
        if (tooMany || none) {
            s.report(Rule.DEV_009, "contacts", "count", unreadableContacts == Integer.MAX_VALUE ? "?" : contacts);
        }
        if (stage == ApplicationStage.CANDIDATE || stage == ApplicationStage.ADMITTED) {
            int distinct = new HashSet<>(nonNull(a.introducers())).size();
            if (distinct < Thresholds.INTRODUCERS && s.unreadableElements("introducers") == 0) {
                s.report(Rule.DEV_010, "introducers", "count", distinct);
            }
        }
    }

    private static List<String> nonNull(List<String> ids) {
        return ids.stream().filter(id -> id != null).toList();
    }

    /**
     * DEV-015: more than half of the eligible present, then more than half of the eligible in favour,
     * neither count above the one it is part of; one finding, a comparison only when both its counts
     * are given.
     */
    private static void admissionVote(Vote v, RecordScope s) {
        Integer eligible = v.eligible();
        Integer present = v.present();
        Integer inFavor = v.inFavor();
        if (present != null && eligible != null && (present > eligible || 2L * present <= eligible)) {
            s.report(Rule.DEV_015, "admissionMeeting/present", "field", "present", "count", present, "eligible", eligible);
            return;
        }
        boolean aboveVoters = inFavor != null && present != null && inFavor > present;
        boolean notMajority = inFavor != null && eligible != null && 2L * inFavor <= eligible;
        if (aboveVoters || notMajority) {
            s.report(Rule.DEV_015, "admissionMeeting/inFavor", "field", "inFavor", "count", inFavor,
                    "eligible", eligible == null ? "-" : eligible);
        }
    }

    /** DEV-016: approved within three months of the branch assembly (WARNING), six at most (ERROR). */
    private static void approval(LocalDate approvedOn, LocalDate heldOn, RecordScope s) {
        if (approvedOn.isAfter(heldOn.plusMonths(Thresholds.APPROVAL_MONTHS_AT_MOST))) {
            s.report(Rule.DEV_016, Severity.ERROR, "approvedOn", "approvedOn", approvedOn, "heldOn", heldOn,
                    "months", Thresholds.APPROVAL_MONTHS_AT_MOST);
        } else if (approvedOn.isAfter(heldOn.plusMonths(Thresholds.APPROVAL_MONTHS))) {
            s.report(Rule.DEV_016, Severity.WARNING, "approvedOn", "approvedOn", approvedOn, "heldOn", heldOn,
                    "months", Thresholds.APPROVAL_MONTHS);
        }
    }

    /** DEV-018: at least five weekdays, Monday to Friday, from {@code from} to {@code to} inclusive. */
    private static void notice(PublicNotice n, RecordScope s) {
        if (n == null || n.from() == null || n.to() == null) {
            return;
        }
        long weekdays = weekdays(n.from(), n.to());
        if (weekdays < Thresholds.NOTICE_WEEKDAYS) {
            s.report(Rule.DEV_018, "publicNotice", "from", n.from(), "to", n.to(), "weekdays", weekdays);
        }
    }

    /**
     * @param from the first day
     * @param to the last day
     * @return the Mondays to Fridays from {@code from} to {@code to}, both included; 0 when {@code to} is before {@code from}
     */
    static long weekdays(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        long count = days / 7 * 5;
        LocalDate day = from.plusDays(days / 7 * 7);
        for (; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }
}
