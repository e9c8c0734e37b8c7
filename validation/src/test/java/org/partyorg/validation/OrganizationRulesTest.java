package org.partyorg.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyorg.validation.Mutate.with;
import static org.partyorg.validation.RuleAssert.assertClean;
import static org.partyorg.validation.RuleAssert.assertFindings;
import static org.partyorg.validation.RuleAssert.finding;
import static org.partyorg.validation.Severity.ERROR;
import static org.partyorg.validation.Severity.WARNING;
import static org.partyorg.validation.ValidData.BRANCH;
import static org.partyorg.validation.ValidData.TOWNSHIP;
import static org.partyorg.validation.ValidData.member;
import static org.partyorg.validation.ValidData.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Dataset;
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
import org.partyorg.core.Unit;
import org.partyorg.core.UnitKind;
import org.partyorg.core.code.DivisionCode;

/** ORG rules: one test per rule that triggers it, and near misses that must not. */
class OrganizationRulesTest {
    private final Dataset valid = ValidData.dataset();

    private Dataset branch(UnaryOperator<Organization> change) {
        return organization(valid, 2, change);
    }

    private static Leadership leadership(LeadershipForm form, OfficerRole... roles) {
        List<Officer> officers = new ArrayList<>();
        for (int i = 0; i < roles.length; i++) {
            officers.add(Officer.of("m-" + i, roles[i]));
        }
        return new Leadership(form, LocalDate.of(2021, 5, 1), 5, officers);
    }

    private static Organization org(String id, OrgType type, String parent, String division) {
        return new Organization(id, "组织" + id, type, type.isBasicLevel() ? Sector.RURAL : null, parent,
                DivisionCode.parse(division), null, null, null,
                type.isBasicLevel() ? leadership(LeadershipForm.SECRETARY_ONLY, OfficerRole.SECRETARY) : null, null, null);
    }

    private static Dataset withMembersLeaving(Dataset ds, int... indexes) {
        for (int i : indexes) {
            ds = member(ds, i, m -> with(m, "status", MemberStatus.LEFT));
        }
        return ds;
    }

    @Test
    void org001ParentNamesNoOrganization() {
        assertFindings(branch(o -> o.withParentId("nope")), finding("ORG-001", ERROR, "/organizations/2/parentId"));
    }

    @Test
    void org002EveryOrganizationOnACycleIsReported() {
        Dataset ds = valid.withOrganizations(Mutate.plus(valid.organizations(),
                org("b1", OrgType.BRANCH, "b2", "522631206200"), org("b2", OrgType.BRANCH, "b1", "522631206200")));
        // the two branches hold each other: a cycle, and a branch may not hold a branch
        assertFindings(ds,
                finding("ORG-002", ERROR, "/organizations/3/parentId"), finding("ORG-003", ERROR, "/organizations/3/parentId"),
                finding("ORG-010", ERROR, "/organizations/3"),
                finding("ORG-002", ERROR, "/organizations/4/parentId"), finding("ORG-003", ERROR, "/organizations/4/parentId"),
                finding("ORG-010", ERROR, "/organizations/4"));
        Dataset self = valid.withOrganizations(Mutate.plus(valid.organizations(),
                org("gb", OrgType.GENERAL_BRANCH, "gb", "522631206200").withLeadership(null)));
        assertThat(RuleAssert.findings(self, "ORG-002")).extracting(Finding::path).containsExactly("/organizations/3/parentId");
    }

    @Test
    void org003ParentTypeMayNotHoldThisType() {
        Dataset groupUnderCommittee = valid.withOrganizations(Mutate.plus(valid.organizations(),
                org("pg", OrgType.PARTY_GROUP, TOWNSHIP, "522631206200")));
        assertFindings(groupUnderCommittee, finding("ORG-003", ERROR, "/organizations/3/parentId"));
        Dataset groupUnderBranch = valid.withOrganizations(Mutate.plus(valid.organizations(),
                org("pg", OrgType.PARTY_GROUP, BRANCH, "522631206200")));
        assertClean(groupUnderBranch);
        Dataset branchUnderCounty = branch(o -> o.withParentId(ValidData.COUNTY));
        assertClean(branchUnderCounty);
    }

