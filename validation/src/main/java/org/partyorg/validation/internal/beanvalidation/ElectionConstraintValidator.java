package org.partyorg.validation.internal.beanvalidation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.partyorg.core.Election;
import org.partyorg.core.RecordType;
import org.partyorg.core.constraints.ValidElection;
import org.partyorg.validation.internal.rules.ElectionRules;

/**
 * {@link ValidElection}: the per-record rules of a Election (format 1.1), the same implementation
 * the bulk validators call.
 */
public final class ElectionConstraintValidator implements ConstraintValidator<ValidElection, Election> {

    @Override
    public boolean isValid(Election value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        ConstraintContextSink sink = new ConstraintContextSink(context);
        ElectionRules.check(value, Scopes.of(sink, context, RecordType.ELECTION));
        return sink.isValid();
    }
}
