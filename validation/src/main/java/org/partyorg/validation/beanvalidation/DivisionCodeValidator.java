package org.partyorg.validation.beanvalidation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.partyorg.core.RecordType;
import org.partyorg.core.code.DivisionCode;
import org.partyorg.validation.rules.Checks;
import org.partyorg.validation.rules.RecordScope;

/**
 * Validates {@link org.partyorg.core.constraints.DivisionCode} on a {@code String} or a
 * {@link DivisionCode} with the same check as the bulk validators (IDN-020).
 */
public final class DivisionCodeValidator implements ConstraintValidator<org.partyorg.core.constraints.DivisionCode, Object> {

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        DivisionCode code;
        if (value == null) {
            return true;
        } else if (value instanceof DivisionCode v) {
            code = v;
        } else if (value instanceof CharSequence text) {
            code = DivisionCode.lenient(text.toString());
        } else {
            throw new jakarta.validation.ValidationException(
                    "@DivisionCode applies to String and DivisionCode, not " + value.getClass().getName());
        }
        ConstraintContextSink sink = new ConstraintContextSink(context);
        RecordScope scope = Scopes.of(sink, context, RecordType.MEMBER);
        Checks.divisionCode(scope, code, "");
        return sink.isValid();
    }
}
