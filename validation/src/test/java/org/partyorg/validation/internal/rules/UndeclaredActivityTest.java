package org.partyorg.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Meeting;
import org.partyorg.core.MeetingKind;
import org.partyorg.core.Member;
import org.partyorg.core.OrgType;
import org.partyorg.core.Organization;
import org.partyorg.validation.StreamValidator;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.ValidationReport;

/**
 * A stream that declares schemaVersion 1.0 yet holds 1.1 records: judged as its document form is,
 * while it is small enough to keep the facts of its organizations and members.
 */
class UndeclaredActivityTest {
    private static final LocalDate AS_OF = LocalDate.of(2023, 8, 18);

    /** Organizations, then members, then a meeting of an organization that does not exist and one of a member's branch. */
    private static ValidationReport stream(String declared, int members) {
        StreamValidator v = StreamValidator.forStream(ValidationOptions.defaults().withRulesDisabled("DOC-010"))
                .start(declared, AS_OF); // the members are bare: only their ids and organization matter here
        long line = 2;
        v.record(Organization.builder().id("br-1").name("第一党支部").orgType(OrgType.BRANCH).establishedOn(LocalDate.of(2010, 1, 1))
                .build(), line, line++);
        for (int i = 0; i < members; i++) {
            v.record(Member.builder().id("m-" + i).orgId("br-1").build(), line, line++);
        }
        v.record(new Meeting("mt-1", "nowhere", MeetingKind.BRANCH_ASSEMBLY, LocalDate.of(2023, 3, 1), 5, 4, null, null), line, line++);
        v.record(new Meeting("mt-2", "br-1", MeetingKind.BRANCH_ASSEMBLY, LocalDate.of(2009, 3, 1), 5, 4, null, null), line, line);
        return v.finish();
    }

    private static String mtg(ValidationReport report) {
        return report.findings().stream().filter(f -> f.ruleId().startsWith("MTG-")).map(f -> f.ruleId() + " " + f.path())
                .sorted().toList().toString();
    }

    @Test
    void aSmallStreamDeclaring10IsJudgedAsA11One() {
        assertThat(mtg(stream("1.0", 3))).isEqualTo("[MTG-001 /6/orgId, MTG-003 /7/heldOn]");
        assertThat(mtg(stream("1.1", 3))).isEqualTo("[MTG-001 /6/orgId, MTG-003 /7/heldOn]");
    }

    @Test
    void pastTheLimitOrganizationsAndMembersCountAsUnknownAndNothingIsReportedAgainstThem() {
        int past = ActivityRules.FACTS_OF_A_1_0_STREAM; // with the organization, one more than the facts kept
        ValidationReport report = stream("1.0", past);
        assertThat(mtg(report)).isEqualTo("[]");
        // near misses: at the limit, and a stream that declares 1.1
        assertThat(mtg(stream("1.0", past - 1))).isEqualTo("[MTG-001 /" + (past + 2) + "/orgId, MTG-003 /" + (past + 3) + "/heldOn]");
        assertThat(mtg(stream("1.1", past))).isEqualTo("[MTG-001 /" + (past + 3) + "/orgId, MTG-003 /" + (past + 4) + "/heldOn]");
    }
}
