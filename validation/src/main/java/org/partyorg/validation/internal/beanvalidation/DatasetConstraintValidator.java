package org.partyorg.validation.internal.beanvalidation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.partyorg.core.Dataset;
import org.partyorg.core.constraints.ValidDataset;
import org.partyorg.validation.ValidationOptions;
import org.partyorg.validation.beanvalidation.RuleViolation;
import org.partyorg.validation.internal.rules.PathLayout;
import org.partyorg.validation.internal.rules.ValidationRun;

/**
 * Validates {@link ValidDataset}: every rule, per record and across records, as of the dataset's
 * own {@code asOf}, by the engine behind {@code DatasetValidator}. Each finding becomes a violation
 * with its rule's message template (interpolated by the validator, in its locale), its path as the
 * property path and a {@link RuleViolation} payload.
 */
public final class DatasetConstraintValidator implements ConstraintValidator<ValidDataset, Dataset> {

    @Override
    public boolean isValid(Dataset value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        ConstraintContextSink sink = new ConstraintContextSink(context);
        new ValidationRun(ValidationOptions.defaults(), PathLayout.DOCUMENT, sink).validate(value);
        return sink.isValid();
    }
}
