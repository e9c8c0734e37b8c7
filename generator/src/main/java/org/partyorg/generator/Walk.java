package org.partyorg.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.partyorg.core.code.DivisionLevel;
import org.partyorg.divisions.Division;
import org.partyorg.divisions.NbsDivisions;

/**
 * Walks the division tree in pre-order (province, its prefectures, each county, its townships,
 * each village) and has the {@link Writer} write one unit per {@link #step()}: a committee, one of
 * a county's organs or enterprises, a township with its units, or a village. The state is a cursor
 * of five list positions, so a walk over all 620,573 villages holds no more than one unit's
 * records at a time: callers push them straight to a sink or buffer one step for an iterator.
 *
 * <p>Mutable and not thread-safe.
 */
final class Walk {
    private static final DivisionLevel[] LEVELS = {
        DivisionLevel.PROVINCE, DivisionLevel.PREFECTURE, DivisionLevel.COUNTY, DivisionLevel.TOWNSHIP, DivisionLevel.VILLAGE
    };

    private final NbsDivisions nbs;
    private final Writer writer;
    private final List<Division> focusPath;
    private final boolean countyUnits;
    private final boolean townshipUnits;
    private final List<List<Division>> lists = new ArrayList<>(Collections.nCopies(5, List.of()));
    private final int[] index = new int[5];
    private final boolean[] entered = new boolean[5];
    private int level;
    private int countyUnitTotal;
    private int countyUnitsDone;

    /**
     * @param nbs the division registry
     * @param writer the writer
     * @param focusPath the path from the province down to the division generated; empty for the nation
     */
    Walk(NbsDivisions nbs, Writer writer, List<Division> focusPath) {
        this.nbs = nbs;
        this.writer = writer;
        this.focusPath = focusPath;
        this.countyUnits = focusPath.size() <= 3;
        this.townshipUnits = focusPath.size() <= 4;
        this.lists.set(0, focusPath.isEmpty() ? nbs.divisions(DivisionLevel.PROVINCE) : List.of(focusPath.get(0)));
    }

    /**
     * Writes the next unit.
     *
     * @return false when the walk is over (nothing was written)
     */
    boolean step() {
        while (level >= 0) {
            List<Division> list = lists.get(level);
            if (index[level] >= list.size()) {
                level--;
                if (level >= 0) {
                    index[level]++;
                    entered[level] = false;
                }
                continue;
            }
            Division d = list.get(index[level]);
            if (!entered[level]) {
                entered[level] = true;
                enter(d);
                return true;
            }
            if (level == 2 && countyUnitsDone < countyUnitTotal) {
                writer.countyUnit(countyUnitsDone++);
                return true;
            }
            if (level == 4) {
                index[4]++;
                entered[4] = false;
                continue;
            }
            int next = level + 1;
            lists.set(next, focusPath.size() > next ? List.of(focusPath.get(next)) : nbs.divisions(d, LEVELS[next]));
            index[next] = 0;
            entered[next] = false;
            level = next;
        }
        return false;
    }

    private void enter(Division d) {
        switch (level) {
            case 0 -> writer.province(d);
            case 1 -> writer.prefecture(d);
            case 2 -> {
                countyUnitTotal = writer.county(d, countyUnits);
                countyUnitsDone = 0;
            }
            case 3 -> writer.township(d, townshipUnits);
            default -> writer.village(d);
        }
    }
}
