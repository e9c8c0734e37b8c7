package org.partyorg.generator.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.partyorg.core.Leadership;
import org.partyorg.core.LeadershipForm;
import org.partyorg.core.Officer;
import org.partyorg.core.OfficerRole;

/**
 * Leaderships that fit the rules: a branch with 7 or more full members elects a committee of 3-5
 * (ORG-020, ORG-022), a smaller one a secretary and at most one deputy (ORG-021, ORG-023); one
 * secretary each (ORG-024); 一肩挑 only on a village organization's secretary (ORG-027).
 */
public final class Leaderships {
    private static final OfficerRole[][] BRANCH_COMMITTEES = {
        {OfficerRole.SECRETARY, OfficerRole.ORGANIZATION_MEMBER, OfficerRole.PUBLICITY_MEMBER},
        {OfficerRole.SECRETARY, OfficerRole.ORGANIZATION_MEMBER, OfficerRole.PUBLICITY_MEMBER, OfficerRole.DISCIPLINE_MEMBER},
        {OfficerRole.SECRETARY, OfficerRole.DEPUTY_SECRETARY, OfficerRole.ORGANIZATION_MEMBER, OfficerRole.PUBLICITY_MEMBER,
            OfficerRole.DISCIPLINE_MEMBER},
    };
    private static final OfficerRole[] COMMITTEE_ROLES = {
        OfficerRole.SECRETARY, OfficerRole.DEPUTY_SECRETARY, OfficerRole.ORGANIZATION_MEMBER, OfficerRole.PUBLICITY_MEMBER,
        OfficerRole.DISCIPLINE_MEMBER, OfficerRole.DEPUTY_SECRETARY, OfficerRole.UNITED_FRONT_MEMBER, OfficerRole.WOMEN_MEMBER,
        OfficerRole.YOUTH_MEMBER, OfficerRole.COMMITTEE_MEMBER, OfficerRole.COMMITTEE_MEMBER,
    };

    private Leaderships() {
    }

    /**
     * @param orgId the branch; officers are its members {@code 0..} ({@link #memberId})
     * @param fullMembers how many full members it has
     * @param officers 3-5 for a committee, 1-2 for a secretary-only branch (clamped)
     * @param electedOn the election
     * @param termYears the term
     * @param villageDirector 一肩挑 flag for the secretary, null when not meaningful
     * @return the leadership
     */
    public static Leadership branch(String orgId, int fullMembers, int officers, LocalDate electedOn, int termYears,
            Boolean villageDirector) {
        List<Officer> list = new ArrayList<>(5);
        if (fullMembers >= 7) {
            OfficerRole[] roles = BRANCH_COMMITTEES[Math.max(3, Math.min(5, officers)) - 3];
            for (int i = 0; i < roles.length; i++) {
                list.add(new Officer(memberId(orgId, i), roles[i], i == 0 ? villageDirector : null));
            }
            return new Leadership(LeadershipForm.COMMITTEE, electedOn, termYears, list);
        }
        list.add(new Officer(memberId(orgId, 0), OfficerRole.SECRETARY, villageDirector));
        if (officers >= 2 && fullMembers >= 2) {
            list.add(Officer.of(memberId(orgId, 1), OfficerRole.DEPUTY_SECRETARY));
        }
        return new Leadership(LeadershipForm.SECRETARY_ONLY, electedOn, termYears, list);
    }

    /**
     * A committee (党委, 总支委员会) whose officers are given; the roles follow the usual order
     * (secretary, deputy, organization, publicity, discipline, ...).
     *
     * @param memberIds the officers, at most 11
     * @param electedOn the election
     * @param termYears the term
     * @param villageDirector 一肩挑 flag for the secretary, null when not meaningful
     * @return the leadership
     */
    public static Leadership committee(List<String> memberIds, LocalDate electedOn, int termYears, Boolean villageDirector) {
        List<Officer> list = new ArrayList<>(memberIds.size());
        for (int i = 0; i < memberIds.size(); i++) {
            list.add(new Officer(memberIds.get(i), COMMITTEE_ROLES[i], i == 0 ? villageDirector : null));
        }
        return new Leadership(LeadershipForm.COMMITTEE, electedOn, termYears, list);
    }

    /**
     * The id scheme of members the generators use: the organization's id, {@code m}, the index.
     * Organization ids never contain {@code m}, so the split is unambiguous.
     *
     * @param orgId the organization
     * @param index the member's index in it
     * @return the member id
     */
    public static String memberId(String orgId, int index) {
        return orgId + "m" + index;
    }
}
