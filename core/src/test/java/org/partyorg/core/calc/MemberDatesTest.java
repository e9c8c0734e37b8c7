package org.partyorg.core.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Leadership;
import org.partyorg.core.LeadershipForm;
import org.partyorg.core.Member;
import org.partyorg.core.MemberStage;
import org.partyorg.core.MemberStatus;

class MemberDatesTest {

    @Test
    void ageCountsCompletedYears() {
        LocalDate born = LocalDate.of(2005, 8, 18);
        assertThat(MemberDates.ageOn(born, LocalDate.of(2023, 8, 17))).isEqualTo(17);
        assertThat(MemberDates.ageOn(born, LocalDate.of(2023, 8, 18))).isEqualTo(18);
    }

    @Test
    void partyStandingCountsFromFullMembership() {
        Member m = member(LocalDate.of(2010, 5, 1), LocalDate.of(2011, 5, 1), null);
        assertThat(MemberDates.partyStandingYears(m, LocalDate.of(2021, 4, 30))).contains(9);
        assertThat(MemberDates.partyStandingYears(m, LocalDate.of(2021, 5, 1))).contains(10);
        assertThat(MemberDates.partyStandingYears(member(LocalDate.of(2023, 1, 1), null, null), LocalDate.of(2023, 8, 1))).isEmpty();
    }

    @Test
    void probationEndsAfterOneYearUnlessExtended() {
        assertThat(MemberDates.probationEnd(LocalDate.of(2022, 7, 1), null)).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(MemberDates.probationEnd(LocalDate.of(2022, 7, 1), LocalDate.of(2024, 1, 1))).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(member(LocalDate.of(2022, 7, 1), null, null).probationEnd()).contains(LocalDate.of(2023, 7, 1));
    }

    @Test
    void termEndIsElectionPlusTermYears() {
        assertThat(new Leadership(LeadershipForm.COMMITTEE, LocalDate.of(2021, 3, 1), 5, null).termEnd())
                .contains(LocalDate.of(2026, 3, 1));
        assertThat(new Leadership(LeadershipForm.COMMITTEE, null, 5, null).termEnd()).isEmpty();
        // a term no calendar holds ends on no day, instead of throwing
        assertThat(new Leadership(LeadershipForm.COMMITTEE, LocalDate.of(2021, 3, 1), 999_999_999, null).termEnd()).isEmpty();
        assertThat(new Leadership(LeadershipForm.COMMITTEE, LocalDate.of(2021, 3, 1), 999_997_978, null).termEnd())
                .contains(LocalDate.of(999_999_999, 3, 1));
    }

    private static Member member(LocalDate admitted, LocalDate full, LocalDate extended) {
        return new Member("m1", "张三", null, null, null, null, null, "b1", null,
                full == null ? MemberStage.PROBATIONARY : MemberStage.FULL, admitted, full, extended,
                MemberStatus.NORMAL, null, null, null, null);
    }
}