    @Test
    void org010BranchWithFewerThanThreeFullMembers() {
        assertFindings(withMembersLeaving(valid, 2, 3, 4), finding("ORG-010", ERROR, "/organizations/2"));
        assertClean(withMembersLeaving(valid, 3, 4)); // exactly 3
        // probationary and suspended members are not full members
        Dataset probationary = member(member(withMembersLeaving(valid, 4), 3, m -> with(with(with(m, "stage", MemberStage.PROBATIONARY),
                "fullMemberOn", null), "admittedOn", LocalDate.of(2023, 1, 1))), 2, m -> with(m, "status", MemberStatus.SUSPENDED));
        assertThat(RuleAssert.findings(probationary, "ORG-010")).hasSize(1);
    }

    @Test
    void dissolvedBranchesAreHistoryNotUndersizedBranches() {
        Dataset ds = organization(withMembersLeaving(valid, 0, 1, 2, 3, 4), 2, o -> o.withDissolvedOn(LocalDate.of(2022, 1, 1)));
        assertThat(RuleAssert.findings(ds, "ORG-010")).isEmpty();
    }

    @Test
    void org011BranchWithMoreThanFiftyMembers() {
        Dataset fiftyOne = ValidData.branchWithMembers(valid, 51, MemberStage.PROBATIONARY);
        assertFindings(fiftyOne, finding("ORG-011", WARNING, "/organizations/2"));
        assertClean(ValidData.branchWithMembers(valid, 50, MemberStage.PROBATIONARY));
        assertClean(organization(fiftyOne, 2, o -> with(o, "approvalRef", "黎组通〔2023〕5号")));
    }

    @Test
    void org012SizeDoesNotFitTheType() {
        Dataset hundred = ValidData.branchWithMembers(valid, 100, MemberStage.PROBATIONARY);
        assertFindings(hundred, finding("ORG-011", WARNING, "/organizations/2"), finding("ORG-012", WARNING, "/organizations/2"));
        assertFindings(ValidData.branchWithMembers(valid, 99, MemberStage.PROBATIONARY), finding("ORG-011", WARNING, "/organizations/2"));

        // a general branch of fewer than 50, between the township and the branch
        Organization general = org("gb", OrgType.GENERAL_BRANCH, TOWNSHIP, "522631206200");
        List<Organization> orgs = new ArrayList<>(valid.organizations());
        orgs.add(general);
        orgs.set(2, orgs.get(2).withParentId("gb"));
        assertFindings(valid.withOrganizations(orgs), finding("ORG-012", WARNING, "/organizations/3"));

        // a village Party committee of fewer than 100
        orgs.set(3, with(general, "orgType", OrgType.BASIC_COMMITTEE));
        assertFindings(valid.withOrganizations(orgs), finding("ORG-012", WARNING, "/organizations/3"));

        // an enterprise committee of fewer than 100, at county level
        orgs.set(3, with(with(with(general, "orgType", OrgType.BASIC_COMMITTEE), "sector", Sector.STATE_OWNED_ENTERPRISE),
                "divisionCode", DivisionCode.parse("522631000000")));
        orgs.set(3, orgs.get(3).withParentId(ValidData.COUNTY));
        orgs.set(2, orgs.get(2).withParentId("gb"));
        List<Tuple> expected = List.of(finding("ORG-012", WARNING, "/organizations/3"));
        assertThat(RuleAssert.validate(valid.withOrganizations(orgs)).findings("ORG-012"))
                .extracting(Finding::ruleId, Finding::severity, Finding::path).containsExactlyElementsOf(expected);
        // the township committee itself (rural, not village-level) is the default case: no warning
        assertClean(valid);
    }

    @Test
    void org020SevenFullMembersNeedACommittee() {
        Dataset seven = ValidData.branchWithMembers(valid, 7, MemberStage.FULL);
        assertFindings(seven, finding("ORG-020", ERROR, "/organizations/2/leadership/form"));
        assertClean(ValidData.branchWithMembers(valid, 6, MemberStage.FULL));
        assertClean(organization(seven, 2, o -> o.withLeadership(leadership(LeadershipForm.COMMITTEE,
                OfficerRole.SECRETARY, OfficerRole.ORGANIZATION_MEMBER, OfficerRole.PUBLICITY_MEMBER))));
    }

