package org.partyorg.validation.internal.rules;

import java.util.List;
import org.partyorg.core.ElectedMember;
import org.partyorg.core.Election;
import org.partyorg.core.ElectionForm;
import org.partyorg.validation.Rule;

/**
 * The per-record rules of an election (format 1.1): its shape, ELC-003 to ELC-007. The rules that need
 * the organization, the members or other elections (ELC-001, ELC-002, ELC-008 to ELC-010) live in
 * {@link CrossRecordRules}.
 */
public final class ElectionRules {
    private ElectionRules() {
    }

    /**
     * Every per-record rule.
     *
     * @param e the election
     * @param s the scope
     */
    public static void check(Election e, RecordScope s) {
        Checks.id(s, e.id());
        Checks.required(s, e.orgId(), "orgId");
        Checks.required(s, e.heldOn(), "heldOn");
        Checks.required(s, e.form(), "form");
        Integer seats = atLeastOne(s, e.seats(), "seats");
        Integer candidates = atLeastOne(s, e.candidates(), "candidates");
        Integer eligible = Checks.count(s, e.eligible(), "eligible");
        Integer present = Checks.count(s, e.present(), "present");
        Checks.required(s, e.eligible(), "eligible");
        Checks.required(s, e.present(), "present");
        List<ElectedMember> elected = e.elected();
        Integer[] votes = new Integer[elected.size()];
        for (int j = 0; j < elected.size(); j++) {
            ElectedMember x = elected.get(j);
            String at = s.element("elected", j);
            Checks.required(s, x.memberId(), at + "/memberId");
            Checks.required(s, x.votes(), at + "/votes");
            votes[j] = Checks.count(s, x.votes(), at + "/votes");
        }
        if (e.heldOn() != null && s.asOf() != null && e.heldOn().isAfter(s.asOf())) {
            s.report(Rule.ELC_003, "heldOn", "heldOn", e.heldOn(), "asOf", s.asOf());
        }
        impossibleCounts(s, seats, candidates, eligible, present, elected.size(), votes);
        if (present != null && eligible != null && 5L * present <= (long) Thresholds.QUORUM_FIFTHS * eligible) {
            s.report(Rule.ELC_005, "present", "present", present, "eligible", eligible);
        }
        if (e.form() == ElectionForm.COMMITTEE && seats != null && candidates != null
                && 5L * candidates < (long) Thresholds.CANDIDATES_PER_FIVE_SEATS * seats) {
            s.report(Rule.ELC_006, "candidates", "candidates", candidates, "seats", seats);
        }
        if (eligible != null) {
            for (int j = 0; j < votes.length; j++) {
                if (votes[j] != null && 2L * votes[j] <= eligible) {
                    s.report(Rule.ELC_007, s.element("elected", j) + "/votes", "votes", votes[j], "eligible", eligible);
                }
            }
        }
    }

    /** ELC-004: one finding, at the first of present, candidates, elected, elected/n/votes that breaks. */
    private static void impossibleCounts(RecordScope s, Integer seats, Integer candidates, Integer eligible, Integer present,
            int electedCount, Integer[] votes) {
        if (present != null && eligible != null && present > eligible) {
            s.report(Rule.ELC_004, "present", "field", "present", "count", present, "relation", Messages.EXCEEDS, "limit", "eligible " + eligible);
        } else if (candidates != null && seats != null && candidates < seats) {
            s.report(Rule.ELC_004, "candidates", "field", "candidates", "count", candidates,
                    "relation", Messages.FEWER_THAN, "limit", "seats " + seats);
        } else if (seats != null && electedCount > seats) {
            s.report(Rule.ELC_004, "elected", "field", "elected", "count", electedCount, "relation", Messages.EXCEEDS, "limit", "seats " + seats);
        } else if (present != null) {
            for (int j = 0; j < votes.length; j++) {
                if (votes[j] != null && votes[j] > present) {
                    String at = s.element("elected", j) + "/votes";
                    s.report(Rule.ELC_004, at, "field", at, "count", votes[j],
                            "relation", Messages.EXCEEDS, "limit", "present " + present);
                    return;
                }
            }
        }
    }

    /** DOC-014 for a count below 1 ({@code seats}, {@code candidates}); DOC-010 when missing. */
    private static Integer atLeastOne(RecordScope s, Integer value, String field) {
        if (!Checks.required(s, value, field)) {
            return null;
        }
        if (value < 1) {
            s.report(Rule.DOC_014, field, "field", field, "value", value, "constraint", ">= 1");
            return null;
        }
        return value;
    }
}
