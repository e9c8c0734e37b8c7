package org.partyorg.validation.internal.beanvalidation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.partyorg.core.Application;
import org.partyorg.core.RecordType;
import org.partyorg.core.constraints.ValidApplication;
import org.partyorg.validation.internal.rules.ApplicationRules;

/**
 * {@link ValidApplication}: the per-record rules of an Application (format 1.1), other than the
 * applicant's code fields, which their own field constraints check; the same implementation the
 * bulk validators call.
 */
public final class ApplicationConstraintValidator implements ConstraintValidator<ValidApplication, Application> {

    @Override
    public boolean isValid(Application value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        ConstraintContextSink sink = new ConstraintContextSink(context);
        ApplicationRules.checkRecord(value, Scopes.of(sink, context, RecordType.APPLICATION));
        return sink.isValid();
    }
}
