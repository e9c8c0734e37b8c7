package org.partyorg.validation.internal.beanvalidation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.partyorg.core.Posting;
import org.partyorg.core.RecordType;
import org.partyorg.core.constraints.ValidPosting;
import org.partyorg.validation.internal.rules.PostingRules;

/**
 * Validates {@link ValidPosting}: the per-record rules of a {@link Posting} other than its code
 * fields, which their own field constraints check. Calls {@code PostingRules.checkRecord}, the
 * implementation the bulk validators call.
 */
public final class PostingConstraintValidator implements ConstraintValidator<ValidPosting, Posting> {

    @Override
    public boolean isValid(Posting value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        ConstraintContextSink sink = new ConstraintContextSink(context);
        PostingRules.checkRecord(value, Scopes.of(sink, context, RecordType.POSTING));
        return sink.isValid();
    }
}
