package org.partyorg.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyorg.validation.Mutate.with;
import static org.partyorg.validation.RuleAssert.assertClean;
import static org.partyorg.validation.RuleAssert.assertFindings;
import static org.partyorg.validation.RuleAssert.finding;
import static org.partyorg.validation.Severity.ERROR;
import static org.partyorg.validation.Severity.WARNING;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Dataset;
import org.partyorg.core.OrgType;
import org.partyorg.core.PersonRef;
import org.partyorg.core.Posting;
import org.partyorg.core.PostingRole;
import org.partyorg.core.PostingStatus;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.code.PhoneNumber;

/** PST rules: one test per rule that triggers it, and near misses that must not. */
class PostingRulesTest {
    private final Dataset valid = ValidData.dataset();

    private Dataset posting(UnaryOperator<Posting> change) {
        return ValidData.posting(valid, change);
    }

    /** The first secretary's earlier, completed posting [2019-01-01, 2022-01-01) and the current one renewing it. */
    private Dataset withEarlierPosting(LocalDate earlierEnd) {
        Posting current = with(ValidData.posting(), "previousPostingId", "p-0");
        Posting earlier = with(with(with(with(ValidData.posting(), "id", "p-0"), "startDate", LocalDate.of(2019, 1, 1)),
                "plannedEndDate", LocalDate.of(2022, 1, 1)), "endDate", earlierEnd);
        earlier = with(earlier, "status", PostingStatus.COMPLETED);
        return valid.withPostings(List.of(earlier, current));
    }

    @Test
    void pst001HostExists() {
        assertFindings(posting(p -> with(p, "hostOrgId", "nope")), finding("PST-001", ERROR, "/postings/0/hostOrgId"));
    }

    @Test
    void pst002HostIsAVillageLevelBasicOrganization() {
        assertFindings(posting(p -> with(with(p, "hostOrgId", ValidData.TOWNSHIP), "divisionCode", ValidData.TOWNSHIP_CODE)),
                finding("PST-002", ERROR, "/postings/0/hostOrgId"));
        assertFindings(posting(p -> with(with(p, "hostOrgId", ValidData.COUNTY), "divisionCode", ValidData.COUNTY_CODE)),
                finding("PST-002", ERROR, "/postings/0/hostOrgId"));
    }

    @Test
    void pst003DivisionIsTheHosts() {
        assertFindings(posting(p -> with(p, "divisionCode", DivisionCode.parse("522631206202"))),
                finding("PST-003", WARNING, "/postings/0/divisionCode"));
    }

    @Test
    void pst004PlannedForAtLeastTwoYears() {
        assertFindings(posting(p -> with(p, "plannedEndDate", LocalDate.of(2023, 12, 31))), finding("PST-004", WARNING, "/postings/0/plannedEndDate"));
        assertClean(posting(p -> with(p, "plannedEndDate", LocalDate.of(2024, 1, 1))));
    }

    @Test
    void pst005DatesInOrder() {
        assertFindings(posting(p -> with(with(p, "endDate", LocalDate.of(2021, 12, 31)), "status", PostingStatus.RECALLED)),
                finding("PST-005", ERROR, "/postings/0/endDate"));
        assertFindings(posting(p -> with(with(p, "startDate", LocalDate.of(2023, 8, 19)), "plannedEndDate", LocalDate.of(2025, 8, 19))),
                finding("PST-005", ERROR, "/postings/0/startDate"));
        assertFindings(posting(p -> with(p, "plannedEndDate", LocalDate.of(2021, 12, 1))),
                finding("PST-004", WARNING, "/postings/0/plannedEndDate"), finding("PST-005", ERROR, "/postings/0/plannedEndDate"));
    }