    @Test
    void org021FewerThanSevenHaveNoCommittee() {
        assertFindings(branch(o -> o.withLeadership(leadership(LeadershipForm.COMMITTEE,
                        OfficerRole.SECRETARY, OfficerRole.ORGANIZATION_MEMBER, OfficerRole.PUBLICITY_MEMBER))),
                finding("ORG-021", ERROR, "/organizations/2/leadership/form"));
    }

    @Test
    void org022CommitteeSize() {
        Dataset seven = ValidData.branchWithMembers(valid, 8, MemberStage.FULL);
        OfficerRole s = OfficerRole.SECRETARY;
        OfficerRole c = OfficerRole.COMMITTEE_MEMBER;
        assertFindings(organization(seven, 2, o -> o.withLeadership(leadership(LeadershipForm.COMMITTEE, s, c))),
                finding("ORG-022", ERROR, "/organizations/2/leadership/officers"));
        assertFindings(organization(seven, 2, o -> o.withLeadership(leadership(LeadershipForm.COMMITTEE, s, c, c, c, c, c))),
                finding("ORG-022", WARNING, "/organizations/2/leadership/officers"));
        assertFindings(organization(seven, 2, o -> o.withLeadership(leadership(LeadershipForm.COMMITTEE, s, c, c, c, c, c, c))),
                finding("ORG-022", WARNING, "/organizations/2/leadership/officers"));
        assertFindings(organization(seven, 2, o -> o.withLeadership(leadership(LeadershipForm.COMMITTEE, s, c, c, c, c, c, c, c))),
                finding("ORG-022", ERROR, "/organizations/2/leadership/officers"));
        assertClean(organization(seven, 2, o -> o.withLeadership(leadership(LeadershipForm.COMMITTEE, s, c, c, c, c))));
    }

    @Test
    void org023SecretaryOnlyHoldsNothingElse() {
        assertFindings(branch(o -> o.withLeadership(leadership(LeadershipForm.SECRETARY_ONLY,
                        OfficerRole.SECRETARY, OfficerRole.ORGANIZATION_MEMBER))),
                finding("ORG-023", ERROR, "/organizations/2/leadership/officers"));
        assertFindings(branch(o -> o.withLeadership(leadership(LeadershipForm.SECRETARY_ONLY,
                        OfficerRole.SECRETARY, OfficerRole.DEPUTY_SECRETARY, OfficerRole.DEPUTY_SECRETARY))),
                finding("ORG-023", ERROR, "/organizations/2/leadership/officers"));
        assertClean(branch(o -> o.withLeadership(leadership(LeadershipForm.SECRETARY_ONLY, OfficerRole.SECRETARY))));
    }

    @Test
    void org024OneSecretary() {
        assertFindings(branch(o -> o.withLeadership(leadership(LeadershipForm.SECRETARY_ONLY,
                        OfficerRole.SECRETARY, OfficerRole.SECRETARY))),
                finding("ORG-024", ERROR, "/organizations/2/leadership/officers"));
        assertFindings(branch(o -> o.withLeadership(leadership(LeadershipForm.SECRETARY_ONLY, OfficerRole.DEPUTY_SECRETARY))),
                finding("ORG-024", WARNING, "/organizations/2/leadership/officers"));
    }

    @Test
    void org025LiveBasicOrganizationWithoutLeadership() {
        assertFindings(branch(o -> o.withLeadership(null)), finding("ORG-025", WARNING, "/organizations/2/leadership"));
        Dataset temporary = valid.withOrganizations(Mutate.plus(valid.organizations(),
                org("tmp", OrgType.TEMPORARY_BRANCH, TOWNSHIP, "522631206200").withLeadership(null)));
        assertClean(temporary);
        assertThat(RuleAssert.findings(organization(valid, 0, o -> o.withLeadership(null)), "ORG-025")).isEmpty();
    }

