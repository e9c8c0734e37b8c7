package org.partyorg.validation.rules;

import java.time.LocalDate;
import org.partyorg.core.Member;
import org.partyorg.core.MemberStage;
import org.partyorg.core.MemberStatus;

/**
 * What the cross-record rules keep of a member, packed in one {@code int}: stage (2 bits),
 * status (3 bits) and {@code fullMemberOn} (24 bits, days since 1800-01-01). Officers (ORG-026)
 * and first secretaries (PST-008) are judged from it.
 */
final class MemberFacts {
    private static final long EPOCH_1800 = LocalDate.of(1800, 1, 1).toEpochDay();
    private static final int DAY_BITS = 24;
    private static final MemberStage[] STAGES = MemberStage.values();
    private static final MemberStatus[] STATUSES = MemberStatus.values();

    private MemberFacts() {
    }

    static int pack(Member m) {
        int stage = m.stage() == null ? 0 : m.stage().ordinal() + 1;
        int status = m.status() == null ? 0 : m.status().ordinal() + 1;
        int days = 0;
        if (m.fullMemberOn() != null) {
            long d = m.fullMemberOn().toEpochDay() - EPOCH_1800 + 1;
            days = d > 0 && d < (1L << DAY_BITS) ? (int) d : 0;
        }
        return stage | status << 2 | days << 5;
    }

    static MemberStage stage(int facts) {
        int stage = facts & 3;
        return stage == 0 ? null : STAGES[stage - 1];
    }

    static MemberStatus status(int facts) {
        int status = (facts >>> 2) & 7;
        return status == 0 ? null : STATUSES[status - 1];
    }

    static LocalDate fullMemberOn(int facts) {
        int days = (facts >>> 5) & ((1 << DAY_BITS) - 1);
        return days == 0 ? null : LocalDate.ofEpochDay(days - 1 + EPOCH_1800);
    }
}
