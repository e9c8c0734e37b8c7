package org.partyorg.validation;

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
import org.partyorg.core.Grid;
import org.partyorg.core.PersonRef;
import org.partyorg.core.ServiceStatus;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.core.code.GridCode;

/** GRID and SVC rules: one test per rule that triggers it, and near misses that must not. */
class GridAndServiceRulesTest {
    private final Dataset valid = ValidData.dataset();

    private Dataset grid(UnaryOperator<Grid> change) {
        return ValidData.grid(valid, change);
    }

    private Dataset secondGrid(Grid second) {
        return valid.withGrids(Mutate.plus(valid.grids(), second));
    }

    @Test
    void grid001GridBelongsToAVillageOrCommunity() {
        assertFindings(grid(g -> with(with(with(g, "divisionCode", ValidData.TOWNSHIP_CODE), "code", null), "leadOrgId", ValidData.TOWNSHIP)),
                finding("GRID-001", ERROR, "/grids/0/divisionCode"));
    }

    @Test
    void grid002LeadOrganizationExists() {
        assertFindings(grid(g -> with(g, "leadOrgId", "nope")), finding("GRID-002", ERROR, "/grids/0/leadOrgId"));
        assertClean(grid(g -> with(g, "leadOrgId", null)));
    }

    @Test
    void grid003VillagerGroupInOneGridOnly() {
        Grid second = with(with(with(ValidData.grid(), "id", "g-2"), "code", GridCode.lenient("522631206200002")),
                "villagerGroups", List.of("三组", "二组"));
        assertFindings(secondGrid(second), finding("GRID-003", ERROR, "/grids/1/villagerGroups/1"));
        // the same name in another village is another group
        Grid elsewhere = with(with(with(second, "divisionCode", DivisionCode.parse("522631206202")), "code", null), "leadOrgId", null);
        assertClean(secondGrid(elsewhere));
        // a name listed twice in one grid is not in two grids
        assertClean(grid(g -> with(g, "villagerGroups", List.of("一组", "一组"))));
    }

    @Test
    void grid004AtMost500Households() {
        assertFindings(grid(g -> with(g, "households", 501)), finding("GRID-004", WARNING, "/grids/0/households"));
        assertClean(grid(g -> with(g, "households", 500)));
    }

    @Test
    void grid005AtMost2500People() {
        assertFindings(grid(g -> with(g, "population", 2501)), finding("GRID-005", WARNING, "/grids/0/population"));
        assertClean(grid(g -> with(g, "population", 2500)));
    }

    @Test
    void grid006MemberReferencesResolve() {
        assertFindings(grid(g -> with(g, "leader", PersonRef.of("某人", "nobody"))), finding("GRID-006", ERROR, "/grids/0/leader/memberId"));
        assertFindings(grid(g -> with(g, "workers", List.of(PersonRef.of("甲", "m-1"), PersonRef.of("乙", "nobody")))),
                finding("GRID-006", ERROR, "/grids/0/workers/1/memberId"));
    }

    @Test
    void grid007LeadOrganizationInTheGridsVillageOrTownship() {
        assertFindings(grid(g -> with(g, "leadOrgId", ValidData.COUNTY)), finding("GRID-007", WARNING, "/grids/0/leadOrgId"));
        assertClean(grid(g -> with(g, "leadOrgId", ValidData.TOWNSHIP)));
    }

    @Test
    void svc001GridExists() {
        assertFindings(ValidData.serviceRecord(valid, r -> with(r, "gridId", "g-9")), finding("SVC-001", ERROR, "/serviceRecords/0/gridId"));
    }

    @Test
    void svc002DateNotAfterAsOf() {
        assertFindings(ValidData.serviceRecord(valid, r -> with(with(with(r, "date", LocalDate.of(2023, 8, 19)), "status", ServiceStatus.OPEN),
                "resolvedOn", null)), finding("SVC-002", ERROR, "/serviceRecords/0/date"));
    }

    @Test
    void svc003ResolvedOnIffResolved() {
        assertFindings(ValidData.serviceRecord(valid, r -> with(r, "resolvedOn", null)), finding("SVC-003", ERROR, "/serviceRecords/0/resolvedOn"));
        assertFindings(ValidData.serviceRecord(valid, r -> with(r, "status", ServiceStatus.OPEN)),
                finding("SVC-003", ERROR, "/serviceRecords/0/resolvedOn"));
    }

    @Test
    void svc004ResolvedBetweenDateAndAsOf() {
        assertFindings(ValidData.serviceRecord(valid, r -> with(r, "resolvedOn", LocalDate.of(2023, 4, 30))),
                finding("SVC-004", ERROR, "/serviceRecords/0/resolvedOn"));
        assertFindings(ValidData.serviceRecord(valid, r -> with(r, "resolvedOn", LocalDate.of(2023, 8, 19))),
                finding("SVC-004", ERROR, "/serviceRecords/0/resolvedOn"));
        assertClean(ValidData.serviceRecord(valid, r -> with(r, "resolvedOn", LocalDate.of(2023, 5, 1))));
        assertClean(ValidData.serviceRecord(valid, r -> with(r, "resolvedOn", ValidData.AS_OF)));
    }

    @Test
    void svc003And004AtTheirOtherEdges() {
        assertFindings(ValidData.serviceRecord(valid, r -> with(r, "resolvedOn", null)), finding("SVC-003", ERROR, "/serviceRecords/0/resolvedOn"));
        assertFindings(ValidData.serviceRecord(valid, r -> with(r, "resolvedOn", LocalDate.of(2023, 8, 19))),
                finding("SVC-004", ERROR, "/serviceRecords/0/resolvedOn"));
        assertClean(ValidData.serviceRecord(valid, r -> with(r, "resolvedOn", ValidData.AS_OF)));
        assertClean(ValidData.serviceRecord(valid, r -> with(with(r, "status", ServiceStatus.OPEN), "resolvedOn", null)));
        assertFindings(ValidData.serviceRecord(valid, r -> with(r, "worker", new PersonRef(null, "m-0", null, null))),
                finding("DOC-010", ERROR, "/serviceRecords/0/worker/name"));
    }

    @Test
    void aGridsLeaderAndWorkersNeedNames() {
        assertFindings(grid(g -> with(g, "leader", new PersonRef(null, "m-0", null, null))), finding("DOC-010", ERROR, "/grids/0/leader/name"));
        assertFindings(grid(g -> with(g, "workers", List.of(new PersonRef("甲", null, null, null), new PersonRef(null, null, null, null)))),
                finding("DOC-010", ERROR, "/grids/0/workers/1/name"));
    }
}