    @Test
    void org026OfficersAreFullMembersInGoodStanding() {
        assertFindings(branch(o -> o.withLeadership(new Leadership(LeadershipForm.SECRETARY_ONLY, LocalDate.of(2021, 5, 1), 5,
                        List.of(Officer.of("m-0", OfficerRole.SECRETARY), Officer.of("nobody", OfficerRole.DEPUTY_SECRETARY))))),
                finding("ORG-026", ERROR, "/organizations/2/leadership/officers/1/memberId"));
        Dataset probationaryDeputy = member(valid, 1, m -> with(with(with(m, "stage", MemberStage.PROBATIONARY),
                "fullMemberOn", null), "admittedOn", LocalDate.of(2023, 1, 1)));
        assertFindings(probationaryDeputy, finding("ORG-026", ERROR, "/organizations/2/leadership/officers/1/memberId"));
        Dataset suspendedDeputy = member(valid, 1, m -> with(m, "status", MemberStatus.SUSPENDED));
        assertFindings(suspendedDeputy, finding("ORG-026", ERROR, "/organizations/2/leadership/officers/1/memberId"));
        assertClean(member(valid, 1, m -> with(m, "status", MemberStatus.MOBILE)));
    }

    /** An unknown stage or status skips only its own comparison: the other one may still decide ORG-026. */
    @Test
    void org026DecidesOnTheKnownHalfOfAnUnknownMember() {
        Dataset probationaryWithoutStatus = member(valid, 1, m -> with(with(with(with(m, "stage", MemberStage.PROBATIONARY),
                "fullMemberOn", null), "admittedOn", LocalDate.of(2023, 1, 1)), "status", null));
        assertFindings(probationaryWithoutStatus, finding("ORG-026", ERROR, "/organizations/2/leadership/officers/1/memberId"),
                finding("DOC-010", ERROR, "/members/1/status"));
        Dataset suspendedWithoutStage = member(valid, 1, m -> with(with(m, "stage", null), "status", MemberStatus.SUSPENDED));
        assertThat(RuleAssert.findings(suspendedWithoutStage, "ORG-026")).extracting(Finding::ruleId, Finding::severity, Finding::path)
                .containsExactly(finding("ORG-026", ERROR, "/organizations/2/leadership/officers/1/memberId"));
        // near misses: a full member without a status, a normal one without a stage, may both hold office
        assertFindings(member(valid, 1, m -> with(m, "status", null)), finding("DOC-010", ERROR, "/members/1/status"));
        assertThat(RuleAssert.findings(member(valid, 1, m -> with(m, "stage", null)), "ORG-026")).isEmpty();
    }

    @Test
    void org027ConcurrentVillageDirectorOnlyOnAVillageSecretary() {
        assertFindings(branch(o -> o.withLeadership(new Leadership(LeadershipForm.SECRETARY_ONLY, LocalDate.of(2021, 5, 1), 5,
                        List.of(Officer.of("m-0", OfficerRole.SECRETARY), new Officer("m-1", OfficerRole.DEPUTY_SECRETARY, true))))),
                finding("ORG-027", ERROR, "/organizations/2/leadership/officers/1/concurrentVillageDirector"));
        assertFindings(organization(valid, 1, o -> o.withLeadership(new Leadership(LeadershipForm.COMMITTEE, LocalDate.of(2021, 9, 1), 5,
                        List.of(new Officer("m-0", OfficerRole.SECRETARY, true))))),
                finding("ORG-027", ERROR, "/organizations/1/leadership/officers/0/concurrentVillageDirector"));
    }

    @Test
    void org028TermLength() {
        assertFindings(branch(o -> o.withLeadership(with(o.leadership(), "termYears", 3))),
                finding("ORG-028", WARNING, "/organizations/2/leadership/termYears"));
        assertFindings(branch(o -> o.withLeadership(with(o.leadership(), "termYears", 6))),
                finding("ORG-028", ERROR, "/organizations/2/leadership/termYears"));
        // a 2-year term elected in May 2021 has also ended
        assertFindings(branch(o -> o.withLeadership(with(o.leadership(), "termYears", 2))),
                finding("ORG-028", ERROR, "/organizations/2/leadership/termYears"),
                finding("ORG-029", WARNING, "/organizations/2/leadership/electedOn"));
        // a township committee may have 3 years
        assertClean(organization(valid, 1, o -> o.withLeadership(with(o.leadership(), "termYears", 3))));
        // appointed leaderships have no elected term
        assertClean(organization(valid, 1, o -> o.withLeadership(with(with(o.leadership(), "termYears", 10), "form", LeadershipForm.APPOINTED))));
    }