    @Test
    void pst006StatusAndEndDateAgree() {
        assertFindings(posting(p -> with(p, "endDate", ValidData.AS_OF)), finding("PST-006", ERROR, "/postings/0/endDate"));
        assertClean(posting(p -> with(p, "endDate", ValidData.AS_OF.plusDays(1))));
        assertFindings(posting(p -> with(p, "status", PostingStatus.COMPLETED)), finding("PST-006", ERROR, "/postings/0/endDate"));
        assertClean(posting(p -> with(with(p, "status", PostingStatus.RECALLED), "endDate", LocalDate.of(2023, 3, 1))));
    }

    @Test
    void pst007OnePostingAtATime() {
        assertFindings(withEarlierPosting(LocalDate.of(2022, 1, 2)),
                finding("PST-007", ERROR, "/postings/1/person/idNumber"), finding("PST-009", ERROR, "/postings/1/previousPostingId"));
        // end-to-start is not an overlap (half-open intervals)
        assertClean(withEarlierPosting(LocalDate.of(2022, 1, 1)));
        // a posting without end runs on
        Posting open = with(with(ValidData.posting(), "id", "p-2"), "startDate", LocalDate.of(2023, 1, 1));
        Dataset twoOpen = valid.withPostings(List.of(ValidData.posting(), with(open, "plannedEndDate", LocalDate.of(2025, 1, 1))));
        assertFindings(twoOpen, finding("PST-007", ERROR, "/postings/1/person/idNumber"));
    }

    @Test
    void pst008FirstSecretaryOfAYearsStanding() {
        // member 2 becomes full on 2021-06-01: on 2022-01-01 not yet a year
        Dataset recent = ValidData.member(valid, 2, m -> with(with(m, "admittedOn", LocalDate.of(2020, 6, 1)),
                "fullMemberOn", LocalDate.of(2021, 6, 1)));
        assertFindings(recent, finding("PST-008", ERROR, "/postings/0/person/memberId"));
        Dataset exactlyAYear = ValidData.member(valid, 2, m -> with(with(m, "admittedOn", LocalDate.of(2020, 1, 1)),
                "fullMemberOn", LocalDate.of(2021, 1, 1)));
        assertClean(exactlyAYear);
        // team members need no standing
        assertClean(ValidData.posting(recent, p -> with(p, "role", PostingRole.TEAM_MEMBER)));
    }

    @Test
    void pst009RenewalOfAnEndedPostingOfTheSamePerson() {
        assertFindings(posting(p -> with(p, "previousPostingId", "p-9")), finding("PST-009", ERROR, "/postings/0/previousPostingId"));
        Dataset ended = withEarlierPosting(LocalDate.of(2022, 1, 1));
        assertClean(ended);
        Posting someoneElse = with(ended.postings().get(0), "person", new PersonRef("他人", null,
                ValidData.members().get(4).idNumber(), null));
        assertFindings(ended.withPostings(List.of(someoneElse, ended.postings().get(1))),
                finding("PST-009", ERROR, "/postings/1/previousPostingId"));
    }

    @Test
    void pst002And003WithTheFirstOrganizationTypeAndTheirMessages() {
        // a LOCAL_COMMITTEE (the first type) at village level is still no basic-level host
        Dataset local = valid.withOrganizations(ValidData.organizations().stream().map(o -> o.id().equals(ValidData.BRANCH)
                ? with(o, "orgType", OrgType.LOCAL_COMMITTEE) : o).toList());
        assertThat(RuleAssert.findings(local, "PST-002")).extracting(Finding::path).containsExactly("/postings/0/hostOrgId");
        Dataset other = posting(p -> with(p, "divisionCode", DivisionCode.parse("522631206201")));
        Finding f = RuleAssert.findings(other, "PST-003").get(0);
        assertThat(f.message()).contains("522631206201").contains("522631206200");
    }

    @Test
    void thePostedPersonsCodesAreChecked() {
        assertFindings(posting(p -> with(p, "person", new PersonRef("党员2", "m-2", p.person().idNumber(),
                PhoneNumber.lenient("12345")))), finding("IDN-030", WARNING, "/postings/0/person/phone"));
    }
}
