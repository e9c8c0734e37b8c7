package org.partyorg.validation.internal.beanvalidation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.partyorg.core.Transfer;
import org.partyorg.core.RecordType;
import org.partyorg.core.constraints.ValidTransfer;
import org.partyorg.validation.internal.rules.TransferRules;

/**
 * {@link ValidTransfer}: the per-record rules of a Transfer (format 1.1), the same implementation
 * the bulk validators call.
 */
public final class TransferConstraintValidator implements ConstraintValidator<ValidTransfer, Transfer> {

    @Override
    public boolean isValid(Transfer value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        ConstraintContextSink sink = new ConstraintContextSink(context);
        TransferRules.check(value, Scopes.of(sink, context, RecordType.TRANSFER));
        return sink.isValid();
    }
}
