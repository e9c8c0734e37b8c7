package org.partyorg.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyorg.validation.Mutate.with;
import static org.partyorg.validation.RuleAssert.assertFindings;
import static org.partyorg.validation.RuleAssert.finding;
import static org.partyorg.validation.Severity.ERROR;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.partyorg.core.Dataset;
import org.partyorg.core.Leadership;
import org.partyorg.core.LeadershipForm;
import org.partyorg.core.Officer;
import org.partyorg.core.OfficerRole;

/**
 * The DOC rules a record itself can show (a reader reports the rest): DOC-002, DOC-003, DOC-010,
 * DOC-014, DOC-016.
 */
class RecordShapeRulesTest {
    private final Dataset valid = ValidData.dataset();

    @Test
    void doc002SchemaVersion() {
        assertFindings(new Dataset("2.0", ValidData.AS_OF, null, valid.organizations(), valid.members(), valid.grids(),
                valid.serviceRecords(), valid.postings()), finding("DOC-002", ERROR, "/schemaVersion"));
        assertFindings(new Dataset(null, ValidData.AS_OF, null, valid.organizations(), valid.members(), valid.grids(),
                valid.serviceRecords(), valid.postings()), finding("DOC-002", ERROR, "/schemaVersion"));
        RuleAssert.assertClean(new Dataset("1.7", ValidData.AS_OF, null, valid.organizations(), valid.members(), valid.grids(),
                valid.serviceRecords(), valid.postings()));
    }

    @Test
    void doc003AsOfMissingSkipsEveryDateComparison() {
        // without asOf, the branch's ended term (ORG-029) cannot be judged: only DOC-003 remains
        Dataset ds = ValidData.organization(valid.withAsOf(null), 2,
                o -> o.withLeadership(with(o.leadership(), "electedOn", LocalDate.of(2010, 1, 1))));
        assertFindings(ds, finding("DOC-003", ERROR, "/asOf"));
    }

    @Test
    void doc010RequiredFields() {
        assertFindings(ValidData.member(valid, 3, m -> with(m, "name", null)), finding("DOC-010", ERROR, "/members/3/name"));
        assertFindings(ValidData.organization(valid, 2, o -> with(o, "sector", null)), finding("DOC-010", ERROR, "/organizations/2/sector"));
        // sector is required of basic-level types only
        RuleAssert.assertClean(ValidData.organization(valid, 0, o -> with(o, "sector", null)));
        assertFindings(ValidData.organization(valid, 2, o -> o.withLeadership(new Leadership(LeadershipForm.SECRETARY_ONLY,
                        LocalDate.of(2021, 5, 1), 5, List.of(Officer.of("m-0", OfficerRole.SECRETARY), Officer.of("m-1", null))))),
                finding("DOC-010", ERROR, "/organizations/2/leadership/officers/1/role"));
        assertFindings(ValidData.posting(valid, p -> with(p, "person", with(p.person(), "idNumber", null))),
                finding("DOC-010", ERROR, "/postings/0/person/idNumber"));
        assertFindings(ValidData.grid(valid, g -> with(g, "households", null)), finding("DOC-010", ERROR, "/grids/0/households"));
    }

    @Test
    void doc014IdPatternNameLengthAndNegativeCounts() {
        assertFindings(ValidData.serviceRecord(valid, r -> with(r, "id", "s 1")), finding("DOC-014", ERROR, "/serviceRecords/0/id"));
        assertFindings(ValidData.serviceRecord(valid, r -> with(r, "id", "s".repeat(65))), finding("DOC-014", ERROR, "/serviceRecords/0/id"));
        RuleAssert.assertClean(ValidData.serviceRecord(valid, r -> with(r, "id", "s".repeat(64))));
        assertFindings(ValidData.member(valid, 3, m -> with(m, "name", "名".repeat(51))), finding("DOC-014", ERROR, "/members/3/name"));
        RuleAssert.assertClean(ValidData.member(valid, 3, m -> with(m, "name", "名".repeat(50))));
        assertFindings(ValidData.member(valid, 3, m -> with(m, "name", "")), finding("DOC-014", ERROR, "/members/3/name"));
        assertFindings(ValidData.grid(valid, g -> with(g, "population", -1)), finding("DOC-014", ERROR, "/grids/0/population"));
        // a negative term is unknown to the term rules, not also "outside 3-5"
        assertFindings(ValidData.organization(valid, 2, o -> o.withLeadership(with(o.leadership(), "termYears", -5))),
                finding("DOC-014", ERROR, "/organizations/2/leadership/termYears"));
    }

    @Test
    void doc016DuplicateIdsAreReportedOnTheLaterRecord() {
        Dataset ds = ValidData.member(valid, 4, m -> with(m, "id", "m-3"));
        assertFindings(ds, finding("DOC-016", ERROR, "/members/4/id"));
        Dataset orgs = valid.withOrganizations(Mutate.plus(valid.organizations(), valid.organizations().get(2)));
        assertThat(RuleAssert.validate(orgs).findings()).extracting(Finding::ruleId, Finding::path)
                .containsExactly(Assertions.tuple("DOC-016", "/organizations/3/id"));
    }

    @Test
    void doc014IdCharactersAtTheEdgesOfTheirRanges() {
        RuleAssert.assertClean(ValidData.serviceRecord(valid, r -> with(r, "id", "aAzZ09._:-")));
        for (String bad : new String[] {"s`", "s{", "s@", "s[", "s/", "s;", "s\u00e9", ""}) {
            assertFindings(ValidData.serviceRecord(valid, r -> with(r, "id", bad)), finding("DOC-014", ERROR, "/serviceRecords/0/id"));
        }
        // a malformed id is unusable: two records with the same malformed id are not also duplicates
        Dataset twice = ValidData.member(ValidData.member(valid, 3, m -> with(m, "id", "m 3")), 4, m -> with(m, "id", "m 3"));
        assertFindings(twice, finding("DOC-014", ERROR, "/members/3/id"), finding("DOC-014", ERROR, "/members/4/id"));
    }

    @Test
    void doc014CountsOfZeroAndNamesAtTheirLengthLimits() {
        RuleAssert.assertClean(ValidData.grid(valid, g -> with(with(g, "households", 0), "population", 0)));
        RuleAssert.assertClean(ValidData.serviceRecord(valid, r -> with(r, "households", 0)));
        assertFindings(ValidData.serviceRecord(valid, r -> with(r, "households", -1)), finding("DOC-014", ERROR, "/serviceRecords/0/households"));
        RuleAssert.assertClean(ValidData.grid(valid, g -> with(g, "name", "网".repeat(100))));
        assertFindings(ValidData.grid(valid, g -> with(g, "name", "网".repeat(101))), finding("DOC-014", ERROR, "/grids/0/name"));
        assertFindings(ValidData.grid(valid, g -> with(g, "name", "")), finding("DOC-014", ERROR, "/grids/0/name"));
        assertFindings(ValidData.organization(valid, 0, o -> with(o, "name", "")), finding("DOC-014", ERROR, "/organizations/0/name"));
        // a name counts code points: 50 characters outside the BMP are 100 chars but a valid name
        RuleAssert.assertClean(ValidData.member(valid, 3, m -> with(m, "name", "\ud840\udc00".repeat(50))));
    }
}
