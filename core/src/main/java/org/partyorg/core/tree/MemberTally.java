package org.partyorg.core.tree;

import org.partyorg.core.MemberStage;
import org.partyorg.core.MemberStatus;

/**
 * Counts of member records by stage and status, for one organization or its subtree.
 *
 * <p>Immutable and thread-safe.
 */
public final class MemberTally {
    private static final int STATUSES = MemberStatus.values().length;

    private final int[] counts; // [stage * STATUSES + status]

    MemberTally(int[] counts) {
        this.counts = counts;
    }

    static int slot(MemberStage stage, MemberStatus status) {
        return stage.ordinal() * STATUSES + status.ordinal();
    }

    static int slots() {
        return MemberStage.values().length * STATUSES;
    }

    /**
     * @param stage the stage
     * @param status the status
     * @return how many member records have both
     */
    public int count(MemberStage stage, MemberStatus status) {
        return counts[slot(stage, status)];
    }

    /** @return full members for the size rules: stage FULL with status NORMAL, MOBILE or LOST_CONTACT */
    public int fullMembers() {
        int n = 0;
        for (MemberStatus s : MemberStatus.values()) {
            if (s.countsInSize()) {
                n += count(MemberStage.FULL, s);
            }
        }
        return n;
    }

    /** @return members for the size rules: full members plus probationary ones with those statuses */
    public int members() {
        int n = 0;
        for (MemberStatus s : MemberStatus.values()) {
            if (s.countsInSize()) {
                n += count(MemberStage.FULL, s) + count(MemberStage.PROBATIONARY, s);
            }
        }
        return n;
    }

    /** @return live member records: status NORMAL, MOBILE, LOST_CONTACT or SUSPENDED, any stage */
    public int live() {
        int n = 0;
        for (MemberStatus s : MemberStatus.values()) {
            if (s.isLive()) {
                n += count(MemberStage.FULL, s) + count(MemberStage.PROBATIONARY, s);
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return "MemberTally[full=" + fullMembers() + ", members=" + members() + ", live=" + live() + "]";
    }
}
