package org.partyorg.validation.beanvalidation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.partyorg.core.RecordType;
import org.partyorg.core.code.CreditCode;
import org.partyorg.validation.rules.Checks;
import org.partyorg.validation.rules.RecordScope;

/**
 * Validates {@link org.partyorg.core.constraints.CreditCode} on a {@code String} or a
 * {@link CreditCode} with the same check as the bulk validators (IDN-010 and IDN-011).
 */
public final class CreditCodeValidator implements ConstraintValidator<org.partyorg.core.constraints.CreditCode, Object> {

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        CreditCode code;
        if (value == null) {
            return true;
        } else if (value instanceof CreditCode v) {
            code = v;
        } else if (value instanceof CharSequence text) {
            code = CreditCode.lenient(text.toString());
        } else {
            throw new jakarta.validation.ValidationException(
                    "@CreditCode applies to String and CreditCode, not " + value.getClass().getName());
        }
        ConstraintContextSink sink = new ConstraintContextSink(context);
        RecordScope scope = Scopes.of(sink, context, RecordType.MEMBER);
        Checks.creditCode(scope, code, "");
        return sink.isValid();
    }
}
