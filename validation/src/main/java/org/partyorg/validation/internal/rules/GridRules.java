package org.partyorg.validation.internal.rules;

import java.util.List;
import org.partyorg.core.Grid;
import org.partyorg.core.PersonRef;
import org.partyorg.core.code.CodeProblem;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.validation.Rule;

/**
 * The per-record rules of a grid. Lead organizations, member references and villager groups
 * shared between grids need the whole dataset and live in {@link CrossRecordRules}.
 */
public final class GridRules {

    private GridRules() {
    }

    /**
     * Every per-record rule.
     *
     * @param g the grid
     * @param s the scope
     */
    public static void check(Grid g, RecordScope s) {
        checkCodes(g, s);
        checkRecord(g, s);
    }

    /**
     * The code fields checked through field constraints in Bean Validation: the division code and
     * the people's ID numbers and phones.
     *
     * @param g the grid
     * @param s the scope
     */
    public static void checkCodes(Grid g, RecordScope s) {
        Checks.divisionCode(s, g.divisionCode(), "divisionCode");
        if (g.leader() != null) {
            PersonRefs.checkCodes(g.leader(), s, "leader/");
        }
        List<PersonRef> workers = g.workers();
        for (int j = 0; j < workers.size(); j++) {
            PersonRefs.checkCodes(workers.get(j), s, s.element("workers", j) + "/");
        }
    }

    /**
     * Every per-record rule except the code fields.
     *
     * @param g the grid
     * @param s the scope
     */
    public static void checkRecord(Grid g, RecordScope s) {
        Checks.id(s, g.id());
        Checks.requiredText(s, g.name(), 100, "name");
        Checks.required(s, g.divisionCode(), "divisionCode");
        Checks.required(s, g.kind(), "kind");
        if (Checks.required(s, g.leader(), "leader")) {
            Checks.required(s, g.leader().name(), "leader/name");
        }
        List<PersonRef> workers = g.workers();
        for (int j = 0; j < workers.size(); j++) {
            Checks.required(s, workers.get(j).name(), s.element("workers", j) + "/name");
        }
        Checks.required(s, g.households(), "households");
        Integer households = Checks.count(s, g.households(), "households");
        Integer population = Checks.count(s, g.population(), "population");

        DivisionCode division = Checks.usable(g.divisionCode());
        gridCode(g, division, s);
        if (division != null && !division.isVillageLevel()) {
            s.report(Rule.GRID_001, "divisionCode", "value", division.text());
        }
        if (households != null && households > Thresholds.GRID_MAX_HOUSEHOLDS) {
            s.report(Rule.GRID_004, "households", "count", households);
        }
        if (population != null && population > Thresholds.GRID_MAX_POPULATION) {
            s.report(Rule.GRID_005, "population", "count", population);
        }
    }

    /** IDN-022: 15 digits starting with the grid's (usable) division code. */
    private static void gridCode(Grid g, DivisionCode division, RecordScope s) {
        if (g.code() != null && g.code().problem(division).isPresent()) {
            CodeProblem problem = g.code().problem(division).get();
            s.report(Rule.IDN_022, "code", "value", Checks.shorten(g.code().text()),
                    "divisionCode", problem == CodeProblem.GRID_CODE_DIVISION ? division.text() : "-");
        }
    }
}