    @Test
    void org029TermEnded() {
        assertFindings(branch(o -> o.withLeadership(with(o.leadership(), "electedOn", LocalDate.of(2018, 5, 1)))),
                finding("ORG-029", WARNING, "/organizations/2/leadership/electedOn"));
        assertClean(branch(o -> with(o.withLeadership(with(o.leadership(), "electedOn", LocalDate.of(2018, 5, 1))),
                "approvalRef", "乡党委批复")));
        assertFindings(branch(o -> o.withLeadership(with(o.leadership(), "electedOn", LocalDate.of(2017, 5, 1)))),
                finding("ORG-029", ERROR, "/organizations/2/leadership/electedOn"));
        // more than a year overdue is an error even with an approval
        assertFindings(branch(o -> with(o.withLeadership(with(o.leadership(), "electedOn", LocalDate.of(2017, 5, 1))),
                        "approvalRef", "乡党委批复")),
                finding("ORG-029", ERROR, "/organizations/2/leadership/electedOn"));
        // ends exactly on asOf: not yet ended; a year and a day later: error
        assertClean(branch(o -> o.withLeadership(with(o.leadership(), "electedOn", LocalDate.of(2018, 8, 18)))));
        assertFindings(branch(o -> o.withLeadership(with(o.leadership(), "electedOn", LocalDate.of(2017, 8, 18)))),
                finding("ORG-029", WARNING, "/organizations/2/leadership/electedOn"));
        assertFindings(branch(o -> o.withLeadership(with(o.leadership(), "electedOn", LocalDate.of(2017, 8, 17)))),
                finding("ORG-029", ERROR, "/organizations/2/leadership/electedOn"));
        // a term no calendar holds has not ended (it was a DateTimeException that ended the read)
        assertFindings(branch(o -> o.withLeadership(with(with(o.leadership(), "electedOn", LocalDate.of(2017, 8, 17)),
                        "termYears", 999_999_999))),
                finding("ORG-028", ERROR, "/organizations/2/leadership/termYears"));
    }

