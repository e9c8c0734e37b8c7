package org.partyorg.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Leadership;
import org.partyorg.core.LeadershipForm;
import org.partyorg.core.Member;
import org.partyorg.core.MemberStage;
import org.partyorg.core.MemberStatus;
import org.partyorg.core.Officer;
import org.partyorg.core.OfficerRole;
import org.partyorg.core.OrgType;
import org.partyorg.core.Organization;
import org.partyorg.core.Sector;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.code.Ethnicity;
import org.partyorg.core.code.Sex;

/**
 * The stream validator over many organizations listed each before its members, as exports do:
 * officers wait for their members, and the waiting list is worked off as it grows, with the same
 * findings as at the end.
 */
class ScaleTest {

    @Test
    void officersWaitingForTheirMembersAreDecidedAsTheListGrows() {
        int branches = 40_000; // 80,000 officers: past the point where the waiting list is worked off
        StreamValidator v = StreamValidator.forStream(ValidationOptions.defaults()).start("1.0", ValidData.AS_OF);
        DivisionCode village = DivisionCode.parse("522631206200");
        long line = 2;
        v.record(new Organization("county", "县委", OrgType.LOCAL_COMMITTEE, null, null, DivisionCode.parse("522631000000"),
                null, null, null, null, null, null), line, line++);
        for (int b = 0; b < branches; b++) {
            List<Officer> officers = List.of(new Officer("m" + b + "-0", OfficerRole.SECRETARY, null),
                    Officer.of("m" + b + "-1", OfficerRole.DEPUTY_SECRETARY));
            v.record(new Organization("b" + b, "支部", OrgType.BRANCH, Sector.RURAL, "county", village, null, null, null,
                    new Leadership(LeadershipForm.SECRETARY_ONLY, LocalDate.of(2021, 5, 1), 5, officers), null, null), line, line++);
            for (int i = 0; i < 4; i++) {
                // branch 12,345's deputy is probationary: ORG-026, decided long before the end
                boolean probationary = b == 12_345 && i == 1;
                LocalDate born = LocalDate.of(1950 + b % 30, 1 + b % 12, 1 + i);
                v.record(new Member("m" + b + "-" + i, "党员", ValidData.idNumber("5" + String.format("%05d", b % 100_000), born,
                                Sex.MALE, i), Sex.MALE, born, Ethnicity.HAN, null, "b" + b, null,
                        probationary ? MemberStage.PROBATIONARY : MemberStage.FULL,
                        probationary ? LocalDate.of(2023, 1, 1) : LocalDate.of(2005, 1, 1),
                        probationary ? null : LocalDate.of(2006, 1, 1), null, MemberStatus.NORMAL, null, null, null, null),
                        line, line++);
            }
        }
        ValidationReport report = v.finish();
        assertThat(report.findings()).extracting(Finding::ruleId, Finding::path, Finding::recordId)
                .containsExactly(Assertions.tuple("ORG-026", "/" + (3 + 12_345 * 5) + "/leadership/officers/1/memberId",
                        "b12345"));
        assertThat(report.records()).isEqualTo(1 + branches * 5L);
    }
}
