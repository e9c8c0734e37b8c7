package org.partyorg.core.tree;

import java.util.Optional;

/**
 * Member counts of an {@link OrgTree}: per organization (members whose {@code orgId} it is) and
 * per subtree (the organization and all its descendants).
 *
 * <p>Immutable and thread-safe.
 */
public final class MemberCounts {
    private final OrgTree tree;
    private final int[][] direct;
    private final int[][] subtree;

    MemberCounts(OrgTree tree, int[][] direct, int[][] subtree) {
        this.tree = tree;
        this.direct = direct;
        this.subtree = subtree;
    }

    /**
     * @param orgId an organization id
     * @return the counts of members organized directly in it, or empty for an unknown id
     */
    public Optional<MemberTally> direct(String orgId) {
        int i = tree.index(orgId);
        if (i < 0) {
            return Optional.empty();
        }
        return Optional.of(new MemberTally(direct[i] == null ? new int[MemberTally.slots()] : direct[i].clone()));
    }

    /**
     * @param orgId an organization id
     * @return the counts of members in it and all its descendants, or empty for an unknown id
     */
    public Optional<MemberTally> subtree(String orgId) {
        int i = tree.index(orgId);
        return i < 0 ? Optional.empty() : Optional.of(new MemberTally(subtree[i].clone()));
    }
}
