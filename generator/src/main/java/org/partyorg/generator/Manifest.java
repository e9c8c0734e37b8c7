package org.partyorg.generator;

import java.util.List;
import java.util.Objects;

/**
 * What one generation produced: record counts, and the findings its planted defects must produce
 * (empty without {@link Generator#inject}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param organizations organizations emitted
 * @param members members emitted
 * @param grids grids emitted
 * @param serviceRecords service records emitted
 * @param postings postings emitted
 * @param expectedFindings the findings of the planted defects, in emission order
 */
public record Manifest(long organizations, long members, long grids, long serviceRecords, long postings,
        List<ExpectedFinding> expectedFindings) {

    /** Copies the list. */
    public Manifest {
        expectedFindings = List.copyOf(Objects.requireNonNull(expectedFindings, "expectedFindings"));
    }

    /** @return all records emitted */
    public long records() {
        return organizations + members + grids + serviceRecords + postings;
    }
}
