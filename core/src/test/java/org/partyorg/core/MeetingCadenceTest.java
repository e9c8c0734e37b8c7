package org.partyorg.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.partyorg.core.MeetingCadence.Obligation;
import org.partyorg.core.MeetingCadence.Period;

class MeetingCadenceTest {
    private static final LocalDate JAN_1 = LocalDate.of(2023, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2023, 12, 31);

    @Test
    void branchesOweSixKindsWithACommitteeAndFiveWithout() {
        assertThat(MeetingCadence.obligations(OrgType.BRANCH, LeadershipForm.COMMITTEE)).extracting(Obligation::kind)
                .containsExactly(MeetingKind.BRANCH_ASSEMBLY, MeetingKind.BRANCH_COMMITTEE, MeetingKind.THEMED_DAY,
                        MeetingKind.PARTY_LECTURE, MeetingKind.LIFE_MEETING, MeetingKind.DEMOCRATIC_REVIEW);
        assertThat(MeetingCadence.obligations(OrgType.JOINT_BRANCH, LeadershipForm.SECRETARY_ONLY)).extracting(Obligation::kind)
                .doesNotContain(MeetingKind.BRANCH_COMMITTEE).hasSize(5);
        assertThat(MeetingCadence.obligations(OrgType.BRANCH, null)).hasSize(5);
        assertThat(MeetingCadence.obligations(OrgType.PARTY_GROUP, null))
                .containsExactly(new Obligation(MeetingKind.PARTY_GROUP_MEETING, Period.MONTH));
        assertThat(MeetingCadence.obligations(OrgType.GENERAL_BRANCH, LeadershipForm.COMMITTEE)).isEmpty();
        assertThat(MeetingCadence.obligations(null, LeadershipForm.COMMITTEE)).isEmpty();
    }

    @Test
    void aWholeYearHoldsTwelveMonthsFourQuartersAndOneYear() {
        assertThat(MeetingCadence.wholePeriods(Period.MONTH, JAN_1, DEC_31, null, null)).hasSize(12)
                .startsWith(YearMonth.of(2023, 1)).endsWith(YearMonth.of(2023, 12));
        assertThat(MeetingCadence.wholePeriods(Period.QUARTER, JAN_1, DEC_31, null, null))
                .containsExactly(YearMonth.of(2023, 1), YearMonth.of(2023, 4), YearMonth.of(2023, 7), YearMonth.of(2023, 10));
        assertThat(MeetingCadence.wholePeriods(Period.YEAR, JAN_1, DEC_31, null, null)).containsExactly(YearMonth.of(2023, 1));
    }

    @Test
    void aCoverageStartingOnTheSecondDoesNotJudgeThatMonthItsQuarterOrItsYear() {
        LocalDate jan2 = LocalDate.of(2023, 1, 2);
        assertThat(MeetingCadence.wholePeriods(Period.MONTH, jan2, DEC_31, null, null)).hasSize(11).startsWith(YearMonth.of(2023, 2));
        assertThat(MeetingCadence.wholePeriods(Period.QUARTER, jan2, DEC_31, null, null)).startsWith(YearMonth.of(2023, 4)).hasSize(3);
        assertThat(MeetingCadence.wholePeriods(Period.YEAR, jan2, DEC_31, null, null)).isEmpty();
    }

    @Test
    void anAsOfBeforeTheMonthsLastDayLeavesThatMonthOut() {
        assertThat(MeetingCadence.wholePeriods(Period.MONTH, JAN_1, LocalDate.of(2023, 12, 30), null, null))
                .hasSize(11).endsWith(YearMonth.of(2023, 11));
        assertThat(MeetingCadence.wholePeriods(Period.QUARTER, JAN_1, LocalDate.of(2023, 12, 30), null, null)).hasSize(3);
        assertThat(MeetingCadence.wholePeriods(Period.MONTH, DEC_31, JAN_1, null, null)).isEmpty();
    }

    @Test
    void anOrganizationOwesOnlyThePeriodsItIsLiveFromFirstDayToLast() {
        // established on the first day of a quarter: that quarter counts; one day later: it does not
        assertThat(MeetingCadence.wholePeriods(Period.QUARTER, JAN_1, DEC_31, LocalDate.of(2023, 4, 1), null))
                .containsExactly(YearMonth.of(2023, 4), YearMonth.of(2023, 7), YearMonth.of(2023, 10));
        assertThat(MeetingCadence.wholePeriods(Period.QUARTER, JAN_1, DEC_31, LocalDate.of(2023, 4, 2), null))
                .containsExactly(YearMonth.of(2023, 7), YearMonth.of(2023, 10));
        // dissolved on a quarter's last day: not live through it; the day after: live
        assertThat(MeetingCadence.wholePeriods(Period.QUARTER, JAN_1, DEC_31, null, LocalDate.of(2023, 6, 30)))
                .containsExactly(YearMonth.of(2023, 1));
        assertThat(MeetingCadence.wholePeriods(Period.QUARTER, JAN_1, DEC_31, null, LocalDate.of(2023, 7, 1)))
                .containsExactly(YearMonth.of(2023, 1), YearMonth.of(2023, 4));
    }

    @Test
    void periodsAreNamedAsReportsNameThem() {
        assertThat(Period.MONTH.name(YearMonth.of(2023, 7))).isEqualTo("2023-07");
        assertThat(Period.QUARTER.name(YearMonth.of(2023, 7))).isEqualTo("2023-Q3");
        assertThat(Period.YEAR.name(YearMonth.of(2023, 1))).isEqualTo("2023");
        assertThatNullPointerException().isThrownBy(() -> MeetingCadence.wholePeriods(null, JAN_1, DEC_31, null, null));
        assertThatNullPointerException().isThrownBy(() -> new Obligation(null, Period.YEAR));
    }
}
