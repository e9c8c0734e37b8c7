package org.partyorg.generator;

import java.util.Objects;
import java.util.function.Predicate;
import org.partyorg.core.RecordType;
import org.partyorg.generator.Planter.Victim;

/**
 * How to plant one rule's defect: which records may take it, and what is changed or added. The
 * catalog is {@link Plantings}; each entry is written so that the defect yields exactly the findings
 * it expects and nothing else, on a dataset the generator made valid.
 *
 * @param ruleId the rule
 * @param description what is planted, one line, for {@code generate --list-defects}
 * @param victimType the type of the records that may take it; null for a change to the header
 * @param eligible which of them may
 * @param recipe the change, which also states the expected findings
 * @param alone whether it stops the reader (DOC-001, DOC-018), so that it is planted once and alone
 */
record Planting(String ruleId, String description, RecordType victimType, Predicate<Victim> eligible, Recipe recipe,
        boolean alone) {
    Planting {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(recipe, "recipe");
    }

    /** Plants one defect in a victim (for a header planting, the victim has no record). */
    @FunctionalInterface
    interface Recipe {
        void plant(Victim victim);
    }
}
