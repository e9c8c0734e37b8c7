package org.partyorg.validation.internal.beanvalidation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.partyorg.core.Grid;
import org.partyorg.core.RecordType;
import org.partyorg.core.constraints.ValidGrid;
import org.partyorg.validation.internal.rules.GridRules;

/**
 * Validates {@link ValidGrid}: the per-record rules of a {@link Grid} other than its code
 * fields, which their own field constraints check. Calls {@code GridRules.checkRecord}, the
 * implementation the bulk validators call.
 */
public final class GridConstraintValidator implements ConstraintValidator<ValidGrid, Grid> {

    @Override
    public boolean isValid(Grid value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        ConstraintContextSink sink = new ConstraintContextSink(context);
        GridRules.checkRecord(value, Scopes.of(sink, context, RecordType.GRID));
        return sink.isValid();
    }
}
