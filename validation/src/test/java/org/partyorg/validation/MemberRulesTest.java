package org.partyorg.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyorg.validation.Mutate.with;
import static org.partyorg.validation.RuleAssert.assertClean;
import static org.partyorg.validation.RuleAssert.assertFindings;
import static org.partyorg.validation.RuleAssert.finding;
import static org.partyorg.validation.Severity.ERROR;
import static org.partyorg.validation.Severity.WARNING;
import static org.partyorg.validation.ValidData.member;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Dataset;
import org.partyorg.core.Member;
import org.partyorg.core.MemberStage;
import org.partyorg.core.MemberStatus;
import org.partyorg.core.OrgType;
import org.partyorg.core.Organization;
import org.partyorg.core.Sector;
import org.partyorg.core.code.DivisionCode;

/** MEM rules: one test per rule that triggers it, and near misses that must not. */
class MemberRulesTest {
    private final Dataset valid = ValidData.dataset();

    /** Member 3: born 1973-03-04, admitted 2003-07-01, full 2004-07-01; not an officer. */
    private Dataset m3(UnaryOperator<Member> change) {
        return member(valid, 3, change);
    }

    private static Member probationary(Member m, LocalDate admitted) {
        return with(with(with(m, "stage", MemberStage.PROBATIONARY), "fullMemberOn", null), "admittedOn", admitted);
    }

    @Test
    void mem001OrgIdNamesNoOrganization() {
        assertFindings(m3(m -> m.withOrgId("nope")), finding("MEM-001", ERROR, "/members/3/orgId"));
    }

    @Test
    void mem002OrganizationsThatHoldNoFormalMemberships() {
        assertFindings(m3(m -> m.withOrgId(ValidData.COUNTY)), finding("MEM-002", ERROR, "/members/3/orgId"));
        Dataset temporary = valid.withOrganizations(Mutate.plus(valid.organizations(), new Organization("tmp", "临时党支部",
                OrgType.TEMPORARY_BRANCH, Sector.RURAL, ValidData.TOWNSHIP, DivisionCode.parse("522631206200"),
                null, null, null, null, null, null)));
        assertFindings(member(temporary, 3, m -> m.withOrgId("tmp")), finding("MEM-002", ERROR, "/members/3/orgId"));
    }

    @Test
    void mem003MembersAreOrganizedInBranches() {
        assertFindings(m3(m -> m.withOrgId(ValidData.TOWNSHIP)), finding("MEM-003", WARNING, "/members/3/orgId"));
    }

    @Test
    void mem004PartyGroupOfTheMembersBranch() {
        Organization group = new Organization("pg-1", "第一党小组", OrgType.PARTY_GROUP, null, ValidData.BRANCH,
                DivisionCode.parse("522631206200"), null, null, null, null, null, null);
        Dataset withGroup = valid.withOrganizations(Mutate.plus(valid.organizations(), group));
        assertClean(member(withGroup, 3, m -> with(m, "partyGroupId", "pg-1")));
        assertFindings(member(withGroup, 3, m -> with(m, "partyGroupId", "pg-9")), finding("MEM-004", ERROR, "/members/3/partyGroupId"));
        // a party group of another branch
        Dataset otherBranch = valid.withOrganizations(Mutate.plus(valid.organizations(), group.withParentId("br-other"),
                with(valid.organizations().get(2), "id", "br-other")));
        Dataset ds = member(otherBranch, 3, m -> with(m, "partyGroupId", "pg-1"));
        assertThat(RuleAssert.findings(ds, "MEM-004")).extracting(Finding::path).containsExactly("/members/3/partyGroupId");
        // a branch is not a party group
        assertFindings(member(valid, 3, m -> with(m, "partyGroupId", ValidData.BRANCH)), finding("MEM-004", ERROR, "/members/3/partyGroupId"));
    }

    @Test
    void mem010AdmittedBeforeTurningEighteen() {
        LocalDate eighteen = LocalDate.of(1991, 3, 4);
        assertFindings(m3(m -> with(with(m, "admittedOn", eighteen.minusDays(1)), "fullMemberOn", eighteen.plusYears(1))),
                finding("MEM-010", ERROR, "/members/3/admittedOn"));
        assertClean(m3(m -> with(with(m, "admittedOn", eighteen), "fullMemberOn", eighteen.plusYears(1))));
    }

    @Test
    void mem011FullMemberOnIffFull() {
        assertFindings(m3(m -> with(m, "fullMemberOn", null)), finding("MEM-011", ERROR, "/members/3/fullMemberOn"));
        Member p = probationary(ValidData.members().get(3), LocalDate.of(2022, 10, 1));
        assertFindings(m3(m -> with(p, "fullMemberOn", LocalDate.of(2023, 8, 1))), finding("MEM-011", ERROR, "/members/3/fullMemberOn"));
        assertClean(m3(m -> p));
    }

    @Test
    void mem012ProbationOfAtLeastOneYear() {
        assertFindings(m3(m -> with(m, "fullMemberOn", LocalDate.of(2004, 6, 30))), finding("MEM-012", ERROR, "/members/3/fullMemberOn"));
        assertClean(m3(m -> with(m, "fullMemberOn", LocalDate.of(2004, 7, 1))));
    }

