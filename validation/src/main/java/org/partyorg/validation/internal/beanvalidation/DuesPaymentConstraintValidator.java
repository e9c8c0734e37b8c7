package org.partyorg.validation.internal.beanvalidation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.partyorg.core.DuesPayment;
import org.partyorg.core.RecordType;
import org.partyorg.core.constraints.ValidDuesPayment;
import org.partyorg.validation.internal.rules.DuesPaymentRules;

/**
 * {@link ValidDuesPayment}: the per-record rules of a DuesPayment (format 1.1), the same
 * implementation the bulk validators call.
 */
public final class DuesPaymentConstraintValidator implements ConstraintValidator<ValidDuesPayment, DuesPayment> {

    @Override
    public boolean isValid(DuesPayment value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        ConstraintContextSink sink = new ConstraintContextSink(context);
        DuesPaymentRules.check(value, Scopes.of(sink, context, RecordType.DUES_PAYMENT));
        return sink.isValid();
    }
}
