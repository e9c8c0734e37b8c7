package org.partyorg.serialization;

import java.util.List;
import java.util.Objects;
import org.partyorg.core.Dataset;
import org.partyorg.validation.Finding;
import org.partyorg.validation.Severity;
import org.partyorg.validation.ValidationReport;

/**
 * A document read into records together with its full validation report (shape and content).
 *
 * <p>Records that could not be bound at all (an array element that is not an object) are not in
 * the dataset; the report says where they were. Immutable and thread-safe.
 *
 * @param dataset the records that could be bound
 * @param report every finding, with paths into the document
 */
public record ReadResult(Dataset dataset, ValidationReport report) {

    /** Checks for nulls. */
    public ReadResult {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(report, "report");
    }

    /**
     * @return the dataset, if the input was read soundly: no DOC finding of severity ERROR
     *     (content findings do not matter here)
     * @throws ReadException listing the shape errors otherwise
     */
    public Dataset orThrow() {
        List<Finding> shapeErrors = report.select(f -> f.ruleId().startsWith("DOC-") && f.severity() == Severity.ERROR);
        if (!shapeErrors.isEmpty()) {
            Finding firstError = shapeErrors.get(0);
            throw new ReadException("input is not sound: " + shapeErrors.size() + " shape error(s), first "
                    + firstError.ruleId() + " at " + firstError.path() + ": " + firstError.message(), shapeErrors);
        }
        return dataset;
    }
}
