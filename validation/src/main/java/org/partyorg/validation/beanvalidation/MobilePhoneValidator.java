package org.partyorg.validation.beanvalidation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.partyorg.core.RecordType;
import org.partyorg.core.code.PhoneNumber;
import org.partyorg.validation.rules.Checks;
import org.partyorg.validation.rules.RecordScope;

/**
 * Validates {@link org.partyorg.core.constraints.MobilePhone} on a {@code String} or a
 * {@link PhoneNumber} with the same check as the bulk validators (IDN-030).
 */
public final class MobilePhoneValidator implements ConstraintValidator<org.partyorg.core.constraints.MobilePhone, Object> {

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        PhoneNumber code;
        if (value == null) {
            return true;
        } else if (value instanceof PhoneNumber v) {
            code = v;
        } else if (value instanceof CharSequence text) {
            code = PhoneNumber.lenient(text.toString());
        } else {
            throw new jakarta.validation.ValidationException(
                    "@MobilePhone applies to String and PhoneNumber, not " + value.getClass().getName());
        }
        ConstraintContextSink sink = new ConstraintContextSink(context);
        RecordScope scope = Scopes.of(sink, context, RecordType.MEMBER);
        Checks.phone(scope, code, "");
        return sink.isValid();
    }
}