    @Test
    void org030JointBranchOfMoreThanFiveUnits() {
        List<Unit> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(new Unit("单位" + i, null, UnitKind.PRIVATE_ENTERPRISE));
        }
        Dataset joint = branch(o -> with(with(o, "orgType", OrgType.JOINT_BRANCH), "hostUnits", six));
        assertFindings(joint, finding("ORG-030", WARNING, "/organizations/2/hostUnits"));
        assertClean(branch(o -> with(with(o, "orgType", OrgType.JOINT_BRANCH), "hostUnits", six.subList(0, 5))));
    }

    @Test
    void org031DissolvedOrganizationStillHoldsLiveParts() {
        assertFindings(branch(o -> o.withDissolvedOn(LocalDate.of(2023, 1, 1))), finding("ORG-031", ERROR, "/organizations/2/dissolvedOn"));
        assertFindings(organization(valid, 1, o -> o.withDissolvedOn(LocalDate.of(2023, 1, 1))),
                finding("ORG-031", ERROR, "/organizations/1/dissolvedOn"));
        // dissolved with its branch dissolved and its members gone: fine
        Dataset gone = organization(organization(withMembersLeaving(valid, 0, 1, 2, 3, 4), 2,
                o -> o.withDissolvedOn(LocalDate.of(2022, 1, 1))), 1, o -> o.withDissolvedOn(LocalDate.of(2023, 1, 1)));
        assertThat(RuleAssert.findings(gone, "ORG-031")).isEmpty();
    }

    @Test
    void org032DivisionOutsideTheParents() {
        Dataset ds = organization(valid, 1, o -> with(o, "divisionCode", DivisionCode.parse("522632206000")));
        assertFindings(ds, finding("ORG-032", WARNING, "/organizations/1/divisionCode"),
                finding("ORG-032", WARNING, "/organizations/2/divisionCode"));
    }

    @Test
    void org033DatesAfterAsOfOrDissolvedBeforeEstablished() {
        assertFindings(branch(o -> with(o, "establishedOn", LocalDate.of(2023, 8, 19))),
                finding("ORG-033", ERROR, "/organizations/2/establishedOn"));
        assertFindings(branch(o -> o.withLeadership(with(o.leadership(), "electedOn", LocalDate.of(2023, 9, 1)))),
                finding("ORG-033", ERROR, "/organizations/2/leadership/electedOn"));
        Dataset dissolvedBeforeFounded = organization(valid, 0, o -> with(with(o, "establishedOn", LocalDate.of(1950, 1, 1)),
                "dissolvedOn", LocalDate.of(1949, 1, 1)));
        assertThat(RuleAssert.findings(dissolvedBeforeFounded, "ORG-033")).extracting(Finding::path)
                .containsExactly("/organizations/0/dissolvedOn");
        assertClean(branch(o -> with(o, "establishedOn", ValidData.AS_OF)));
    }

    @Test
    void org032AtEveryLevelOfTheParent() {
        // the county's parent is a province committee (prefix 52), then a prefecture committee (prefix 5226)
        Organization province = org("prov", OrgType.LOCAL_COMMITTEE, null, "520000000000");
        Organization prefecture = org("pref", OrgType.LOCAL_COMMITTEE, "prov", "522600000000");
        List<Organization> orgs = new ArrayList<>(valid.organizations());
        orgs.add(province);
        orgs.add(prefecture);
        orgs.set(0, orgs.get(0).withParentId("pref"));
        assertClean(valid.withOrganizations(orgs));
        orgs.set(4, with(prefecture, "divisionCode", DivisionCode.parse("532600000000")));
        orgs.set(0, with(orgs.get(0), "divisionCode", DivisionCode.parse("522731000000")));
        assertFindings(valid.withOrganizations(orgs), finding("ORG-032", WARNING, "/organizations/0/divisionCode"),
                finding("ORG-032", WARNING, "/organizations/1/divisionCode"), finding("ORG-032", WARNING, "/organizations/4/divisionCode"));
    }

    @Test
    void theFirstOrganizationCountsItsSubtreeAndItsLiveChildren() {
        // a general branch listed first, over two branches of 25 members each: 50 subtree members fit it
        Organization general = org("gb", OrgType.GENERAL_BRANCH, null, "522631206200");
        Organization second = with(valid.organizations().get(2), "id", "br-2").withParentId("gb");
        Dataset ds = ValidData.branchWithMembers(valid, 50, MemberStage.FULL);
        List<Member> members = new ArrayList<>(ds.members());
        for (int i = 25; i < 50; i++) {
            members.set(i, members.get(i).withOrgId("br-2"));
        }
        List<Organization> orgs = List.of(general, valid.organizations().get(2).withParentId("gb"), second);
        Dataset tree = ds.withOrganizations(orgs).withMembers(members).withPostings(List.of());
        List<String> rules = RuleAssert.validate(tree).findings().stream().map(Finding::ruleId).toList();
        assertThat(rules).doesNotContain("ORG-012").contains("ORG-020");
        // dissolved first, with a live child: ORG-031
        Dataset dissolved = tree.withOrganizations(List.of(general.withDissolvedOn(LocalDate.of(2022, 1, 1)), orgs.get(1), orgs.get(2)));
        assertThat(RuleAssert.findings(dissolved, "ORG-031")).extracting(Finding::path).containsExactly("/organizations/0/dissolvedOn");
    }

    @Test
    void org027AndOrg033OnTheTownship() {
        Dataset director = organization(valid, 1, o -> o.withLeadership(with(o.leadership(), "officers",
                List.of(new Officer("m-0", OfficerRole.SECRETARY, true)))));
        assertFindings(director, finding("ORG-027", ERROR, "/organizations/1/leadership/officers/0/concurrentVillageDirector"));
        assertFindings(organization(valid, 1, o -> o.withDissolvedOn(LocalDate.of(2023, 8, 19))),
                finding("ORG-033", ERROR, "/organizations/1/dissolvedOn"));
    }
}
