package org.partyorg.validation.internal.rules;

import java.util.function.IntFunction;
import org.partyorg.core.LeadershipForm;
import org.partyorg.core.OrgType;
import org.partyorg.core.Sector;
import org.partyorg.core.internal.Forest;
import org.partyorg.validation.Rule;
import org.partyorg.validation.internal.index.DivisionNumbers;
import org.partyorg.validation.internal.index.OrgTable;

/**
 * The rules over the whole organization tree, once every record has arrived: cycles (ORG-002),
 * sizes against the type and the leadership (ORG-010 to ORG-012, ORG-020, ORG-021), dissolved
 * organizations that still hold live ones (ORG-031), divisions outside the parent's (ORG-032).
 * Works on the organization table {@link CrossRecordRules} filled; keeps nothing.
 */
final class TreeRules {
    private static final OrgType[] ORG_TYPES = OrgType.values();

    private final OrgTable orgs;
    private final boolean membersMayBeUncounted;
    private final boolean subtreesMayBeUncounted;
    private final IntFunction<Reporter> reporter;

    /**
     * @param orgs the organizations
     * @param membersMayBeUncounted whether some member could not be counted anywhere (the "fewer than" rules stay quiet)
     * @param subtreesMayBeUncounted whether some organization could sit anywhere in the tree
     * @param reporter the reporter of the organization in a slot
     */
    TreeRules(OrgTable orgs, boolean membersMayBeUncounted, boolean subtreesMayBeUncounted, IntFunction<Reporter> reporter) {
        this.orgs = orgs;
        this.membersMayBeUncounted = membersMayBeUncounted;
        this.subtreesMayBeUncounted = subtreesMayBeUncounted;
        this.reporter = reporter;
    }

    /** ORG-002, ORG-010 to ORG-012, ORG-020, ORG-021, ORG-031 and ORG-032 over the whole tree. */
    void judge() {
        int n = orgs.size();
        int[] parent = orgs.parents();
        boolean[] onCycle = Forest.onCycle(parent, n);
        int[] subtreeMembers = new int[n];
        int[] subtreeMaybeMembers = orgs.hasUncertainMembers() ? new int[n] : null; // 20 MB at national scale: only when needed
        int[] liveChildren = new int[n];
        for (int s = 0; s < n; s++) {
            subtreeMembers[s] = orgs.members(s);
            if (subtreeMaybeMembers != null) {
                subtreeMaybeMembers[s] = orgs.maybeMembers(s);
            }
            int p = parent[s];
            if (p >= 0 && orgs.isDefined(s) && !orgs.has(s, OrgTable.DISSOLVED | OrgTable.LIVENESS_UNKNOWN)) {
                liveChildren[p]++;
            }
        }
        for (int node : Forest.childrenFirstOrder(parent, n)) {
            if (parent[node] >= 0) {
                subtreeMembers[parent[node]] += subtreeMembers[node];
                if (subtreeMaybeMembers != null) {
                    subtreeMaybeMembers[parent[node]] += subtreeMaybeMembers[node];
                }
            }
        }
        for (int s = 0; s < n; s++) {
            if (!orgs.isDefined(s)) {
                continue;
            }
            Reporter r = reporter.apply(s);
            if (onCycle[s]) {
                r.report(Rule.ORG_002, "parentId");
            }
            if (orgs.has(s, OrgTable.DISSOLVED)) {
                if (liveChildren[s] > 0 || orgs.liveMembers(s) > 0) {
                    r.report(Rule.ORG_031, "dissolvedOn", "children", liveChildren[s], "members", orgs.liveMembers(s));
                }
            } else if (orgs.type(s) >= 0 && !orgs.has(s, OrgTable.LIVENESS_UNKNOWN)) {
                sizes(s, ORG_TYPES[orgs.type(s)], onCycle[s] ? -1 : subtreeMembers[s],
                        subtreeMaybeMembers == null ? 0 : subtreeMaybeMembers[s], r);
            }
            int p = parent[s];
            long division = orgs.division(s);
            if (p >= 0 && division != DivisionNumbers.UNKNOWN && orgs.division(p) != DivisionNumbers.UNKNOWN
                    && !DivisionNumbers.contains(orgs.division(p), division)) {
                r.report(Rule.ORG_032, "divisionCode", "value", CrossRecordRules.twelveDigits(division),
                        "parentDivisionCode", CrossRecordRules.twelveDigits(orgs.division(p)));
            }
        }
    }

    /**
     * ORG-010, ORG-011, ORG-012, ORG-020, ORG-021 for a live organization. Each count is known to lie
     * between what was counted and that plus the members whose stage or status is unknown; a rule
     * fires only when the whole range breaks it ("more than" on the low end, "fewer than" on the high).
     */
    private void sizes(int s, OrgType type, int subtree, int subtreeMaybe, Reporter r) {
        boolean approved = orgs.has(s, OrgTable.APPROVED);
        if (type.isBranch()) {
            int full = orgs.fullMembers(s);
            int fullAtMost = full + orgs.maybeFullMembers(s);
            if (fullAtMost < Thresholds.BRANCH_MIN_FULL_MEMBERS && !membersMayBeUncounted) {
                r.report(Rule.ORG_010, "", "count", full);
            }
            if (orgs.members(s) > Thresholds.BRANCH_USUAL_MAX_MEMBERS && !approved) {
                r.report(Rule.ORG_011, "", "count", orgs.members(s));
            }
            int form = orgs.form(s);
            if (full >= Thresholds.COMMITTEE_FROM_FULL_MEMBERS && form >= 0 && form != LeadershipForm.COMMITTEE.ordinal()) {
                r.report(Rule.ORG_020, "leadership/form", "count", full, "form", LeadershipForm.values()[form].name());
            } else if (fullAtMost < Thresholds.COMMITTEE_FROM_FULL_MEMBERS && form == LeadershipForm.COMMITTEE.ordinal() && !membersMayBeUncounted) {
                r.report(Rule.ORG_021, "leadership/form", "count", full, "form", LeadershipForm.COMMITTEE.name());
            }
        }
        if (subtree < 0 || approved) {
            return;
        }
        int subtreeAtMost = subtreesMayBeUncounted ? Integer.MAX_VALUE : subtree + subtreeMaybe;
        boolean misfit = switch (type) {
            case BRANCH -> subtree >= Thresholds.BASIC_COMMITTEE_FROM_MEMBERS;
            case GENERAL_BRANCH -> subtree >= Thresholds.BASIC_COMMITTEE_FROM_MEMBERS || subtreeAtMost < Thresholds.GENERAL_BRANCH_FROM_MEMBERS;
            case BASIC_COMMITTEE -> subtreeAtMost < Thresholds.BASIC_COMMITTEE_FROM_MEMBERS && (isVillageLevel(s) || isOutsideRuralAndUrban(s));
            default -> false;
        };
        if (misfit) {
            r.report(Rule.ORG_012, "", "type", type.name(), "count", subtree);
        }
    }

    private boolean isVillageLevel(int s) {
        long division = orgs.division(s);
        return division != DivisionNumbers.UNKNOWN && DivisionNumbers.isVillageLevel(division);
    }

    private boolean isOutsideRuralAndUrban(int s) {
        int sector = orgs.sector(s);
        return sector >= 0 && sector != Sector.RURAL.ordinal() && sector != Sector.URBAN.ordinal();
    }
}
