package org.partyorg.validation.internal.rules;

import java.time.LocalDate;
import org.partyorg.core.Member;
import org.partyorg.core.MemberStage;
import org.partyorg.core.MemberStatus;

/**
 * What the cross-record rules keep of a member, packed in one {@code int}: stage (2 bits),
 * status (3 bits) and {@code fullMemberOn} (year since 1800 in 9 bits, month in 4, day in 5; no
 * calendar arithmetic for 100 million members). Officers (ORG-026) and first secretaries (PST-008)
 * are judged from it.
 */
final class MemberFacts {
    private static final int FIRST_YEAR = 1800;
    private static final int DATE_BITS = 18;
    private static final MemberStage[] STAGES = MemberStage.values();
    private static final MemberStatus[] STATUSES = MemberStatus.values();

    private MemberFacts() {
    }

    static int pack(Member m) {
        int stage = m.stage() == null ? 0 : m.stage().ordinal() + 1;
        int status = m.status() == null ? 0 : m.status().ordinal() + 1;
        int date = 0;
        LocalDate full = m.fullMemberOn();
        if (full != null && full.getYear() >= FIRST_YEAR && full.getYear() < FIRST_YEAR + 511) {
            date = (full.getYear() - FIRST_YEAR + 1) << 9 | full.getMonthValue() << 5 | full.getDayOfMonth();
        }
        return stage | status << 2 | date << 5;
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
        int date = (facts >>> 5) & ((1 << DATE_BITS) - 1);
        if (date == 0) {
            return null;
        }
        return LocalDate.of((date >>> 9) - 1 + FIRST_YEAR, (date >>> 5) & 15, date & 31);
    }
}