    @Test
    void mem013ProbationExtendedByAtMostAYear() {
        assertFindings(m3(m -> with(m, "fullMemberOn", LocalDate.of(2005, 7, 2))), finding("MEM-013", WARNING, "/members/3/fullMemberOn"));
        assertClean(m3(m -> with(m, "fullMemberOn", LocalDate.of(2005, 7, 1))));
    }

    @Test
    void mem014ProbationEndedMoreThanThreeMonthsAgo() {
        // probation ended 2023-05-17; three months later is 2023-08-17, before asOf 2023-08-18
        assertFindings(m3(m -> probationary(m, LocalDate.of(2022, 5, 17))), finding("MEM-014", WARNING, "/members/3/stage"));
        assertClean(m3(m -> probationary(m, LocalDate.of(2022, 5, 18))));
        // an extension moves the end
        assertClean(m3(m -> with(probationary(m, LocalDate.of(2022, 1, 1)), "probationExtendedTo", LocalDate.of(2023, 7, 1))));
        // history is not overdue
        assertClean(m3(m -> with(probationary(m, LocalDate.of(2020, 1, 1)), "status", MemberStatus.LEFT)));
    }

    @Test
    void mem015ExtensionOfSixToTwelveMonths() {
        Member p = probationary(ValidData.members().get(3), LocalDate.of(2022, 3, 1));
        assertFindings(m3(m -> with(p, "probationExtendedTo", LocalDate.of(2023, 8, 31))),
                finding("MEM-015", ERROR, "/members/3/probationExtendedTo"));
        assertClean(m3(m -> with(p, "probationExtendedTo", LocalDate.of(2023, 9, 1))));
        assertClean(m3(m -> with(p, "probationExtendedTo", LocalDate.of(2024, 3, 1))));
        assertFindings(m3(m -> with(p, "probationExtendedTo", LocalDate.of(2024, 3, 2))),
                finding("MEM-015", ERROR, "/members/3/probationExtendedTo"));
    }

    @Test
    void mem016DatesAfterAsOf() {
        assertFindings(m3(m -> with(with(m, "status", MemberStatus.MOBILE), "statusSince", LocalDate.of(2023, 8, 19))),
                finding("MEM-016", ERROR, "/members/3/statusSince"));
        Member p = probationary(ValidData.members().get(3), LocalDate.of(2023, 8, 19));
        assertFindings(m3(m -> p), finding("MEM-016", ERROR, "/members/3/admittedOn"));
        assertClean(m3(m -> with(with(m, "status", MemberStatus.MOBILE), "statusSince", ValidData.AS_OF)));
    }

    @Test
    void mem017LostContactForMoreThanSixMonths() {
        assertFindings(m3(m -> with(with(m, "status", MemberStatus.LOST_CONTACT), "statusSince", LocalDate.of(2023, 2, 17))),
                finding("MEM-017", WARNING, "/members/3/status"));
        assertClean(m3(m -> with(with(m, "status", MemberStatus.LOST_CONTACT), "statusSince", LocalDate.of(2023, 2, 18))));
    }

    @Test
    void mem018SuspendedForMoreThanTwoYears() {
        assertFindings(m3(m -> with(with(m, "status", MemberStatus.SUSPENDED), "statusSince", LocalDate.of(2021, 8, 17))),
                finding("MEM-018", WARNING, "/members/3/status"));
        assertClean(m3(m -> with(with(m, "status", MemberStatus.SUSPENDED), "statusSince", LocalDate.of(2021, 8, 18))));
    }

    @Test
    void mem016EveryDateOfTheMember() {
        Dataset full = ValidData.member(valid, 3, m -> with(with(m, "admittedOn", LocalDate.of(2022, 8, 1)), "fullMemberOn",
                LocalDate.of(2023, 8, 19)));
        assertFindings(full, finding("MEM-016", ERROR, "/members/3/fullMemberOn"));
        RuleAssert.assertClean(ValidData.member(valid, 3, m -> with(with(m, "admittedOn", LocalDate.of(2022, 8, 1)), "fullMemberOn",
                LocalDate.of(2023, 8, 18))));
    }

    @Test
    void mem002And004WithTheFirstOrganizationType() {
        // LOCAL_COMMITTEE is the first organization type: no member of it, and it is no party group
        Dataset local = valid.withOrganizations(Mutate.plus(valid.organizations(), new Organization("lc", "组织", OrgType.LOCAL_COMMITTEE,
                null, ValidData.BRANCH, DivisionCode.parse("522631206200"), null, null, null, null, null, null)));
        List<String> rules = RuleAssert.validate(ValidData.member(local, 3, m -> with(m, "partyGroupId", "lc"))).findings().stream()
                .map(Finding::ruleId).toList();
        assertThat(rules).containsExactly("ORG-003", "MEM-004");
        assertFindings(ValidData.member(valid, 3, m -> m.withOrgId(ValidData.COUNTY)), finding("MEM-002", ERROR, "/members/3/orgId"));
    }
}
